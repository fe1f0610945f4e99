/// What STS answered to `AssumeRoleWithWebIdentity`. The credentials it returns are never read
/// into this value: only their `Expiration`.
public enum STSAnswer: Sendable, Equatable {
  case success(STSSuccess)
  case error(AWSServiceError)

  /// Reads an `AssumeRoleWithWebIdentityResponse` or an `ErrorResponse`. Only non-secret
  /// fields are copied out; the parsed tree (which holds the credentials) is dropped on return.
  public static func read(_ body: [UInt8], status: Int) -> Result<STSAnswer, AWSAnswerFailure> {
    switch AWSAnswer.root(body, status: status, expecting: "AssumeRoleWithWebIdentityResponse") {
    case .failure(.service(let error)): return .success(.error(error))
    case .failure(let failure): return .failure(failure)
    case .success(let root):
      guard let result = root.child("AssumeRoleWithWebIdentityResult") else {
        return .failure(.unreadable("AssumeRoleWithWebIdentity answer without a result"))
      }
      return .success(
        .success(
          STSSuccess(
            assumedRoleArn: result.string("AssumedRoleUser", "Arn"),
            subject: result.string("SubjectFromWebIdentityToken"), audience: result.string("Audience"),
            provider: result.string("Provider"), expiration: result.string("Credentials", "Expiration"))))
    }
  }

  /// `success` or `error` (the JSON `outcome`).
  public var outcome: String {
    switch self {
    case .success: "success"
    case .error: "error"
    }
  }
}

/// The non-secret facts of a successful `AssumeRoleWithWebIdentity`.
public struct STSSuccess: Sendable, Equatable {
  public var assumedRoleArn: String?
  public var subject: String?
  public var audience: String?
  public var provider: String?
  /// When the (discarded) credentials expire, as STS wrote it (ISO 8601).
  public var expiration: String?

  public init(assumedRoleArn: String?, subject: String?, audience: String?, provider: String?, expiration: String?) {
    self.assumedRoleArn = assumedRoleArn
    self.subject = subject
    self.audience = audience
    self.provider = provider
    self.expiration = expiration
  }
}
