import FedCore
import Foundation

/// What the `check --role-arn` tests share: a token for a loopback-free issuer, its provider
/// documents as files (no network for the provider side), a clean HOME, and the run itself.
enum AWSTestSupport {
  static let issuer = "https://gitlab.example.com"
  static let account = "123456789012"
  static let roleARN = "arn:aws:iam::123456789012:role/deploy"
  static let providerARN = "arn:aws:iam::123456789012:oidc-provider/gitlab.example.com"
  static let now: Int64 = 1_800_000_000

  /// A compact JWS with this payload (the signature does not verify: the rules say so, and the
  /// AWS findings under test do not depend on it).
  static func token(aud: String = "sts.amazonaws.com", sub: String = "project_path:octo/app:ref_type:branch:ref:main") -> String {
    let header = #"{"alg":"RS256","kid":"k1","typ":"JWT"}"#
    let payload =
      #"{"iss":"\#(issuer)","aud":"\#(aud)","sub":"\#(sub)","iat":\#(now - 60),"nbf":\#(now - 60),"exp":\#(now + 600),"project_path":"octo/app"}"#
    let sig = Base64URL.encode(Array(repeating: UInt8(7), count: 256))
    return Base64URL.encode(Array(header.utf8)) + "." + Base64URL.encode(Array(payload.utf8)) + "." + sig
  }

  /// A trust policy for the issuer, requiring this audience and subject pattern.
  static func policy(aud: String = "sts.amazonaws.com", sub: String = "project_path:octo/app:*") -> JSONValue {
    let host = "gitlab.example.com"
    return .object([
      JSONMember("Version", .string("2012-10-17")),
      JSONMember(
        "Statement",
        .array([
          .object([
            JSONMember("Effect", .string("Allow")),
            JSONMember("Principal", .object([JSONMember("Federated", .string(providerARN))])),
            JSONMember("Action", .string("sts:AssumeRoleWithWebIdentity")),
            JSONMember(
              "Condition",
              .object([
                JSONMember("StringEquals", .object([JSONMember("\(host):aud", .string(aud))])),
                JSONMember("StringLike", .object([JSONMember("\(host):sub", .string(sub))])),
              ])),
          ])
        ])),
    ])
  }

  /// A temporary directory holding HOME (empty ~/.aws), the provider documents and the token.
  final class Workspace {
    let root: URL
    init() throws {
      root = FileManager.default.temporaryDirectory.appendingPathComponent("fedtui-aws-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: root.appendingPathComponent("home/.aws"), withIntermediateDirectories: true)
      let discovery = #"{"issuer":"\#(AWSTestSupport.issuer)","jwks_uri":"\#(AWSTestSupport.issuer)/oauth/discovery/keys"}"#
      try Data(discovery.utf8).write(to: root.appendingPathComponent("discovery.json"))
      try Data(DemoScenario.ciKeyJWKS.utf8).write(to: root.appendingPathComponent("jwks.json"))
    }
    var home: String { root.appendingPathComponent("home").path }
    var offlineFlags: [String] {
      [
        "--discovery-file", root.appendingPathComponent("discovery.json").path, "--jwks-file",
        root.appendingPathComponent("jwks.json").path,
      ]
    }
    deinit { try? FileManager.default.removeItem(at: root) }
  }

  /// The environment of a run: a clean HOME, no AWS settings from the test machine.
  static func environment(_ workspace: Workspace, _ extra: [String: String]) -> [String: String] {
    var env: [String: String] = ["HOME": workspace.home]
    for name in [
      "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_REGION", "AWS_DEFAULT_REGION",
      "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_IAM", "AWS_ENDPOINT_URL_STS", "AWS_CA_BUNDLE", "AWS_CONFIG_FILE",
      "AWS_SHARED_CREDENTIALS_FILE",
    ] {
      env[name] = ""
    }
    env.merge(extra) { $1 }
    return env
  }

  /// Runs `fedtui check --format json --now … <arguments>` with the token on stdin (when given),
  /// waiting on a thread of its own.
  static func check(_ arguments: [String], token: String?, env: [String: String]) async throws -> (FedTUIProcess.Outcome, JSONValue?) {
    var args = ["check", "--format", "json", "--now", String(now), "--timeout", "5"] + arguments
    if token != nil { args += ["--token-file", "-"] }
    let stdin = Array((token ?? "").utf8)
    let runArgs = args
    let outcome = try await offPool { try FedTUIProcess.run(runArgs, stdin: stdin, environment: env) }
    return (outcome, try? JSONParser.parse(outcome.stdout))
  }

  /// Blocking work (a child process, a server's start) on a thread of its own: blocking the
  /// cooperative pool (two threads here) would stall other suites' background tasks.
  static func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
      Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
    }
  }

  static func ids(_ report: JSONValue?) -> [String] {
    (report?["findings"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }
  }

  static func finding(_ report: JSONValue?, _ id: String) -> JSONValue? {
    report?["findings"]?.arrayValue?.first { $0["id"]?.stringValue == id }
  }

  static func evidence(_ finding: JSONValue?) -> [String] {
    (finding?["evidence"]?.arrayValue ?? []).compactMap {
      guard let l = $0["label"]?.stringValue, let v = $0["value"]?.stringValue else { return nil }
      return "\(l): \(v)"
    }
  }
}
