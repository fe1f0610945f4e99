/// A problem with the operator's AWS configuration, as a sentence naming the setting at fault.
public enum AWSConfigError: Error, Sendable, Equatable, CustomStringConvertible {
  case invalidEndpoint(String, String, String)
  case unreadableCABundle(String, String)
  case profileNotFound(String)

  public var description: String {
    switch self {
    case .invalidEndpoint(let source, let url, let why): "\(source)=\(url): \(why)"
    case .unreadableCABundle(let source, let path): "\(source): cannot read the CA bundle \(path)"
    case .profileNotFound(let name): "the AWS profile \(name) is not in ~/.aws/config or ~/.aws/credentials"
    }
  }
}
