import FedCore
import Testing

/// Error messages as users pasted them in public reports (2013–2026), each with its source. Every
/// one must be recognised, with the candidates that explain it. `expect` holds rule ids, and
/// `code:<Code>` (a matched known message's code) or `cloud:<Cloud>` (recognised as not AWS).
@Suite struct PublicReportCorpusTests {
  struct Report: Sendable, CustomTestStringConvertible {
    var source: String
    var text: String
    var expect: [String]
    var testDescription: String { source }
  }

  static let reports: [Report] = [
    Report(
      source: "https://github.com/aws/aws-cli/issues/7194",
      text:
        #"An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements"#,
      expect: ["jwks-kid-not-found", "discovery-unreachable", "discovery-slow"]),
    Report(
      source: "https://github.com/awslabs/aws-sdk-rust/issues/827",
      text:
        #"<Error>\n    <Type>Sender</Type>\n    <Code>InvalidIdentityToken</Code>\n    <Message>Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements</Message>\n  </Error>"#,
      expect: ["jwks-kid-not-found", "jwks-unreachable"]),
    Report(
      source: "https://github.com/awslabs/aws-sdk-rust/issues/827 (Rust SDK service error)",
      text:
        #"service error: InvalidIdentityTokenException: Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements"#,
      expect: ["jwks-kid-not-found", "code:InvalidIdentityToken"]),
    Report(
      source: "https://github.com/aws/aws-sdk-php/issues/1725",
      text:
        "couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
      expect: ["jwks-kid-not-found"]),
    Report(
      source: "https://github.com/aws-samples/aws-secret-sidecar-injector/issues/30",
      text:
        "WebIdentityError: Failed to retrieve credentials.\ncaused by Invalid Identity token: No OpenIDConnect provider found in account",
      expect: ["iss-provider-mismatch"]),
    Report(
      source: "https://github.com/aws-actions/configure-aws-credentials/issues/280",
      text: "Error: No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com",
      expect: ["iss-provider-mismatch", "iss-not-https"]),
    Report(
      source: "https://github.com/aws/aws-sdk-js-v3/issues/5749 (EKS, GovCloud)",
      text:
        #""message":"No OpenIDConnect provider found in your account for https://oidc.eks.us-gov-west-1.amazonaws.com/id/0123456789ABCDEF"#,
      expect: ["iss-provider-mismatch"]),
    Report(
      source: "https://github.com/aws/aws-sdk-net/issues/1522",
      text:
        "Amazon.SecurityToken.AmazonSecurityTokenServiceException: Not authorized to perform sts:AssumeRoleWithWebIdentity ---> Amazon.Runtime.Internal.HttpErrorResponseException",
      expect: ["policy-denies-token", "policy-unusable-key"]),
    Report(
      source: "https://github.com/crossplane/crossplane/issues/5578 (Go SDK v2)",
      text:
        "failed to refresh cached credentials, failed to retrieve credentials, operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 403, RequestID: 4a8524d5-fc0e-46ff-9000-fd823d1b8661, api error AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity",
      expect: ["policy-denies-token", "code:AccessDenied"]),
    Report(
      source: "https://github.com/aws-actions/configure-aws-credentials/issues/1446",
      text: "Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity",
      expect: ["policy-denies-token", "sub-not-scoping"]),
    Report(
      source: "https://github.com/alphagov/govuk-infrastructure/pull/2282 (Ruby SDK)",
      text: "Not authorized to perform sts:AssumeRoleWithWebIdentity (Aws::STS::Errors::AccessDenied)",
      expect: ["policy-denies-token"]),
    Report(
      source: "https://github.com/sentry-kubernetes/charts/issues/514",
      text:
        "An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity",
      expect: ["policy-denies-token"]),
    Report(
      source: "https://github.com/aws/aws-sdk-js/issues/198",
      text:
        "<Code>IDPRejectedClaim</Code>\n    <Message>graph.facebook.com: graph.facebook.com responded with HTTP/1.1 400 Bad Request</Message>",
      expect: ["code:IDPRejectedClaim"]),
    Report(
      source: "https://github.com/unfunco/terraform-aws-oidc-github/issues/57 (Terraform)",
      text:
        "Error: creating IAM Role (github): operation error IAM: CreateRole, https response error StatusCode: 400, RequestID: c8c0d8c3-58f2-4f71-9b17-b84fa3cf65e5, MalformedPolicyDocument: Trust policy with trusted principal arn:aws:iam::358411131270:oidc-provider/token.actions.githubusercontent.com/myslug/myslug must evaluate, using StringEquals, StringLike or StringEqualsIgnoreCase, token.actions.githubusercontent.com/myslug/myslug:sub which is not scoped to all.",
      expect: ["policy-missing-sub", "code:MalformedPolicyDocument"]),
    Report(
      source: "https://github.com/aws-actions/configure-aws-credentials/issues/502",
      text: "Error: Missing a required claim: sub", expect: ["sub-missing"]),
    Report(
      source: "https://github.com/suzuki-shunsuke/tfaction/pull/1934",
      text:
        #"Error: Could not assume role with OIDC: 1 validation error detected: Value 'tfaction-plan-github/foo' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]*"#,
      expect: ["code:ValidationError"]),
    Report(
      source: "https://github.com/aws-actions/configure-aws-credentials/issues/1306",
      text:
        #"Could not assume role with OIDC: 1 validation error detected: Value 'dependabot[bot]' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]*"#,
      expect: ["code:ValidationError"]),
    Report(
      source: "https://github.com/prestodb/presto/issues/15621 (Java SDK v1)",
      text:
        #"com.amazonaws.services.securitytoken.model.AWSSecurityTokenServiceException: 2 validation errors detected: Value 'presto-s3a://my-bucket/my/path' at 'roleSessionName' failed to satisfy constraint: Member must have length less than or equal to 64; Value 'presto-s3a://my-bucket/my/path' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]* (Service: AWSSecurityTokenService; Status Code: 400; Error Code: ValidationError; Request ID: 3ecb3679-4da6-4dc1-89ed-5d707af6da21)"#,
      expect: ["code:ValidationError"]),
    Report(
      source: "https://github.com/youyo/awslogin/pull/20",
      text: "'roleSessionName' failed to satisfy constraint: Member must have length less than or equal to 64.",
      expect: ["code:ValidationError"]),
    Report(
      source: "https://github.com/JuliaCloud/AWSCore.jl/pull/38 (JSON error body)",
      text:
        #"{"Error":{"Code":"ValidationError","Message":"1 validation error detected: Value 'a:b' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*","Type":"Sender"}}"#,
      expect: ["code:ValidationError"]),
    Report(
      source: "https://github.com/zalando-stups/aws-credentials-service/issues/7 (botocore)",
      text:
        #"botocore.exceptions.ClientError: An error occurred (ValidationError) when calling the AssumeRole operation: 1 validation error detected: Value 'PowerUser/hjacobs' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]*"#,
      expect: ["code:ValidationError"]),
    Report(
      source: "https://github.com/MicrosoftDocs/azure-docs/issues/45025 (Java-style wrapper, SAML)",
      text:
        "RoleSessionName in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64} (Service: AWSSecurityTokenService; Status Code: 400; Error Code: InvalidIdentityToken; Request ID: e4c98f2d-22de-11ea-93e4-5bd61f438bf8)",
      expect: ["code:InvalidIdentityToken"]),
    Report(
      source: "https://github.com/kreuzwerker/awsu/issues/27 (Go SDK v1)",
      text:
        "ValidationError: The requested DurationSeconds exceeds the MaxSessionDuration set for this role.\n\tstatus code: 400, request id: 3ff3d68f-6d61-11e8-83f8-014ef402c6d5",
      expect: ["code:ValidationError"]),
    Report(
      source: "https://github.com/Nike-Inc/gimme-aws-creds/issues/54",
      text:
        "botocore.exceptions.ClientError: An error occurred (ValidationError) when calling the AssumeRoleWithSAML operation: The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
      expect: ["code:ValidationError"]),
    Report(
      source: "https://github.com/newscorpaus/consigliere/issues/18",
      text:
        "ValidationError: 2 validation errors detected: Value '' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20",
      expect: ["code:ValidationError"]),
    Report(
      source: "https://github.com/uswitch/kiam/issues/338 (Go SDK v1, client side)",
      text:
        "error retrieving credentials: InvalidParameter: 1 validation error(s) found.\n- minimum field size of 20, AssumeRoleInput.RoleArn.",
      expect: ["code:InvalidParameter"]),
    Report(
      source: "https://github.com/aws/containers-roadmap/issues/2413",
      text:
        #""errorCode": "PackedPolicyTooLargeException", "errorMessage": "Packed size of session tags consumes 112% of allotted space.""#,
      expect: ["session-tags-invalid", "code:PackedPolicyTooLarge"]),
    Report(
      source: "https://github.com/aws-actions/configure-aws-credentials/issues/1803",
      text: "AssumeRole fails with error message: Packed size of session tags consumes 142% of allotted space.",
      expect: ["session-tags-invalid"]),
    Report(
      source: "https://github.com/org-formation/org-formation-cli/issues/465",
      text:
        "RegionDisabledException: STS is not activated in this region for account:01234567890. Your account administrator can activate STS in this region using the IAM Console.",
      expect: ["code:RegionDisabledException"]),
    Report(
      source: "https://github.com/turbot/steampipe-plugin-aws/issues/1510 (Go SDK v2)",
      text:
        "operation error STS: AssumeRole, https response error StatusCode: 403, RequestID: a3556be4-6ace-479e-acd8-db5a74762c7c, RegionDisabledException: STS is not activated in this region for account:123456789012. Your account administrator can activate STS in this region using the IAM Console.",
      expect: ["code:RegionDisabledException"]),
    Report(
      source: "https://github.com/spinnaker/swabbie/pull/666 (Java SDK v1)",
      text:
        "com.amazonaws.services.securitytoken.model.RegionDisabledException: STS is not activated in this region for account:01234567890. Your account administrator can activate STS in this region using the IAM Console.",
      expect: ["code:RegionDisabledException"]),
    Report(
      source: "https://github.com/aws/aws-cdk/issues/11474 (JS SDK v2)",
      text:
        "message: 'STS is not activated in this region for account:XYZ. Your account administrator can activate STS in this region using the IAM Console.', code: 'RegionDisabledException'",
      expect: ["code:RegionDisabledException"]),
    Report(
      source: "https://github.com/aws-actions/configure-aws-credentials/issues/775",
      text: "Error: Incorrect token audience", expect: ["aud-not-registered", "aud-provider-default"]),
    Report(
      source: "https://github.com/awslabs/amazon-eks-irsa-cfn/pull/18",
      text: "An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience",
      expect: ["aud-not-registered"]),
    Report(
      source: "https://github.com/awslabs/aws-orbit-workbench/issues/707 (2021, no space)",
      text:
        "botocore.errorfactory.ExpiredTokenException: An error occurred (ExpiredTokenException) when calling the AssumeRoleWithWebIdentity operation: Token expired: current date/time 1624482533 must be before the expiration date/time1624482335",
      expect: ["token-expired"]),
    Report(
      source: "https://github.com/parseablehq/parseable/issues/604 (2024, with the space)",
      text:
        "<Code>ExpiredTokenException</Code>\n<Message>Token expired: current date/time 1704727025 must be before the expiration date/time 1704574064</Message>",
      expect: ["token-expired"]),
    Report(
      source: "https://github.com/mozilla-iam/mozilla-aws-cli/issues/146",
      text: "<Code>ExpiredTokenException</Code>\n    <Message>Token too old: 441398</Message>", expect: ["token-expired", "iat-missing"]),
    Report(
      source: "https://github.com/floci-io/floci/issues/3205 (STS model text)",
      text:
        "ExpiredTokenException: The web identity token that was passed is expired or is not valid. Get a new identity token from the identity provider and then retry the request.",
      expect: ["token-expired"]),
    Report(
      source: "https://github.com/aws-actions/configure-aws-credentials/pull/358",
      text: "Error: OpenIDConnect provider's HTTPS certificate doesn't match configured thumbprint", expect: ["tls-not-publicly-trusted"]),
    Report(
      source: "https://github.com/terraform-aws-modules/terraform-aws-eks/issues/2542",
      text: "OpenIDConnect provider's HTTPS certificate doesn't match configured thumbprint", expect: ["tls-not-publicly-trusted"]),
    Report(
      source: "https://github.com/MicrosoftDocs/azure-docs/pull/97700",
      text:
        "Error: : AADSTS70021: No matching federated identity record found for presented assertion. Assertion Issuer: 'https://token.actions.githubusercontent.com'. Assertion Subject: 'repo:jongio/ghazoidctest1:ref:refs/heads/main'. Assertion Audience: 'api://AzureADTokenExchange'.",
      expect: ["cloud:Microsoft Entra ID"]),
    Report(
      source: "https://github.com/Azure/login/issues/453",
      text:
        "Error: AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:RMI-PACTA/workflow.transition.monitor:ref:refs/heads/update-scenario-es'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.",
      expect: ["cloud:Microsoft Entra ID"]),
    Report(
      source: "https://github.com/Azure/login/issues/517",
      text: "Error: AADSTS7002138: No matching federated identity record found for presented assertion subject",
      expect: ["cloud:Microsoft Entra ID"]),
    Report(
      source: "https://github.com/google-github-actions/auth/issues/60",
      text:
        #"ERROR: gcloud crashed (OAuthError): ('Error code invalid_request: Invalid value for "audience". This value should be the full resource name of the Identity Provider. See https://cloud.google.com/iam/docs/reference/sts/rest/v1/TopLevel/token for the list of possible formats.'"#,
      expect: ["cloud:Google Cloud"]),
    Report(
      source: "https://github.com/google-github-actions/auth/issues/29",
      text:
        #"ERROR: gcloud crashed (OAuthError): ('Error code invalid_grant: The audience in JWT does not match the expected values.', '{"error":"invalid_grant","error_description":"The audience in JWT does not match the expected values."}')"#,
      expect: ["cloud:Google Cloud"]),
    Report(
      source: "https://github.com/google-github-actions/auth/issues/334",
      text:
        #"ERROR: (gcloud.config.set) There was a problem refreshing your current auth tokens: ('Error code invalid_target: The target service indicated by the "audience" parameters is invalid. This might either be because the pool or provider is disabled or deleted or because it doesn't exist.'"#,
      expect: ["cloud:Google Cloud"]),
    Report(
      source: "https://github.com/artis3n/course-vault-github-oidc/pull/21",
      text: #"{"errors":["audience claim found in JWT but no audiences bound to the role"]}"#, expect: ["cloud:HashiCorp Vault"]),
    Report(
      source: "https://github.com/hashicorp/vault-plugin-auth-jwt/issues/12",
      text: #"{"errors":["sub claim does not match bound subject"]}"#, expect: ["cloud:HashiCorp Vault"]),
    Report(
      source: "https://github.com/hashicorp/vault/issues/8376",
      text: "Token verification failed. error validating claims: aud claim does not match any bound audience",
      expect: ["cloud:HashiCorp Vault"]),
    Report(
      source: "https://github.com/hashicorp/vault/issues/27343",
      text: "* error validating token: error verifying token signature: fetching keys oidc: get keys failed: 404 Not Found",
      expect: ["cloud:HashiCorp Vault"]),
  ]

  @Test func theTableHoldsForty() {
    #expect(Self.reports.count >= 40)
    #expect(Set(Self.reports.map(\.text)).count == Self.reports.count)
    for r in Self.reports { #expect(r.source.hasPrefix("https://"), "\(r.source)") }
  }

  @Test(arguments: reports)
  func recognisedWithTheRightCandidates(_ report: Report) {
    let e = Explainer.explain(report.text)
    #expect(e.recognised, "\(report.source)")
    let ids = Set(e.ruleIDs.map(\.rawValue))
    let codes = Set(e.matches.map(\.code))
    for want in report.expect {
      if want.hasPrefix("code:") {
        #expect(codes.contains(String(want.dropFirst(5))), "\(report.source): \(codes)")
      } else if want.hasPrefix("cloud:") {
        let cloud = String(want.dropFirst(6))
        #expect(e.isNotAWS && e.otherClouds == [cloud], "\(report.source): \(e.otherClouds)")
      } else {
        #expect(ids.contains(want), "\(report.source): \(ids.sorted())")
      }
    }
    if !report.expect.contains(where: { $0.hasPrefix("cloud:") }) { #expect(!e.isNotAWS, "\(report.source)") }
  }
}

/// Texts from AWS's own sources rather than user reports (botocore STS model error shapes; the
/// role-pinning refusal as awsteele.com 2026-07-13 describes it, naming the roles claim).
@Suite struct STSModelTextTests {
  @Test(arguments: [
    ("IDPCommunicationError: The identity provider could not be reached. Retry the request.", "discovery-unreachable"),
    ("InvalidIdentityToken: the role is not listed in the https://aws.amazon.com/roles claim", "token-roles-exclude-role"),
  ])
  func recognised(text: String, rule: String) {
    let e = Explainer.explain(text)
    #expect(e.ruleIDs.map(\.rawValue).contains(rule), "\(e.ruleIDs)")
    #expect(!e.isNotAWS)
  }
}
