/// Why a saved audit input could not be read: the message names what is wrong.
public struct AuditInputError: Error, Sendable, Equatable {
  public var message: String
  public init(_ message: String) { self.message = message }
}

/// Reads the saved AWS CLI outputs the offline audit takes.
public enum AuthorizationDetails {
  /// `aws iam get-account-authorization-details` output: `RoleDetailList[].{Arn, AssumeRolePolicyDocument}`.
  /// The document is a JSON object as the AWS CLI writes it, or a (possibly URL-encoded) JSON string
  /// as the raw API and some collectors give it.
  public static func roles(_ text: String) throws(AuditInputError) -> [AuditRoleInput] {
    let root = try parse(text)
    guard let list = root["RoleDetailList"] else {
      throw AuditInputError("no RoleDetailList (not get-account-authorization-details output)")
    }
    guard let roles = list.arrayValue else { throw AuditInputError("RoleDetailList is not a list") }
    return try roles.enumerated().map { (i, role) throws(AuditInputError) in
      guard let arn = role["Arn"]?.stringValue else { throw AuditInputError("RoleDetailList[\(i)] has no Arn") }
      switch role["AssumeRolePolicyDocument"] {
      case .object(let members)?: return AuditRoleInput(arn: arn, trustPolicy: JSONWriter.string(.object(members)))
      case .string(let s)?: return AuditRoleInput(arn: arn, trustPolicy: s.hasPrefix("{") ? s : percentDecoded(s))
      default: throw AuditInputError("RoleDetailList[\(i)] (\(arn)) has no AssumeRolePolicyDocument")
      }
    }
  }

  /// The providers file: `{"OpenIDConnectProviderList":[{"Arn","Url","ClientIDList","ThumbprintList"}]}`
  /// (`list-open-id-connect-providers` output, optionally with each `get-open-id-connect-provider`
  /// answer merged into its entry). A missing `Url`/`ClientIDList`/`ThumbprintList` is unknown.
  public static func providers(_ text: String) throws(AuditInputError) -> [AuditProviderInput] {
    let root = try parse(text)
    guard let list = root["OpenIDConnectProviderList"]?.arrayValue else {
      throw AuditInputError("no OpenIDConnectProviderList list (not list-open-id-connect-providers output)")
    }
    return try list.enumerated().map { (i, p) throws(AuditInputError) in
      guard let arn = p["Arn"]?.stringValue, ProviderARN(arn) != nil else {
        throw AuditInputError("OpenIDConnectProviderList[\(i)] has no oidc-provider Arn")
      }
      return AuditProviderInput(
        arn: arn, url: p["Url"]?.stringValue, clientIDs: strings(p["ClientIDList"]), thumbprints: strings(p["ThumbprintList"]))
    }
  }

  /// The account of a file: the account field shared by its role ARNs (nil for an empty list).
  public static func account(of roles: [AuditRoleInput]) -> String? { roles.lazy.compactMap { Auditor.accountID(of: $0.arn) }.first }

  static func parse(_ text: String) throws(AuditInputError) -> JSONValue {
    do {
      return try JSONParser.parse(text)
    } catch {
      throw AuditInputError("not JSON (\(error.description))")
    }
  }

  static func strings(_ value: JSONValue?) -> [String]? { value?.arrayValue.map { $0.compactMap(\.stringValue) } }

  /// RFC 3986 percent-decoding (`%7B` → `{`; `+` is kept, as IAM encodes spaces as `%20`).
  public static func percentDecoded(_ s: String) -> String {
    var bytes: [UInt8] = []
    var it = Array(s.utf8)[...]
    while let b = it.popFirst() {
      if b == UInt8(ascii: "%"), it.count >= 2, let hi = hex(it[it.startIndex]), let lo = hex(it[it.startIndex + 1]) {
        bytes.append(hi << 4 | lo)
        it = it.dropFirst(2)
      } else {
        bytes.append(b)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func hex(_ b: UInt8) -> UInt8? {
    switch b {
    case 0x30...0x39: b - 0x30
    case 0x41...0x46: b - 0x41 + 10
    case 0x61...0x66: b - 0x61 + 10
    default: nil
    }
  }
}
