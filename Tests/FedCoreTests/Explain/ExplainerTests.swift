import FedCore
import Testing

@Suite struct ExplainerTests {
  @Test(arguments: [
    (
      "An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Missing a required claim: aud",
      RuleID.audMissing
    ),
    ("Error: Could not assume role with OIDC: Incorrect token audience", .audNotRegistered),
    (
      "InvalidIdentityToken: Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
      .jwksKidNotFound
    ),
    (
      "Couldn't retrieve verification key from your identity provider, please reference AssumeRoleWithWebIdentity documentation for requirements",
      .discoveryUnreachable
    ),
    ("Error: No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com", .issProviderMismatch),
    (
      "An error occurred (ExpiredTokenException) when calling the AssumeRoleWithWebIdentity operation: Token expired: current date/time 1734345407 must be before the expiration date/time1734345347",
      .tokenExpired
    ),
    (
      "Credentials could not be loaded, please check your action inputs: Not authorized to perform sts:AssumeRoleWithWebIdentity",
      .policyDeniesToken
    ),
    ("InvalidIdentityToken: OpenIDConnect provider's HTTPS certificate doesn't match configured thumbprint", .tlsNotPubliclyTrusted),
    ("Parameter validation failed:\nInvalid length for parameter WebIdentityToken, value: 0, valid min length: 4", .tokenLength),
    (
      "An error occurred (MalformedPolicyDocument) when calling the CreateRole operation: Trust policy with trusted principal arn:aws:iam::1:oidc-provider/gitlab.com must evaluate, using StringEquals, StringLike or StringEqualsIgnoreCase, gitlab.com:sub which is not scoped to all.",
      .policyMissingSub
    ),
    ("InvalidIdentityToken: Missing a required claim: sub", .subMissing),
  ])
  func recognised(text: String, rule: RuleID) {
    let e = Explainer.explain(text)
    #expect(e.recognised)
    #expect(e.ruleIDs.contains(rule), "\(e.ruleIDs)")
    #expect(!e.commands.isEmpty)
  }

  @Test func prefixesAreStrippedAndCodeKept() {
    let e = Explainer.explain(
      "An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Missing a required claim: aud")
    #expect(e.message == "Missing a required claim: aud")
    #expect(e.code == "InvalidIdentityToken")
    #expect(e.commands == ["fedtui check --token-file -"])
  }

  @Test func issuerFromTheMessageFillsTheCommand() {
    let e = Explainer.explain("No OpenIDConnect provider found in your account for https://gitlab.example.com")
    #expect(e.commands.first?.hasSuffix("--issuer https://gitlab.example.com") == true)
  }

  @Test func unknownTextGetsNearestMessages() {
    let e = Explainer.explain("the token audience was incorrect somehow")
    #expect(!e.recognised)
    #expect(e.ruleIDs.isEmpty)
    #expect(e.nearest.first?.message == "Incorrect token audience")
  }

  @Test func everyCandidateIsACatalogRule() {
    for known in KnownAWSError.all {
      #expect(!known.causes.isEmpty)
      #expect(known.command.hasPrefix("fedtui "))
    }
  }
}
