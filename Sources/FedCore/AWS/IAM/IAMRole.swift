/// A role as `iam:GetRole` returns it: the trust policy (URL-decoded) and the session limit.
public struct IAMRole: Sendable, Equatable {
  public var arn: String
  public var name: String
  public var path: String
  /// `MaxSessionDuration`, seconds (3600 to 43200; 3600 when IAM omits it).
  public var maxSessionDuration: Int
  /// `AssumeRolePolicyDocument`, decoded to its JSON text.
  public var trustPolicy: String

  public init(arn: String, name: String, path: String = "/", maxSessionDuration: Int = 3600, trustPolicy: String) {
    self.arn = arn
    self.name = name
    self.path = path
    self.maxSessionDuration = maxSessionDuration
    self.trustPolicy = trustPolicy
  }

  /// Reads a `GetRoleResponse`.
  public static func read(_ body: [UInt8], status: Int) -> Result<IAMRole, AWSAnswerFailure> {
    AWSAnswer.root(body, status: status, expecting: "GetRoleResponse").flatMap { root in
      guard let role = root.path("GetRoleResult", "Role"), let arn = role.string("Arn"),
        let policy = role.string("AssumeRolePolicyDocument")
      else { return .failure(.unreadable("GetRole answer without Role, Arn or AssumeRolePolicyDocument")) }
      return .success(
        IAMRole(
          arn: arn, name: role.string("RoleName") ?? "", path: role.string("Path") ?? "/",
          // IAM's default when a role was created without one (IAM API reference, Role data type).
          maxSessionDuration: role.string("MaxSessionDuration").flatMap { Int($0) } ?? 3600,
          trustPolicy: PercentDecoding.policyText(policy)))
    }
  }
}

/// IAM returns `AssumeRolePolicyDocument` URL-encoded (RFC 3986) in `GetRole`, while some
/// emulators and older answers return it raw: decode only what is encoded.
enum PercentDecoding {
  /// The policy JSON: decoded when it does not already start as a JSON object.
  static func policyText(_ text: String) -> String {
    text.first == "{" ? text : decoded(text) ?? text
  }

  /// `%XX` sequences replaced by their bytes (UTF-8); nil when a sequence is broken or the
  /// result is not UTF-8. `+` stays `+`: IAM encodes a space as `%20`.
  static func decoded(_ text: String) -> String? {
    var out: [UInt8] = []
    var bytes = Array(text.utf8)[...]
    while let byte = bytes.popFirst() {
      guard byte == UInt8(ascii: "%") else {
        out.append(byte)
        continue
      }
      guard bytes.count >= 2, let high = hex(bytes.removeFirst()), let low = hex(bytes.removeFirst()) else { return nil }
      out.append(high << 4 | low)
    }
    return String(validating: out, as: UTF8.self)
  }

  private static func hex(_ c: UInt8) -> UInt8? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
