import FedCore
import Testing

@Suite struct CheckReportTests {
  @Test func jsonHasTheContractShapeAndNoSignature() throws {
    let report = DemoScenario.report()
    let text = report.jsonText()
    let json = try JSONParser.parse(text)
    #expect(json["verdict"]?.stringValue == "reject")
    #expect(json["token"]?["header"]?["alg"]?.stringValue == "RS256")
    #expect(json["token"]?["claims"]?["sub"]?.stringValue == "job_1212")
    #expect(json["issuer"]?["provider"]?.stringValue == "GitLab (self-managed)")
    #expect(json["keys"]?["kidFound"]?.boolValue == false)
    #expect(json["keys"]?["alternates"]?.arrayValue?.first?["kids"]?.arrayValue?.count == 1)
    let first = try #require(json["findings"]?.arrayValue?.first)
    for key in ["id", "severity", "title", "evidence", "awsError", "fix"] { #expect(first[key] != nil, "\(key)") }
    let signature = String(DemoScenario.token.split(separator: ".")[2])
    #expect(!text.contains(signature.prefix(16)))
    #expect(!text.contains(DemoScenario.token.prefix(40)))
    #expect(text.contains("identity provider,  please reference"))
  }

  @Test func findingsAreSortedErrorsFirst() {
    let severities = DemoScenario.report().findings.map(\.severity)
    #expect(severities == severities.sorted())
  }

  @Test func textFitsEightyColumnsVerdictFirstAndEscapes() {
    let claims = TestToken.gitlabClaims(["sub": #""job_1\u001b[31mred\u202e""#], drop: ["aud"])
    let options = CheckOptions(wantClaims: ["project_path"], now: TestToken.now)
    let report = Checker.report(
      options, token: TokenInput(raw: TestToken.make(claims: claims)), snapshot: DemoScenario.snapshot, now: TestToken.now)
    let lines = CheckReportText.lines(report)
    #expect(lines.first?.text.hasPrefix("AWS would REJECT") == true)
    for line in lines { #expect(line.text.count <= 80, "\(line.text)") }
    let text = lines.map(\.text).joined(separator: "\n")
    #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    #expect(text.contains("\\e[31m"))
    #expect(text.contains("ERRORS (") && text.contains("WARNINGS ("))
    #expect(text.contains("identity provider,  please reference") || !report.findings.ids.contains(.jwksKidNotFound))
  }

  @Test func acceptVerdictLine() {
    let policy = CheckOptions.SavedDocument(path: "p.json", bytes: Array(#"{"Version":"2012-10-17","Statement":[]}"#.utf8))
    let options = CheckOptions(
      audiences: ["sts.amazonaws.com"], providerURL: "https://gitlab.com", policyDocument: policy)
    let report = Checker.report(
      options, token: TokenInput(raw: TestToken.make(claims: TestToken.gitlabClaims())), snapshot: nil, now: TestToken.now,
      policyFindings: nil)
    #expect(report.verdictLine == "AWS would ACCEPT")
    #expect(report.exitCode == 0)
  }

  @Test(arguments: [("aaa bbb ccc", 5), (String(repeating: "x", count: 30), 10), ("    fix: one  two three four five", 12)])
  func wrapNeverExceedsTheWidth(text: String, width: Int) {
    for line in CheckReportText.wrap(text, width: width, indent: 4) { #expect(line.count <= width, "\(line)") }
  }
}
