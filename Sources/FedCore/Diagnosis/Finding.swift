/// How bad a finding is (`spec/findings.md`).
public enum Severity: String, Sendable, Equatable, Hashable, Comparable, CaseIterable {
  /// AWS STS would reject the call, or IAM would refuse the setup.
  case error
  /// Works today but is fragile, unsafe or unconfirmed.
  case warning
  /// Worth knowing.
  case info

  var rank: Int {
    switch self {
    case .error: 0
    case .warning: 1
    case .info: 2
    }
  }

  /// Errors sort first.
  public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// How sure FedTUI is of the AWS behaviour a finding predicts (`spec/aws-oidc-rules.md` tags).
public enum Confidence: String, Sendable, Equatable {
  /// Documented by AWS (API model, docs, re:Post).
  case documented
  /// Reported by third parties reproducing AWS behaviour.
  case observed
  /// No primary source; a heuristic.
  case unconfirmed
}

/// One labelled value a rule saw. Values may come from the token or the network: escape
/// them with `TextSafety.escaped` before showing them on a terminal.
public struct Evidence: Sendable, Equatable {
  public var label: String
  public var value: String
  public init(_ label: String, _ value: String) {
    self.label = label
    self.value = value
  }
}

/// A problem (or a fact) a rule reports: data, not prose, so tests assert on ids and evidence.
public struct Finding: Sendable, Equatable {
  public var id: RuleID
  public var severity: Severity
  /// One line.
  public var title: String
  public var evidence: [Evidence]
  /// The exact text STS or IAM would return, where one applies.
  public var awsError: String?
  /// What to change.
  public var fix: String?
  /// How sure the prediction is.
  public var confidence: Confidence
  /// Set when this error is not certain proof that AWS rejects, saying why: e.g.
  /// "https://issuer/.well-known/openid-configuration could not be reached from here" for a fetch
  /// that failed at a stage that may be local to this machine. nil: the error is certain.
  public var uncertainty: String?
  /// Runnable commands or snippets that apply `fix`, values filled in where known, `<placeholder>`
  /// where not (`FixCommands`). Empty when the fix is not one command.
  public var fixCommands: [String] = []

  public init(
    _ id: RuleID, _ severity: Severity, title: String, evidence: [Evidence] = [], awsError: String? = nil,
    fix: String? = nil, confidence: Confidence = .documented, uncertainty: String? = nil
  ) {
    self.id = id
    self.severity = severity
    self.title = title
    self.evidence = evidence
    self.awsError = awsError
    self.fix = fix
    self.confidence = confidence
    self.uncertainty = uncertainty
  }

  /// An error that proves AWS rejects (not merely one FedTUI could not rule out from here).
  public var isCertainError: Bool { severity == .error && uncertainty == nil }

  /// The value of the first evidence item with this label.
  public func evidence(_ label: String) -> String? { evidence.first(where: { $0.label == label })?.value }
}

/// The overall prediction from a set of findings: `reject` when any error is certain; else
/// `unknown` when an error could not be ruled out from here (its `uncertainty` is set); else `accept`.
public enum Verdict: String, Sendable, Equatable {
  case accept, reject, unknown

  public init(_ findings: [Finding]) {
    if findings.contains(where: \.isCertainError) {
      self = .reject
    } else if findings.contains(where: { $0.severity == .error }) {
      self = .unknown
    } else {
      self = .accept
    }
  }

  /// The CLI contract's exit code: `0` accept, `1` reject, `3` unknown (`2` is bad usage).
  public var exitCode: Int32 {
    switch self {
    case .accept: 0
    case .reject: 1
    case .unknown: 3
    }
  }
}

extension Array where Element == Finding {
  /// Errors first, then warnings, then info; stable within a severity.
  public func sortedBySeverity() -> [Finding] {
    enumerated().sorted { a, b in
      a.element.severity != b.element.severity ? a.element.severity < b.element.severity : a.offset < b.offset
    }.map(\.element)
  }

  public func count(_ severity: Severity) -> Int { self.filter { $0.severity == severity }.count }

  /// The distinct reasons of the uncertain errors, in order ("… could not be reached from here").
  public var uncertainties: [String] {
    var seen: [String] = []
    for f in self where f.severity == .error {
      if let u = f.uncertainty, !seen.contains(u) { seen.append(u) }
    }
    return seen
  }
}
