/// The input a wizard issue is about; `flag` names the CLI option that sets it.
public enum WizardField: String, Sendable, Equatable, CaseIterable {
  case provider, issuer, accountID, partition, audiences, projectPath, refType, ref, repo, branch, tag, environment, sub
  case maxSessionDuration, roleName, thumbprint, policy

  /// The `fedtui policy generate` option for this field.
  public var flag: String {
    switch self {
    case .accountID: "--account-id"
    case .audiences: "--audience"
    case .projectPath: "--project-path"
    case .refType: "--ref-type"
    case .maxSessionDuration: "--max-session-duration"
    case .roleName: "--role-name"
    case .policy: "scope options"
    default: "--" + rawValue
    }
  }
}

/// One thing to fix before the wizard can go on: the step, the field and a sentence.
public struct WizardIssue: Sendable, Equatable, CustomStringConvertible {
  public var step: PolicyWizard.Step
  public var field: WizardField
  public var message: String

  public init(_ step: PolicyWizard.Step, _ field: WizardField, _ message: String) {
    self.step = step
    self.field = field
    self.message = message
  }

  /// `--account-id: must be 12 digits (found "12")`.
  public var description: String { "\(field.flag): \(message)" }
}

/// Per-field checks (IAM API model limits, `aws-oidc-rules.md` §1, §5, §7).
public enum WizardValidation {
  /// The provider URL rules: https, no port, query or fragment, at most 255 characters.
  public static func issuer(_ s: String) -> String? {
    if s.isEmpty { return "enter the issuer URL exactly as the token's iss claim" }
    if !s.hasPrefix("https://") { return "must start with https:// (found \(quoted(s)))" }
    if s.count > 255 { return "must be at most 255 characters (found \(s.count))" }
    if s.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) { return "must not contain spaces or control characters" }
    if s.contains("?") { return "must not contain a query (found \(quoted(s)))" }
    if s.contains("#") { return "must not contain a fragment (found \(quoted(s)))" }
    let authority = s.dropFirst(8).prefix { $0 != "/" }
    if authority.isEmpty { return "has no host (found \(quoted(s)))" }
    if authority.contains(":") { return "must not contain a port (found \(quoted(s)))" }
    if authority.contains("@") { return "must not contain user information (found \(quoted(s)))" }
    return nil
  }

  /// A 12-digit AWS account id.
  public static func accountID(_ s: String) -> String? {
    ProviderARN.isAccountID(s) ? nil : "must be 12 digits (found \(quoted(s)))"
  }

  /// 1–100 client IDs of 1–255 characters.
  public static func audiences(_ list: [String]) -> String? {
    if list.isEmpty { return "give at least one audience (the aud your CI requests)" }
    if list.count > 100 { return "at most 100 audiences (found \(list.count))" }
    for a in list {
      if a.isEmpty || a.count > 255 { return "each audience must be 1 to 255 characters (found \(a.count))" }
      if a.unicodeScalars.contains(where: TextSafety.isUnsafe) { return "must not contain control characters" }
    }
    return nil
  }

  /// `MaxSessionDuration`: 3600–43200 seconds.
  public static func maxSessionDuration(_ seconds: Int) -> String? {
    (3600...43200).contains(seconds) ? nil : "must be between 3600 and 43200 seconds (found \(seconds))"
  }

  /// Role names: 1–64 characters of `[A-Za-z0-9+=,.@_-]`.
  public static func roleName(_ s: String) -> String? {
    let ok = s.unicodeScalars.allSatisfy { isASCIILetterOrDigit($0) || "+=,.@_-".unicodeScalars.contains($0) }
    return (1...64).contains(s.count) && ok ? nil : "must be 1 to 64 characters of letters, digits and +=,.@_- (found \(quoted(s)))"
  }

  static func isASCIILetterOrDigit(_ c: Unicode.Scalar) -> Bool {
    ("A"..."Z").contains(c) || ("a"..."z").contains(c) || ("0"..."9").contains(c)
  }

  /// A SHA-1 thumbprint: 40 hex digits.
  public static func thumbprint(_ s: String) -> String? {
    s.count == 40 && s.unicodeScalars.allSatisfy(\.properties.isASCIIHexDigit) ? nil : "must be 40 hex digits (found \(quoted(s)))"
  }

  /// A scope value that goes between `:` separators of a `sub`.
  static func subPart(_ s: String, what: String) -> String? {
    if s.isEmpty { return "\(what) must not be empty" }
    if s.contains(":") { return "\(what) must not contain ':' (the sub separator; GitHub writes it as %3A) (found \(quoted(s)))" }
    if s.unicodeScalars.contains(where: { $0.value <= 0x20 || TextSafety.isUnsafe($0) }) {
      return "\(what) must not contain spaces or control characters (found \(quoted(s)))"
    }
    return nil
  }

  static func quoted(_ s: String) -> String { "\"" + TextSafety.escaped(s) + "\"" }
}
