import FedCore
import Foundation
import Testing

/// `fedtui policy generate --token-file`: stdout holds only the chosen format, stderr the inferences.
@Suite struct PolicyGenerateFromTokenTests {
  static func token(_ claims: String) -> String {
    let header = Base64URL.encode(Array(#"{"alg":"RS256","kid":"k1"}"#.utf8))
    return "\(header).\(Base64URL.encode(Array(claims.utf8))).c2ln"
  }

  static let github = token(
    #"{"iss":"https://token.actions.githubusercontent.com","aud":"sts.amazonaws.com","sub":"repo:octo/app:environment:prod","#
      + #""repository":"octo/app","environment":"prod","ref":"refs/heads/main","exp":1900000000}"#)

  @Test func stdoutIsThePolicyAndStderrSaysWhy() throws {
    let run = try PolicyCommandTests.fedtui(
      ["policy", "generate", "--token-file", "-", "--role-arn", "arn:aws:iam::123456789012:role/deploy"], stdin: Self.github)
    #expect(run.code == 0, "\(run.errors)")
    let policy = try PolicyParser.parse(run.output).get()
    let claims = try TokenDecoder.decode(Self.github).get().claims
    #expect(PolicyEvaluator.evaluate(policy, claims: claims, issuer: "https://token.actions.githubusercontent.com").allowed)
    #expect(run.output.contains("repo:octo/app:environment:prod"))
    #expect(run.errors.contains("fedtui: inferred environment prod"))
    #expect(run.errors.contains("fedtui: inferred provider github"))
    #expect(!run.errors.contains(Self.github), "the token is echoed")
  }

  @Test func githubWorkflowNamesTheRoleARNAndEnvironment() throws {
    let run = try PolicyCommandTests.fedtui(
      [
        "policy", "generate", "--token-file", "-", "--role-arn", "arn:aws:iam::123456789012:role/ci/deploy", "--format", "github-workflow",
        "--region", "eu-west-1",
      ], stdin: Self.github)
    #expect(run.code == 0, "\(run.errors)")
    #expect(run.output.contains(#"role-to-assume: "arn:aws:iam::123456789012:role/ci/deploy""#))
    #expect(run.output.contains(#"environment: "prod""#) && run.output.contains(#"aws-region: "eu-west-1""#))
  }

  static let bad: [([String], String)] = [
    (["--token-file", "-"], "--account-id"),
    (["--token-file", "-", "--role-arn", "arn:aws:iam::123456789012:user/x"], "--role-arn"),
    (["--token-file", "-", "--role-arn", "arn:aws:iam::123456789012:role/x", "--account-id", "210987654321"], "--account-id"),
    (["--token-file", "-", "--role-arn", "arn:aws:iam::123456789012:role/x", "--partition", "aws-cn"], "--partition"),
    (["--token-file", "-", "--account-id", "123456789012", "--provider", "gitlab"], "--provider"),
    (["--account-id", "123456789012"], "--provider"),
  ]

  @Test(arguments: bad) func badInputNamesTheFlag(arguments: [String], flag: String) throws {
    let run = try PolicyCommandTests.fedtui(["policy", "generate"] + arguments, stdin: Self.github)
    #expect(run.code == 2)
    #expect(run.output.isEmpty)
    #expect(run.errors.hasPrefix("fedtui: \(flag)"), "\(run.errors)")
    #expect(run.errors.split(separator: "\n").count == 1)
  }

  @Test func aTokenThatCannotBeReadNamesTheFile() throws {
    let run = try PolicyCommandTests.fedtui(
      ["policy", "generate", "--token-file", "-", "--account-id", "123456789012"], stdin: "not-a-jwt")
    #expect(run.code == 2 && run.errors.hasPrefix("fedtui: --token-file -:"), "\(run.errors)")
  }
}
