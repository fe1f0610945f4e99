/// `sub-missing` and `sub-not-scoping` (`spec/findings.md`; failure stories #1, #8, #9).
enum SubjectRules {
  static func findings(_ c: DiagnosisContext) -> [Finding] {
    guard let jwt = c.jwt else { return [] }
    guard let sub = jwt.sub else {
      return [
        Finding(
          .subMissing, .error, title: TimeRules.absentTitle("sub", jwt) + ": probably not a CI OIDC ID token",
          evidence: [
            Evidence("iss", jwt.iss ?? "(absent)"), Evidence("aud", jwt.aud.map { $0.values.joined(separator: ", ") } ?? "(absent)"),
            Evidence("claims", TimeRules.names(jwt)),
          ],
          awsError: AWSErrorText.missingSub,
          fix: "Pass the ID token, not the bearer used to request it (GitHub: ACTIONS_ID_TOKEN_REQUEST_TOKEN is not the token).",
          confidence: .observed)
      ]
    }
    guard !scopes(sub, c) else { return SubFormatRule.findings(sub: sub, jwt: jwt, c) }
    var evidence = [Evidence("sub", sub), Evidence("expected format", c.profile.subFormat)]
    if let predicted = predictedSub(jwt, c) { evidence.append(Evidence("predicted sub", predicted)) }
    evidence += ClaimTable.summary(c)
    return [
      Finding(
        .subNotScoping, .warning, title: "sub does not identify a project, so a trust policy cannot scope the role",
        evidence: evidence, fix: fix(c), confidence: .documented)
    ]
  }

  /// Whether `sub` names a project/repository: by the provider's grammar, or (generic) not a
  /// per-run identifier such as GitLab v1's `job_1212`.
  static func scopes(_ sub: String, _ c: DiagnosisContext) -> Bool {
    if let known = c.profile.subIdentifiesProject(sub) { return known }
    return !isRunIdentifier(sub)
  }

  static func isRunIdentifier(_ sub: String) -> Bool {
    for prefix in ["job_", "pipeline_", "build_", "run_"] where sub.hasPrefix(prefix) {
      let rest = sub.dropFirst(prefix.count)
      if !rest.isEmpty && rest.allSatisfy(\.isNumber) { return true }
    }
    return false
  }

  static func predictedSub(_ jwt: JWT, _ c: DiagnosisContext) -> String? {
    switch c.profile.kind {
    case .githubActions: return SubPrediction.github(claims: jwt.claims)
    case .gitlabCom, .gitlabSelfManaged: return SubPrediction.gitlab(claims: jwt.claims)
    default: return nil
    }
  }

  static func fix(_ c: DiagnosisContext) -> String {
    switch c.profile.kind {
    case .gitlabCom, .gitlabSelfManaged:
      "Use a GitLab ID token (id_tokens: with an aud, GitLab 15.7+; CI_JOB_JWT_V2 before): its sub is project_path:<group>/<project>:ref_type:<type>:ref:<ref>."
    case .githubActions: "Restore the default sub template (repo:<owner>/<repo>:…) or include \"repo\" in include_claim_keys."
    default: "Configure the issuer so sub names the project/repository, then match it in the trust policy."
    }
  }
}
