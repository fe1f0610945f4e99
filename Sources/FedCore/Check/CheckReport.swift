/// The result of one check: the decoded token, the provider snapshot, the findings (errors
/// first) and the verdict. Rendered as JSON (`json()`) or 80-column text (`CheckReportText`).
public struct CheckReport: Sendable, Equatable {
  /// What was diagnosed.
  public var input: DiagnosisInput
  /// The decoded token or why it did not decode; nil without a token.
  public var decoded: Result<JWT, TokenDecodeError>?
  public let snapshot: ProviderSnapshot?
  /// The key set at `jwks_uri`, parsed once here for every renderer (nil when it did not parse).
  public let keySet: JWKSet?
  /// Sorted by severity, stable within one.
  public var findings: [Finding]
  /// The clock used.
  public var now: Int64
  /// What the verdict assumed about inputs not given (`VerdictAssumptions`); shown with a
  /// verdict that is not `reject` (a certain error holds whatever the unknown inputs are).
  public var assumptions: [String] = []
  /// What was read from the AWS account (`check --role-arn`); nil otherwise.
  public var aws: AWSFacts? = nil

  public init(
    input: DiagnosisInput, decoded: Result<JWT, TokenDecodeError>?, snapshot: ProviderSnapshot?, findings: [Finding], now: Int64
  ) {
    self.input = input
    self.decoded = decoded
    self.snapshot = snapshot
    self.keySet = snapshot?.jwks?.response.flatMap { try? JWKSet.parse($0.body).get() }
    self.findings = findings
    self.now = now
  }

  /// `reject` when any error is certain, `unknown` when the only errors are uncertain, else `accept`.
  public var verdict: Verdict { Verdict(findings) }
  /// The decoded token, when it decoded.
  public var jwt: JWT? { try? decoded?.get() }
  /// The provider profile the findings used.
  public var profile: ProviderProfile {
    KnownProviders.profile(forIssuer: jwt?.iss ?? input.issuer ?? snapshot?.issuer ?? "", claims: jwt?.claims)
  }
  /// `0` accept, `1` reject, `3` unknown (the CLI contract's exit codes; `2` is bad usage).
  public var exitCode: Int32 { verdict.exitCode }

  /// "AWS would ACCEPT" / "AWS would REJECT: 3 errors" / "cannot tell: … could not be reached
  /// from here; AWS fetches from the internet".
  public var verdictLine: String { Self.verdictLine(findings) + assumptionSuffix }

  /// " if A; and if B" for an accept that assumed A and B ("" otherwise).
  public var assumptionSuffix: String {
    guard verdict == .accept, !shownAssumptions.isEmpty else { return "" }
    return " if " + shownAssumptions.joined(separator: "; and if ")
  }

  /// The assumptions that qualify this verdict (none for `reject`).
  public var shownAssumptions: [String] { verdict == .reject ? [] : assumptions }

  /// The verdict line of a set of findings (the CLI and the dashboard both use it).
  public static func verdictLine(_ findings: [Finding]) -> String {
    let errors = findings.count(.error)
    switch Verdict(findings) {
    case .accept: return "AWS would ACCEPT"
    case .reject: return "AWS would REJECT: \(errors) error" + (errors == 1 ? "" : "s")
    case .unknown: return unknownLine(findings.uncertainties)
    }
  }

  /// "cannot tell: A and B could not be reached from here; AWS fetches from the internet".
  static func unknownLine(_ reasons: [String]) -> String {
    let suffix = " could not be reached from here"
    let stripped = reasons.map { $0.hasSuffix(suffix) ? String($0.dropLast(suffix.count)) : $0 }
    let reached = reasons.allSatisfy { $0.hasSuffix(suffix) }
    let what = stripped.joined(separator: " and ")
    return "cannot tell: " + what + (reached ? suffix + "; AWS fetches from the internet" : "")
  }

  /// The discovery document, when it parsed as an object.
  public var discoveryDocument: JSONValue? {
    snapshot?.discovery?.response.flatMap { DiagnosisContext.object($0.body) }
  }
}
