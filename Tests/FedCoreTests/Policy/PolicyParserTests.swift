import Testing

@testable import FedCore

@Suite struct PolicyParserTests {
  @Test func acceptsShorthandsAndKeepsOrder() throws {
    let text = """
      {"Version": "2012-10-17", "Statement": {"Sid": "A", "Effect": "Allow",
        "Principal": {"Federated": ["arn:aws:iam::123456789012:oidc-provider/a.example", "arn:aws:iam::123456789012:oidc-provider/b.example"]},
        "Action": ["sts:AssumeRoleWithWebIdentity", "sts:TagSession"],
        "Condition": {"StringLike": {"a.example:sub": ["x", "y"], "a.example:aud": "z"}, "Null": {"a.example:amr": true}}}}
      """
    let doc = try PolicyParser.parse(text).get()
    #expect(doc.version == "2012-10-17")
    #expect(doc.statements.count == 1)
    let s = doc.statements[0]
    #expect(s.sid == "A")
    #expect(s.principal.federated.count == 2)
    #expect(s.actions == ["sts:AssumeRoleWithWebIdentity", "sts:TagSession"])
    #expect(s.conditions.map(\.key) == ["a.example:sub", "a.example:aud", "a.example:amr"])
    #expect(s.conditions[0].values == ["x", "y"])
    #expect(s.conditions[2].op == ConditionOperator(.null))
    #expect(s.conditions[2].values == ["true"])
  }

  @Test func countsCharactersWithoutWhitespace() throws {
    let doc = try PolicyParser.parse("{ \"Statement\" :\n [ {\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"a b\"} ] }").get()
    #expect(doc.nonWhitespaceLength == "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"ab\"}]}".count)
  }

  static let invalid: [(String, String)] = [
    ("not json", "the policy is not valid JSON"),
    ("[1]", "the policy is a JSON array"),
    (#"{"Version": "2012-10-17"}"#, "the policy has no Statement"),
    (#"{"Statement": []}"#, "Statement is an empty array"),
    (#"{"Version": "2020-01-01", "Statement": {}}"#, "Version must be"),
    (#"{"Statement": {"Effect": "allow", "Principal": "*", "Action": "x"}}"#, "statement 1 needs \"Effect\""),
    (#"{"Statement": {"Effect": "Allow", "Action": "x"}}"#, "statement 1 has no Principal"),
    (#"{"Statement": {"Effect": "Allow", "NotPrincipal": "*", "Action": "x"}}"#, "NotPrincipal"),
    (#"{"Statement": {"Effect": "Allow", "Principal": "*", "Action": "x", "Resource": "*"}}"#, "Resource element"),
    (#"{"Statement": {"Effect": "Allow", "Principal": "*"}}"#, "statement 1 has no Action"),
    (#"{"Statement": {"Effect": "Allow", "Principal": "*", "Action": []}}"#, "non-empty array"),
    (#"{"Statement": {"Effect": "Allow", "Principal": {"Federated": 1}, "Action": "x"}}"#, "Principal.Federated"),
    (
      #"{"Statement": {"Sid": "S", "Effect": "Allow", "Principal": "*", "Action": "x", "Condition": {"StringEqual": {"k": "v"}}}}"#,
      "statement 1 (\"S\") uses the unknown condition operator \"StringEqual\""
    ),
    (
      #"{"Statement": {"Effect": "Allow", "Principal": "*", "Action": "x", "Condition": {"StringEquals": {"k": {}}}}}"#, "contains a object"
    ),
    (
      #"{"Statement": {"Effect": "Allow", "Principal": "*", "Action": "x", "Condition": {"StringEquals": {"k": []}}}}"#,
      "empty list of values"
    ),
    (#"{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "x"}, 7]}"#, "statement 2 is a integer"),
    (#"{"Statment": []}"#, "unknown top-level element \"Statment\""),
  ]

  @Test(arguments: invalid) func rejectsWithASentence(text: String, fragment: String) {
    guard case .failure(let error) = PolicyParser.parse(text) else {
      Issue.record("expected a parse error for \(text)")
      return
    }
    #expect(error.message.contains(fragment), "\(error.message)")
  }

  @Test func rendererRoundTrips() throws {
    let text = """
      {"Version": "2012-10-17", "Statement": [{"Sid": "A", "Effect": "Deny", "Principal": {"Federated": "f"}, "NotAction": ["a", "b"], "Condition": {"StringLike": {"k": "v"}, "ForAllValues:StringEquals": {"t": ["1", "2"]}}}]}
      """
    let doc = try PolicyParser.parse(text).get()
    let again = try PolicyParser.parse(PolicyRenderer.text(doc)).get()
    #expect(again.statements == doc.statements)
  }
}
