/// Turns a failed IAM read into a sentence and the step that fixes it.
enum AWSReadAdvice {
  // IAM error codes (IAM API reference, "Common errors"; SigV4 errors from the AWS general reference).
  static let badCredentials: Set<String> = [
    "InvalidClientTokenId", "SignatureDoesNotMatch", "IncompleteSignature", "UnrecognizedClientException",
  ]
  static let expired: Set<String> = ["ExpiredToken", "ExpiredTokenException", "RequestExpired"]
  static let denied: Set<String> = ["AccessDenied", "AccessDeniedException"]
  static let throttled: Set<String> = ["Throttling", "ThrottlingException", "RequestLimitExceeded"]

  static func failure(action: String, _ failure: AWSAnswerFailure, request: AWSCheckRequest) -> AWSReadFailure {
    let source = (try? request.settings.credentials.get())?.source ?? "the configured source"
    let login = request.settings.profile == "default" ? "" : " --profile \(request.settings.profile)"
    let renew =
      source == "environment"
      ? "export fresh AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN"
      : "aws sso login\(login), or export fresh credentials"
    guard case .service(let error) = failure else {
      return AWSReadFailure(
        action: action, reason: "\(action) failed: \(failure)",
        fix: "check the IAM endpoint (\(request.iamURL)) and the network, then run the check again")
    }
    let reason = "\(action) failed: \(error.code): \(TextSafety.escaped(error.message))"
    let fix: String
    if badCredentials.contains(error.code) {
      fix = "the AWS credentials from \(source) were refused: check the access key and secret, or \(renew)"
    } else if expired.contains(error.code) {
      fix = "the session from \(source) expired: \(renew)"
    } else if denied.contains(error.code) {
      fix = "allow \(neededActions) for the identity behind \(source) (read-only; FedTUI changes nothing)"
    } else if throttled.contains(error.code) {
      fix = "IAM is throttling these reads: wait a moment and run the check again"
    } else {
      fix = "FedTUI needs \(AWSReader.neededActions); see the message above"
    }
    return AWSReadFailure(action: action, reason: reason, fix: fix)
  }

  static var neededActions: String { AWSReader.neededActions }
}
