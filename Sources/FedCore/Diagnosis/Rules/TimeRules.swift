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
            awsError: "InvalidIdentityToken",
            fix: "Timestamps must be integer seconds since the epoch (STS model: \"integer or a long integer\")."))
      }
    }
    if jwt.exp == nil {
      out.append(
        Finding(
          .expMissing, .error, title: "The token has no exp", evidence: [Evidence("claims", names(jwt))],
          awsError: "InvalidIdentityToken", fix: "Use an ID token with an expiry; STS rejects tokens without exp.",
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

  static func names(_ jwt: JWT) -> String { jwt.claimMembers.map(\.name).joined(separator: ", ") }

  static func expiry(_ jwt: JWT, now: Int64) -> [Finding] {
    guard let exp = jwt.exp?.seconds, now > exp else { return [] }
    let evidence = [
      Evidence("exp", "\(exp) (\(TimeFormat.utc(exp)), \(TimeFormat.relative(exp, now: now)))"),
      Evidence("now", "\(now) (\(TimeFormat.utc(now)))"),
      Evidence("grace", "\(skew) s"),
    ]
    if now > plusSkew(exp) {
      return [
        Finding(
          .tokenExpired, .error, title: "The token expired \(TimeFormat.relative(exp, now: now))", evidence: evidence,
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
      problems.append(Evidence("nbf", "\(nbf) (\(TimeFormat.utc(nbf)), \(TimeFormat.relative(nbf, now: now)))"))
    }
    if let iat = jwt.iat?.seconds, iat > plusSkew(now) {
      problems.append(Evidence("iat", "\(iat) (\(TimeFormat.utc(iat)), \(TimeFormat.relative(iat, now: now)))"))
    }
    if let nbf = jwt.nbf?.seconds, let exp = jwt.exp?.seconds, nbf > exp {
      problems.append(Evidence("window", "nbf \(nbf) is after exp \(exp): the token is never valid"))
    }
    guard !problems.isEmpty else { return [] }
    return [
      Finding(
        .tokenNotYetValid, .warning, title: "The token's validity window is in the future or impossible",
        evidence: problems + [Evidence("now", "\(now) (\(TimeFormat.utc(now)))")],
        fix: "Check the issuer's and this machine's clocks; nbf must not be after exp.", confidence: .unconfirmed)
    ]
  }
}
