import Testing

@testable import FedCore

/// Findings carry the runnable command of their fix, values filled in where known.
struct FixCommandsTests {
  static func findings(_ claims: JSONValue, audiences: [String] = [], roleARN: String? = nil, provider: String? = nil) -> [Finding] {
    let header = Base64URL.encode(Array(#"{"alg":"RS256","kid":"k1","typ":"JWT"}"#.utf8))
    let raw = "\(header).\(Base64URL.encode(Array(JSONWriter.string(claims).utf8))).c2ln"
    let input = DiagnosisInput(token: TokenInput(raw: raw), audiences: audiences, providerURL: provider, roleARN: roleARN)
    return diagnose(input, now: 1_800_000_000)
  }

  static let github = PolicyTestSupport.githubClaims(sub: "repo:octo/app:ref:refs/heads/main", aud: "my-aud")

  @Test func audNotRegisteredAddsTheClientIDToTheProvider() throws {
    let found = Self.findings(Self.github, audiences: ["sts.amazonaws.com"], roleARN: "arn:aws:iam::123456789012:role/deploy")
    let finding = try #require(found.first { $0.id == .audNotRegistered })
    #expect(
      finding.fixCommands == [
        "aws iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn "
          + "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com --client-id my-aud"
      ])
  }

  @Test func withoutARoleTheAccountIsAPlaceholderAndOddValuesAreQuoted() throws {
    let claims = PolicyTestSupport.githubClaims(sub: "repo:octo/app:ref:refs/heads/main", aud: "it's mine")
    let finding = try #require(Self.findings(claims, audiences: ["sts.amazonaws.com"]).first { $0.id == .audNotRegistered })
    let command = try #require(finding.fixCommands.first)
    #expect(command.contains("arn:aws:iam::<account>:oidc-provider/token.actions.githubusercontent.com"))
    #expect(command.hasSuffix(#"--client-id 'it'\''s mine'"#))
  }

  @Test func aMismatchedProviderIsCreatedThroughCLIInputJSON() throws {
    let found = Self.findings(
      PolicyTestSupport.gitlabClaims(), audiences: ["https://gitlab.com"],
      provider: "arn:aws:iam::123456789012:oidc-provider/gitlab.com/")
    let finding = try #require(found.first { $0.id == .issProviderMismatch })
    #expect(
      finding.fixCommands == [
        #"aws iam create-open-id-connect-provider --cli-input-json '{"Url":"https://gitlab.com","ClientIDList":["https://gitlab.com"]}'"#
      ])
  }

  @Test func aMissingAudienceGetsTheCISnippet() throws {
    guard case .object(let members) = PolicyTestSupport.gitlabClaims() else { return }
    let gitlab = JSONValue.object(members.filter { $0.name != "aud" })
    let finding = try #require(Self.findings(gitlab, audiences: ["aws-prod"]).first { $0.id == .audMissing })
    #expect(finding.fixCommands == ["id_tokens:\n  AWS_ID_TOKEN:\n    aud: \"aws-prod\""])
    let github = PolicyTestSupport.githubClaims(sub: "repo:octo/app:ref:refs/heads/main", aud: "https://github.com/octo")
    let gh = try #require(Self.findings(github).first { $0.id == .audProviderDefault })
    #expect(gh.fixCommands.first?.hasPrefix("permissions:\n  id-token: write") == true)
    #expect(gh.fixCommands.first?.contains("audience: \"sts.amazonaws.com\"") == true)
  }

  @Test func theCheckJSONCarriesTheCommands() throws {
    var options = CheckOptions()
    options.audiences = ["sts.amazonaws.com"]
    let token = TestToken.make(
      claims: #"{"iss":"https://token.actions.githubusercontent.com","sub":"repo:o/r:ref:refs/heads/main","aud":"my-aud","#
        + #""exp":\#(TestToken.now + 300),"iat":\#(TestToken.now - 60)}"#)
    let report = Checker.report(options, token: TokenInput(raw: token), snapshot: nil, now: TestToken.now)
    let json = try JSONParser.parse(report.jsonText(pretty: false))
    guard case .array(let findings) = json["findings"] else {
      Issue.record("no findings array")
      return
    }
    let aud = try #require(findings.first { $0["id"]?.stringValue == "aud-not-registered" })
    guard case .array(let commands) = aud["fixCommands"] else {
      Issue.record("no fixCommands array")
      return
    }
    #expect(commands.first?.stringValue?.hasPrefix("aws iam add-client-id-to-open-id-connect-provider") == true)
    #expect(findings.allSatisfy { if case .array = $0["fixCommands"] { true } else { false } })
  }

  @Test func theTextReportKeepsCommandsRunnable() throws {
    var finding = Finding(.audNotRegistered, .error, title: "t")
    finding.fixCommands = [
      "aws iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn "
        + "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com --client-id 'a b'"
    ]
    let lines = FixCommandText.lines(finding.fixCommands[0], width: 80)
    #expect(lines.count > 1 && lines.allSatisfy { $0.count <= 80 })
    #expect(lines.dropLast().allSatisfy { $0.hasSuffix(" \\") } && lines.last?.hasSuffix("'a b'") == true)
    let rejoined = lines.map { $0.hasSuffix(" \\") ? String($0.dropLast(2)) : $0 }.joined(separator: " ")
    #expect(FixCommandText.arguments(rejoined).dropFirst() == FixCommandText.arguments(finding.fixCommands[0])[...])
    #expect(FixCommandText.lines("a:\n  b: 1", width: 80) == ["    snippet:", "      a:", "        b: 1"])
  }
}
