/// `sub-non-default` (info): the token's `sub` differs from the default template's prediction,
/// so trust-policy patterns written from the docs will not match it (failure stories #9, #11).
enum SubFormatRule {
  static func findings(sub: String, jwt: JWT, _ c: DiagnosisContext) -> [Finding] {
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
