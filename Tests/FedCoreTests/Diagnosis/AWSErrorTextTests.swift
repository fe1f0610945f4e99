import FedCore
import Testing

/// The predicted texts, written out from their sources (not from the code).
@Suite struct AWSErrorTextTests {
  @Test func textsMatchTheirSources() {
    // aws/aws-sdk-java-v2#5709 and parseablehq/parseable#604: current STS prints the space.
    #expect(
      AWSErrorText.expired(now: 1_704_727_025, exp: 1_704_574_064)
        == "ExpiredTokenException: Token expired: current date/time 1704727025 must be before the expiration date/time 1704574064")
    // kubeflow/kubeflow#6687.
    #expect(AWSErrorText.trustPolicyQuota == "LimitExceeded: Cannot exceed quota for ACLSizePerRole: 2048")
    // aws/aws-cli#7194 (two spaces after the comma).
    #expect(
      AWSErrorText.verificationKey
        == "InvalidIdentityToken: Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements"
    )
    // aws-actions/configure-aws-credentials#280.
    #expect(
      AWSErrorText.noProvider("https://token.actions.githubusercontent.com")
        == "InvalidIdentityToken: No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com")
    // kreuzwerker/awsu#27.
    #expect(
      AWSErrorText.durationExceedsMax
        == "ValidationError: The requested DurationSeconds exceeds the MaxSessionDuration set for this role.")
  }
}
