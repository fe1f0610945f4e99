import FedCore
import Testing

/// The verdict says what it assumed; CI-default and partition audiences; `aud-multiple` only for
/// two or more values. Sources: the issue's example sentence; GitHub docs "About security
/// hardening with OpenID Connect" (default aud is the owner's URL); configure-aws-credentials#457
/// and README (aws-cn uses sts.amazonaws.com.cn); decoded IRSA tokens (["sts.amazonaws.com"] works).
@Suite struct AssumptionAndAudienceTests {
  static func githubToken(aud: String, extra: String = "") -> String {
    TestToken.make(
      claims:
        #"{"iss":"https://token.actions.githubusercontent.com","sub":"repo:octo/app:ref:refs/heads/main","aud":\#(aud),"repository":"octo/app","ref":"refs/heads/main","iat":\#(TestToken.now - 60),"exp":\#(TestToken.now + 300)\#(extra)}"#
    )
  }

  static func report(_ token: String, _ options: CheckOptions = CheckOptions()) -> CheckReport {
    Checker.report(options, token: TokenInput(raw: token), snapshot: nil, now: TestToken.now)
  }

  @Test func acceptNamesWhatItAssumed() throws {
    let report = Self.report(Self.githubToken(aud: #""sts.amazonaws.com""#))
    #expect(report.verdict == .accept)
    let json = try JSONParser.parse(report.jsonText())
    let assumptions = json["assumptions"]?.arrayValue?.compactMap(\.stringValue) ?? []
    #expect(assumptions.contains("ACCEPT if sts.amazonaws.com is a client ID of the provider"))
    #expect(assumptions.contains { $0.contains("IAM OIDC provider for https://token.actions.githubusercontent.com") })
    #expect(assumptions.contains { $0.contains("trust policy") })
    #expect(report.verdictLine.hasPrefix("AWS would ACCEPT if sts.amazonaws.com is a client ID of the provider"))
    for line in CheckReportText.lines(report) { #expect(line.text.count <= 80, "\(line.text)") }
  }

  @Test func givenInputsAreNotAssumed() throws {
    let options = CheckOptions(audiences: ["sts.amazonaws.com"])
    let report = Self.report(Self.githubToken(aud: #""sts.amazonaws.com""#), options)
    #expect(!report.assumptions.contains { $0.contains("client ID") })
  }

  @Test func rejectCarriesNoAssumptions() throws {
    let expired = TestToken.make(claims: TestToken.gitlabClaims(["exp": "\(TestToken.now - 3600)"]))
    let json = try JSONParser.parse(Self.report(expired).jsonText())
    #expect(json["verdict"]?.stringValue == "reject")
    #expect(json["assumptions"]?.arrayValue?.isEmpty == true)
  }

  @Test func githubDefaultAudienceIsAWarning() throws {
    let report = Self.report(Self.githubToken(aud: #""https://github.com/octo""#))
    let finding = try #require(report.findings.first { $0.id == .audProviderDefault })
    #expect(finding.severity == .warning)
    #expect(finding.evidence("aud") == "https://github.com/octo")
    let registered = Self.report(Self.githubToken(aud: #""https://github.com/octo""#), CheckOptions(audiences: ["https://github.com/octo"]))
    #expect(!registered.findings.contains { $0.id == .audProviderDefault })
    let sts = Self.report(Self.githubToken(aud: #""sts.amazonaws.com""#))
    #expect(!sts.findings.contains { $0.id == .audProviderDefault })
  }

  @Test func oneElementArrayIsNotAudMultiple() {
    let one = Self.report(Self.githubToken(aud: #"["sts.amazonaws.com"]"#))
    #expect(!one.findings.contains { $0.id == .audMultiple })
    let two = Self.report(Self.githubToken(aud: #"["sts.amazonaws.com","other"]"#))
    #expect(two.findings.contains { $0.id == .audMultiple && $0.severity == .warning })
  }

  @Test func chinaPartitionExpectsTheCnClientID() throws {
    let options = CheckOptions(roleARN: "arn:aws-cn:iam::123456789012:role/deploy")
    let report = Self.report(Self.githubToken(aud: #""sts.amazonaws.com""#), options)
    let finding = try #require(report.findings.first { $0.id == .audPartitionMismatch })
    #expect(finding.evidence("usual client ID there") == "sts.amazonaws.com.cn")
    let right = Self.report(Self.githubToken(aud: #""sts.amazonaws.com.cn""#), options)
    #expect(!right.findings.contains { $0.id == .audPartitionMismatch })
    let gov = CheckOptions(providerURL: "arn:aws-us-gov:iam::123456789012:oidc-provider/token.actions.githubusercontent.com")
    #expect(!Self.report(Self.githubToken(aud: #""sts.amazonaws.com""#), gov).findings.contains { $0.id == .audPartitionMismatch })
    #expect(AWSPartition.awsCN.defaultAudience == "sts.amazonaws.com.cn")
  }
}
