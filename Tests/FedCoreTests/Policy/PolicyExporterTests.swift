import Testing

@testable import FedCore

/// Deterministic checks of the exporters' text; the real tools check them in `PolicyExportToolTests`.
@Suite struct PolicyExporterTests {
  static let spec = TrustPolicySpec(
    provider: .generic, issuer: "https://ci.example.com/oidc", accountID: "123456789012", partition: .awsUSGov,
    audiences: ["it's", "${aud}"], scope: .generic(["job:%{x}:'q'"]), sessionTags: true, maxSessionDuration: 43200, roleName: "r",
    thumbprints: ["6938fd4d98bab03faadb97b34396831e3780aea1"])

  @Test func jsonIsThePolicyAlone() throws {
    let text = PolicyExporter.export(Self.spec, format: .json)
    let document = try PolicyParser.parse(text).get()
    #expect(document.statements[0].principal.federated == ["arn:aws-us-gov:iam::123456789012:oidc-provider/ci.example.com/oidc"])
    #expect(document.statements[0].actions == ["sts:AssumeRoleWithWebIdentity", "sts:TagSession"])
    #expect(document.statements[0].conditions.map(\.key) == ["ci.example.com/oidc:aud", "ci.example.com/oidc:sub"])
    #expect(text == PolicyExporter.export(Self.spec, format: .json))
  }

  @Test func scriptQuotesEveryValue() {
    let script = PolicyExporter.export(Self.spec, format: .awsCLI)
    #expect(script.hasPrefix("#!/usr/bin/env bash\n"))
    #expect(script.contains(#""ClientIDList":["it'\''s","${aud}"]"#))
    #expect(script.contains(#""ThumbprintList":["6938fd4d98bab03faadb97b34396831e3780aea1"]"#))
    #expect(script.contains("--max-session-duration 43200"))
    #expect(script.contains(#"job:%{x}:'\''q'\''"#))
    // One add-client-id line per audience for an existing provider.
    #expect(script.split(separator: "\n").filter { $0.contains("add-client-id-to-open-id-connect-provider") }.count == 2)
  }

  @Test func terraformEscapesInterpolation() {
    let tf = PolicyExporter.export(Self.spec, format: .terraform)
    #expect(tf.contains(#"client_id_list = ["it's", "$${aud}"]"#))
    #expect(tf.contains(#""ci.example.com/oidc:sub" = "job:%%{x}:'q'""#))
    #expect(tf.contains("Federated = aws_iam_openid_connect_provider.ci.arn"))
    #expect(tf.contains("max_session_duration = 43200"))
  }

  @Test func cloudFormationRefersToTheProvider() {
    let yaml = PolicyExporter.export(Self.spec, format: .cloudformation)
    #expect(yaml.contains("Federated: !Ref OIDCProvider"))
    #expect(yaml.contains(#"Type: "AWS::IAM::OIDCProvider""#))
    #expect(yaml.contains(#""ci.example.com/oidc:sub": "job:%{x}:'q'""#))
    #expect(yaml.contains("ThumbprintList:\n        - \"6938fd4d98bab03faadb97b34396831e3780aea1\""))
  }
}
