/// `time-not-integer`, `exp-missing`, `iat-missing`, `token-expired`, `token-not-yet-valid`
/// (`spec/findings.md`; `spec/aws-oidc-rules.md` §5: integers only, 5 minutes of skew).
enum TimeRules {
  /// IAM's clock-skew window beyond `exp` (id_roles_providers_oidc).
  static let skew: Int64 = 300

  /// `t + skew`, saturating: claims and `--now` can be any Int64, and an overflow would trap.
  static func plusSkew(_ t: Int64) -> Int64 {
    let (sum, overflow) = t.addingReportingOverflow(skew)
    return overflow ? .max : sum
  }

  static func findings(_ c: DiagnosisContext) -> [Finding] {
    guard let jwt = c.jwt else { return [] }
    var out: [Finding] = []
    for (name, claim) in [("exp", jwt.exp), ("iat", jwt.iat), ("nbf", jwt.nbf)] {
      if case .notInteger(let value) = claim {
        out.append(
          Finding(
            .timeNotInteger, .error, title: "\(name) is a \(value.typeName), not an integer",
            evidence: [Evidence("claim", name), Evidence("type", value.typeName), Evidence("value", JSONWriter.string(value))],
            awsError: AWSErrorText.invalidIdentityTokenCode,
            fix: "Timestamps must be integer seconds since the epoch (STS model: \"integer or a long integer\")."))
      }
    }
    if jwt.exp == nil {
      out.append(
        Finding(
          .expMissing, .error, title: "The token has no exp", evidence: [Evidence("claims", names(jwt))],
          awsError: AWSErrorText.invalidIdentityTokenCode, fix: "Use an ID token with an expiry; STS rejects tokens without exp.",
          confidence: .observed))
    }
    if jwt.iat == nil {
      out.append(
        Finding(
          .iatMissing, .warning, title: "The token has no iat", evidence: [Evidence("claims", names(jwt))],
          fix: "AWS's prerequisites ask for iat (the issue time).", confidence: .observed))
    }
    out += expiry(jwt, now: c.now)
    out += notYetValid(jwt, now: c.now)
    return out
  }

  /// "The token has no iss", or "iss is a number, not a string" when present with another type.
  static func absentTitle(_ claim: String, _ jwt: JWT) -> String {
    guard let value = jwt.claims[claim] else { return "The token has no \(claim)" }
    return "\(claim) is a \(value.typeName), not a string"
  }

  /// Years 0000–9999: what the time formatters (and people) handle; beyond, only the number.
  static func inRange(_ t: Int64) -> Bool { (-62_167_219_200...253_402_300_799).contains(t) }

  /// `1635728400 (2021-11-01T01:00:00Z, 3 h ago)`, overflow-safe for absurd values.
  static func when(_ t: Int64, now: Int64) -> String {
    guard inRange(t) else { return "\(t) (out of range)" }
    guard inRange(now), t != now else { return "\(t) (\(TimeFormat.utc(t)))" }
    return "\(t) (\(TimeFormat.utc(t)), \(TimeFormat.relative(t, now: now)))"
  }

  static func names(_ jwt: JWT) -> String { jwt.claimMembers.map(\.name).joined(separator: ", ") }

  static func expiry(_ jwt: JWT, now: Int64) -> [Finding] {
    guard let exp = jwt.exp?.seconds, now > exp else { return [] }
    let evidence = [
      Evidence("exp", when(exp, now: now)),
      Evidence("now", when(now, now: now)),
      Evidence("grace", "\(skew) s"),
    ]
    if now > plusSkew(exp) {
      return [
        Finding(
          .tokenExpired, .error,
          title: "The token expired " + (inRange(exp) && inRange(now) ? TimeFormat.relative(exp, now: now) : "long ago"),
          evidence: evidence,
          awsError: AWSErrorText.expired(now: now, exp: exp),
          fix: "Mint a fresh token right before calling STS (CI tokens live minutes to an hour).", confidence: .observed)
      ]
    }
    return [
      Finding(
        .tokenExpired, .warning, title: "The token is past exp but inside IAM's 5-minute grace", evidence: evidence,
        fix: "Mint a fresh token; the grace ends at exp + 300 s.")
    ]
  }

  static func notYetValid(_ jwt: JWT, now: Int64) -> [Finding] {
    var problems: [Evidence] = []
    if let nbf = jwt.nbf?.seconds, nbf > plusSkew(now) {
      problems.append(Evidence("nbf", when(nbf, now: now)))
    }
    if let iat = jwt.iat?.seconds, iat > plusSkew(now) {
      problems.append(Evidence("iat", when(iat, now: now)))
    }
    if let nbf = jwt.nbf?.seconds, let exp = jwt.exp?.seconds, nbf > exp {
      problems.append(Evidence("window", "nbf \(nbf) is after exp \(exp): the token is never valid"))
    }
    guard !problems.isEmpty else { return [] }
    return [
      Finding(
        .tokenNotYetValid, .warning, title: "The token's validity window is in the future or impossible",
        evidence: problems + [Evidence("now", when(now, now: now))],
        fix: "Check the issuer's and this machine's clocks; nbf must not be after exp.", confidence: .unconfirmed)
    ]
  }
}
