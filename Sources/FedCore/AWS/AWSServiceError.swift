/// An `<ErrorResponse>` from IAM or STS: the error code (`NoSuchEntity`, `AccessDenied`,
/// `InvalidIdentityToken`, ...), its message and, when present, `Sender` or `Receiver`.
public struct AWSServiceError: Error, Sendable, Equatable {
  public var code: String
  public var message: String
  public var type: String?
  /// The HTTP status it came with (0 when not known).
  public var status: Int

  public init(code: String, message: String, type: String? = nil, status: Int = 0) {
    self.code = code
    self.message = message
    self.type = type
    self.status = status
  }
}

/// Why an IAM or STS answer gave no value: AWS said no, or the answer could not be read.
public enum AWSAnswerFailure: Error, Sendable, Equatable, CustomStringConvertible {
  case service(AWSServiceError)
  /// Not XML, or XML without the expected elements: what was wrong.
  case unreadable(String)

  public var description: String {
    switch self {
    case .service(let error): "\(error.code): \(error.message)"
    case .unreadable(let reason): reason
    }
  }
}

/// Reading Query API answers (`Action=...&Version=...`, XML replies) into values.
public enum AWSAnswer {
  /// The root element of `body`, or the `<Error>` it carries, or why it could not be read.
  /// `status` is the HTTP status (errors come with 4xx/5xx; a 2xx answer may still be one).
  public static func root(_ body: [UInt8], status: Int, expecting name: String) -> Result<XMLTree, AWSAnswerFailure> {
    let root: XMLTree
    switch XMLReader.parse(body) {
    case .success(let element): root = element
    case .failure(let error):
      let shown = status == 0 || (200..<300).contains(status) ? "" : " (HTTP \(status))"
      return .failure(.unreadable("\(error)\(shown)"))
    }
    if let error = serviceError(in: root, status: status) { return .failure(.service(error)) }
    guard root.name == name else {
      return .failure(.unreadable("expected <\(name)>, got <\(root.name)> (HTTP \(status))"))
    }
    return .success(root)
  }

  /// The `<Error>` of an `<ErrorResponse>` (also the `<Errors><Error>` form some services use).
  public static func serviceError(in root: XMLTree, status: Int) -> AWSServiceError? {
    guard root.name == "ErrorResponse" || root.name == "Response" else { return nil }
    guard let error = root.child("Error") ?? root.path("Errors", "Error") else { return nil }
    return AWSServiceError(
      code: error.string("Code") ?? "Unknown", message: error.string("Message") ?? "",
      type: error.string("Type"), status: status)
  }

  /// The texts of every `<member>` of a list element (`ClientIDList`, `ThumbprintList`).
  static func members(_ list: XMLTree?) -> [String] {
    (list?.children("member") ?? []).map(\.trimmedText)
  }
}
