import Foundation
import Testing

@testable import FedCore

/// The live reader over scripted IAM answers: pagination, throttling backoff, failures named.
@Suite struct AccountReaderTests {
  /// Answers each Action from a queue of (status, body); records the actions asked.
  final class Scripted: AWSTransport, @unchecked Sendable {
    let lock = NSLock()
    var answers: [String: [(Int, String)]]
    var asked: [String] = []
    init(_ answers: [String: [(Int, String)]]) { self.answers = answers }

    func send(_ request: AWSRequest) async -> Result<AWSResponse, FetchFailure> { lock.withLock { answer(request) } }

    func answer(_ request: AWSRequest) -> Result<AWSResponse, FetchFailure> {
      asked.append(request.query.body)
      let action = request.query.action
      guard var queue = answers[action], !queue.isEmpty else { return .success(AWSResponse(status: 500, body: [])) }
      let (status, body) = queue.count > 1 ? queue.removeFirst() : queue[0]
      answers[action] = queue
      return .success(AWSResponse(status: status, body: Array(body.utf8)))
    }
  }

  static let ns = #"xmlns="https://iam.amazonaws.com/doc/2010-05-08/""#
  static let throttled =
    "<ErrorResponse \(ns)><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error></ErrorResponse>"
  static let emptyProviders =
    "<ListOpenIDConnectProvidersResponse \(ns)><ListOpenIDConnectProvidersResult><OpenIDConnectProviderList/></ListOpenIDConnectProvidersResult></ListOpenIDConnectProvidersResponse>"
  static func page(_ name: String, marker: String?) -> String {
    let policy = QueryRequest.encoded(#"{"Version":"2012-10-17","Statement":[]}"#)
    let tail = marker.map { "<IsTruncated>true</IsTruncated><Marker>\($0)</Marker>" } ?? "<IsTruncated>false</IsTruncated>"
    return "<GetAccountAuthorizationDetailsResponse \(ns)><GetAccountAuthorizationDetailsResult><RoleDetailList><member>"
      + "<Arn>arn:aws:iam::123456789012:role/\(name)</Arn><AssumeRolePolicyDocument>\(policy)</AssumeRolePolicyDocument>"
      + "</member></RoleDetailList>\(tail)</GetAccountAuthorizationDetailsResult></GetAccountAuthorizationDetailsResponse>"
  }

  static func reader(_ transport: Scripted) -> AccountReader {
    var r = AccountReader(
      settings: AWSSettings(credentials: .success(AWSCredentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "x", source: "test"))),
      transport: transport, timeout: 1)
    r.backoffSeconds = 0.001
    return r
  }

  @Test func throttlingIsRetriedAndPagesAreFollowed() async throws {
    let transport = Scripted([
      "ListOpenIDConnectProviders": [(400, Self.throttled), (400, Self.throttled), (200, Self.emptyProviders)],
      "GetAccountAuthorizationDetails": [(200, Self.page("a", marker: "m1")), (200, Self.page("b", marker: nil))],
    ])
    let account = try await Self.reader(transport).read(source: "test").get()
    #expect(account.roles.map(\.arn) == ["arn:aws:iam::123456789012:role/a", "arn:aws:iam::123456789012:role/b"])
    #expect(account.roles.first?.trustPolicy == #"{"Version":"2012-10-17","Statement":[]}"#)
    #expect(account.account == "123456789012")
    #expect(transport.asked.filter { $0.contains("ListOpenIDConnectProviders") }.count == 3)
    #expect(transport.asked.contains { $0.contains("Marker=m1") && $0.contains("Filter.member.1=Role") })
  }

  @Test func endlessThrottlingFailsNamingTheAction() async {
    let transport = Scripted(["ListOpenIDConnectProviders": [(400, Self.throttled)]])
    let result = await Self.reader(transport).read(source: "profile x")
    #expect(throws: AuditInputError.self) { try result.get() }
    if case .failure(let e) = result { #expect(e.message.hasPrefix("profile x: iam:ListOpenIDConnectProviders")) }
    #expect(transport.asked.count == 5)
  }

  @Test func poolKeepsInputOrder() async {
    let readers = (0..<6).map { i in
      (
        source: "p\(i)",
        reader: Self.reader(
          Scripted([
            "ListOpenIDConnectProviders": [(200, Self.emptyProviders)],
            "GetAccountAuthorizationDetails": [(200, Self.page("r\(i)", marker: nil))],
          ]))
      )
    }
    let results = await AccountPool.read(readers, width: 2)
    #expect(results.map { (try? $0.get())?.roles.first?.arn } == (0..<6).map { "arn:aws:iam::123456789012:role/r\($0)" })
  }
}
