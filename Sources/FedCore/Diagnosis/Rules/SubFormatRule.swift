/// `sub-non-default` (info): the token's `sub` differs from the default template's prediction,
/// so trust-policy patterns written from the docs will not match it (failure stories #9, #11).
enum SubFormatRule {
  static func findings(sub: String, jwt: JWT, _ c: DiagnosisContext) -> [Finding] {
    if GitHubSub.isImmutable(sub), c.profile.kind == .githubActions { return immutable(sub: sub, jwt: jwt) }
    guard let predicted = SubjectRules.predictedSub(jwt, c), predicted != sub else { return [] }
    var evidence = [Evidence("sub", sub), Evidence("default template gives", predicted)]
    let legacy = withoutImmutableIDs(sub)
    if legacy != sub {
      evidence.append(Evidence("immutable IDs", "GitHub's immutable-ID form (repo:OWNER@ID/REPO@ID:…); the legacy form is \(legacy)"))
    }
    return [
      Finding(
        .subNonDefault, .info, title: "sub is not the provider's default form: match the actual value",
        evidence: evidence,
        fix: "Write the trust policy's <provider>:sub pattern from this token's actual sub"
          + (legacy != sub ? " (or list both the legacy and the ID-qualified form)." : " (a custom sub template is in use)."),
        confidence: legacy != sub ? .observed : .documented)
    ]
  }

  /// A `sub` in GitHub's immutable form: decoded, with the name-based form a policy written from
  /// the docs would use (github/docs#45221; configure-aws-credentials README).
  static func immutable(sub: String, jwt: JWT) -> [Finding] {
    let legacy = withoutImmutableIDs(sub)
    var evidence = [Evidence("sub", sub), Evidence("name-based form", legacy)]
    if let predicted = SubPrediction.github(claims: jwt.claims) { evidence.append(Evidence("default template gives", predicted)) }
    evidence.append(Evidence("immutable IDs", "GitHub's immutable-ID form (repo:OWNER@ID/REPO@ID:…); the legacy form is \(legacy)"))
    if let repo = GitHubSub.repository(sub) {
      evidence += [
        Evidence("owner", "\(repo.owner) (ID \(repo.ownerID ?? "?"))"), Evidence("repository", "\(repo.name) (ID \(repo.repoID ?? "?"))"),
      ]
    }
    if let predicted = SubPrediction.githubImmutable(claims: jwt.claims), predicted != sub {
      evidence.append(Evidence("immutable default gives", predicted))
    }
    return [
      Finding(
        .subNonDefault, .info, title: "sub is GitHub's immutable form (repo:OWNER@ID/REPO@ID): name-based patterns do not match it",
        evidence: evidence,
        fix: "Match this form in the trust policy (e.g. repo:\(GitHubSub.repository(sub)?.immutablePath ?? "OWNER@ID/REPO@ID"):*); "
          + "GitHub uses it automatically since 2026-07-15 for new, renamed or transferred repositories.",
        confidence: .documented)
    ]
  }

  /// `repo:owner@123/repo@456:…` → `repo:owner/repo:…`: `@digits` removed from the repo part.
  static func withoutImmutableIDs(_ sub: String) -> String {
    guard sub.hasPrefix("repo:") else { return sub }
    var out = ""
    var skipping = false
    for ch in sub {
      if ch == "@" {
        skipping = true
        continue
      }
      if skipping && ch.isNumber { continue }
      skipping = false
      out.append(ch)
    }
    return out
  }
}
