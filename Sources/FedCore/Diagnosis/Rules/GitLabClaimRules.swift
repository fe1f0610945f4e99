/// `gitlab-fork-pipeline`: GitLab 17–19 claims. In merge-request pipelines from forks the
/// `project_*` claims (and so the default `sub`) name the **source fork**, while the new
/// `job_project_*` / `job_namespace_*` claims name the project the job runs in
/// (gitlab-org/gitlab!202241). A trust policy written on `project_path` (in `sub`) therefore
/// matches forks' MR pipelines by the fork's path, and a policy for the parent does not match
/// them. GitLab also added `pipeline_source_event`, `target_ref` and `target_ref_protected`
/// (!208271); none of these is an IAM condition key.
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
        fix: "A trust policy on project_path (through sub) admits this fork's MR pipelines by the fork's path; "
          + "scope roles to protected refs of your own project, and do not trust fork paths.",
        confidence: .documented)
    ]
  }
}
