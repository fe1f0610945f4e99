/// `gitlab-fork-pipeline`: GitLab 17–19 claims. In merge-request pipelines from forks the
/// `project_*` claims (and so the default `sub`) name the **source fork**, while the new
/// `job_project_*` / `job_namespace_*` claims name the project the job runs in
/// (gitlab-org/gitlab!202241). A trust policy written on `project_path` (in `sub`) therefore
/// matches forks' MR pipelines by the fork's path, and a policy for the parent does not match
/// them. GitLab also added `pipeline_source_event`, `target_ref` and `target_ref_protected`
/// (!208271); none of these is an IAM condition key. praetorian-inc/trajan#111 (2026) flags the
/// same risk from the other side: an id_tokens job mintable from a fork MR run in the parent
/// carries the trusted project's identity.
enum GitLabClaimRules {
  static func findings(_ c: DiagnosisContext) -> [Finding] {
    guard [.gitlabCom, .gitlabSelfManaged].contains(c.profile.kind), let claims = c.jwt?.claims,
      let jobProject = claims["job_project_path"]?.stringValue, let project = claims["project_path"]?.stringValue,
      jobProject != project
    else { return [] }
    var evidence = [
      Evidence("project_path (the fork)", project), Evidence("job_project_path (where the job runs)", jobProject),
    ]
    for name in ["pipeline_source", "pipeline_source_event", "target_ref", "target_ref_protected"] {
      if let value = claims[name] { evidence.append(Evidence(name, ClaimTable.shortValue(value))) }
    }
    if let sub = c.jwt?.sub { evidence.append(Evidence("sub", sub)) }
    return [
      Finding(
        .gitlabForkPipeline, .warning,
        title: "A merge-request pipeline from a fork: project_path and sub name the fork, not the project the job runs in",
        evidence: evidence,
        fix: "A trust policy keyed on project_path (through sub) can admit merge-request pipelines from forks: require "
          + "protected refs (gitlab.com:ref_protected = \"true\" on gitlab.com, or ref_protected in the sub template) "
          + "and never trust a fork's path.",
        confidence: .documented)
    ]
  }
}
