import FedCore
import Testing

@Suite struct AWSAnswerTests {
  func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

  @Test func getRoleDecodesTheTrustPolicyAndSessionLimit() throws {
    let role = try IAMRole.read(bytes(RecordedAnswers.getRole), status: 200).get()
    #expect(role.arn == "arn:aws:iam::123456789012:role/ci/deploy")
    #expect(role.name == "deploy")
    #expect(role.path == "/ci/")
    #expect(role.maxSessionDuration == 7200)
    let policy = try JSONParser.parse(role.trustPolicy)
    #expect(policy["Statement"]?.arrayValue?.first?["Action"]?.stringValue == "sts:AssumeRoleWithWebIdentity")
  }

  @Test func aRawPolicyIsKeptAsItIs() throws {
    // Emulators (and `ListRoles`) return the document raw: a `%` in it must survive.
    let raw = RecordedAnswers.getRole.replacingOccurrences(
      of: #"<AssumeRolePolicyDocument>%7B"#, with: "<AssumeRolePolicyDocument>{&quot;Sid&quot;:&quot;100%&quot;}<!--"
    )
    .replacingOccurrences(of: "</AssumeRolePolicyDocument>", with: "--></AssumeRolePolicyDocument>")
    let role = try IAMRole.read(bytes(raw), status: 200).get()
    #expect(role.trustPolicy == #"{"Sid":"100%"}"#)
  }

  @Test func providerAndListAreRead() throws {
    let arn = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"
    let provider = try IAMOIDCProvider.read(bytes(RecordedAnswers.getProvider), status: 200, arn: arn).get()
    #expect(provider.url == "token.actions.githubusercontent.com")
    #expect(provider.clientIDs == ["sts.amazonaws.com", "my-app"])
    #expect(provider.thumbprints == ["6938fd4d98bab03faadb97b34396831e3780aea1"])
    let list = try IAMOIDCProvider.readList(bytes(RecordedAnswers.listProviders), status: 200).get()
    #expect(list.count == 2)
    #expect(list[1].hasSuffix("gitlab.example.com/"))
  }

  @Test func errorResponsesBecomeServiceErrors() {
    let result = IAMRole.read(bytes(RecordedAnswers.noSuchEntity), status: 404)
    guard case .failure(.service(let error)) = result else {
      Issue.record("expected a service error, got \(result)")
      return
    }
    #expect(error.code == "NoSuchEntity")
    #expect(error.message == "The role with name deploy cannot be found.")
    #expect(error.type == "Sender")
    #expect(error.status == 404)
  }

  @Test func stsSuccessKeepsNoCredential() throws {
    let answer = try STSAnswer.read(bytes(RecordedAnswers.stsSuccess), status: 200).get()
    guard case .success(let success) = answer else {
      Issue.record("expected success")
      return
    }
    #expect(success.assumedRoleArn == "arn:aws:sts::123456789012:assumed-role/deploy/fedtui")
    #expect(success.subject == "repo:octo/app:ref:refs/heads/main")
    #expect(success.audience == "sts.amazonaws.com")
    #expect(success.expiration == "2026-12-02T06:00:00Z")
    #expect(!String(describing: answer).contains(RecordedAnswers.secretMark))
  }

  @Test(arguments: [
    ("InvalidIdentityToken", "No OpenIDConnect provider found in your account for https://example.com"),
    ("ExpiredTokenException", "Token expired: current date/time 1700000000 must be before the expiration date/time 1600000000"),
    ("AccessDenied", "Not authorized to perform sts:AssumeRoleWithWebIdentity"),
    (
      "IDPCommunicationError",
      "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements"
    ),
  ])
  func stsErrorsKeepCodeAndMessage(code: String, message: String) throws {
    let answer = try STSAnswer.read(bytes(RecordedAnswers.stsError(code, message)), status: 400).get()
    #expect(answer == .error(AWSServiceError(code: code, message: message, type: "Sender", status: 400)))
    #expect(answer.outcome == "error")
  }

  @Test(arguments: ["", "not xml", "<a><b></a>", "<GetRoleResponse>", "{\"json\":true}"])
  func malformedAnswersAreUnreadable(text: String) {
    let result = IAMRole.read(bytes(text), status: 200)
    guard case .failure(.unreadable(let reason)) = result else {
      Issue.record("expected unreadable for \(text), got \(result)")
      return
    }
    #expect(!reason.isEmpty)
  }

  @Test func entitiesAreNotExpandedAndDepthIsCapped() {
    let bomb = "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><r>&b;</r>"
    if case .success(let root) = XMLReader.parse(bytes(bomb)) { #expect(root.text.count < 200) }
    let deep = String(repeating: "<a>", count: 100) + String(repeating: "</a>", count: 100)
    #expect(XMLReader.parse(bytes(deep)) == .failure(.tooLarge))
    let external = "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>"
    if case .success(let root) = XMLReader.parse(bytes(external)) { #expect(!root.text.contains("root:")) }
  }
}
