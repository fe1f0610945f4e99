/// The AWS error messages `explain` recognises, with the rules that can cause each
/// (`spec/findings.md` "Explaining an AWS error"; texts from `spec/aws-oidc-rules.md` §0 and
/// `spec/failure-stories.md`).
public struct KnownAWSError: Sendable, Equatable {
  /// The error code STS/IAM returns (`InvalidIdentityToken`, `AccessDenied`, …), or the tool's name.
  public var code: String
  /// The message as AWS prints it.
  public var message: String
  /// A distinctive fragment of `message` that identifies it in pasted text.
  public var fragment: String
  /// Each rule that can cause the message, with what to check.
  public var causes: [Cause]
  /// The FedTUI invocation that confirms (placeholders in angle brackets).
  public var command: String
  /// The cloud that printed the message: "AWS", or another one ("Google Cloud", "Microsoft
  /// Entra ID", "HashiCorp Vault") for messages recognised as *not AWS*.
  public var cloud: String

  /// One candidate rule and what to look at.
  public struct Cause: Sendable, Equatable {
    public var rule: RuleID?
    public var check: String
    public init(_ rule: RuleID?, _ check: String) {
      self.rule = rule
      self.check = check
    }
  }

  public init(code: String, message: String, fragment: String? = nil, causes: [Cause], command: String, cloud: String = "AWS") {
    self.code = code
    self.message = message
    self.fragment = fragment ?? message
    self.causes = causes
    self.command = command
    self.cloud = cloud
  }

  /// True for a message from AWS (STS, IAM, an AWS SDK or tool).
  public var isAWS: Bool { cloud == "AWS" }
}

extension KnownAWSError {
  static let check = "fedtui check --token-file - --issuer <issuer-url>"

  /// Every message `explain` knows, most specific first.
  public static let all: [KnownAWSError] = core + stsRequestValidation + roleAndIdP + notAWS

  /// The token, provider and trust-policy messages.
  static let core: [KnownAWSError] = [
    KnownAWSError(
      code: "InvalidIdentityToken", message: "Missing a required claim: aud",
      causes: [Cause(.audMissing, "decode the token: it has no aud (GitLab CI_JOB_JWT v1 never had one; use id_tokens: with aud)")],
      command: "fedtui check --token-file -"),
    KnownAWSError(
      code: "InvalidIdentityToken", message: "Missing a required claim: sub",
      causes: [Cause(.subMissing, "the pasted value is probably not the ID token (e.g. ACTIONS_ID_TOKEN_REQUEST_TOKEN)")],
      command: "fedtui check --token-file -"),
    KnownAWSError(
      code: "InvalidIdentityToken", message: "Incorrect token audience",
      causes: [
        Cause(
          .audNotRegistered,
          "the token's aud against the IAM provider's client IDs (typos, trailing slash, GitHub's default https://github.com/<owner>)"),
        Cause(.azpDiffers, "an azp claim that differs from aud: STS may match azp"),
        Cause(.audMultiple, "an aud array of two or more values: STS's handling is unconfirmed"),
        Cause(.audProviderDefault, "GitHub's default aud https://github.com/<owner> when the job requested no audience"),
        Cause(.audPartitionMismatch, "aws-cn expects sts.amazonaws.com.cn (GitHub → China)"),
      ],
      command: "fedtui check --token-file - --audience <client-id-registered-in-IAM>"),
    KnownAWSError(
      code: "InvalidIdentityToken",
      message:
        "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
      fragment: "Couldn't retrieve verification key from your identity provider",
      causes: [
        Cause(
          .jwksKidNotFound, "the token's kid against the JWKS at discovery's jwks_uri, and where else the key is published (GitLab /-/jwks)"
        ),
        Cause(.discoveryUnreachable, "whether <issuer>/.well-known/openid-configuration is publicly reachable over TLS"),
        Cause(.jwksUnreachable, "whether jwks_uri is publicly reachable"),
        Cause(.discoverySlow, "whether discovery + JWKS take over 5 s"),
        Cause(.jwksNoCache, "Cache-Control: no-cache / max-age=0 or Pragma: no-cache on the JWKS (intermittent failures)"),
        Cause(.discoveryInvalid, "that discovery is JSON with issuer and jwks_uri"),
        Cause(.jwksInvalid, "that the JWKS is JSON with a keys array"),
        Cause(.issDiscoveryMismatch, "that discovery's issuer equals the token's iss exactly"),
        Cause(.algUnsupported, "that alg is RS256/384/512 or ES256/384/512"),
        Cause(.keyAlgMismatch, "that the key with the kid matches the alg"),
        Cause(.jwksKeyWithoutKid, "that every JWK has a kid"),
      ],
      command: check),
    KnownAWSError(
      code: "InvalidIdentityToken", message: "No OpenIDConnect provider found in your account for <issuer>",
      fragment: "No OpenIDConnect provider found",
      causes: [
        Cause(nil, "EKS / IRSA: " + KnownProviders.eksNoProviderFix),
        Cause(.issProviderMismatch, "the IAM provider URL against the token's iss, byte for byte (host, path, trailing slash, case)"),
        Cause(.issNotHTTPS, "that iss starts with https:// (IAM cannot register anything else)"),
        Cause(.issURLInvalid, "that iss has no port, query or fragment"),
        Cause(nil, "that the provider is in the same account as the role"),
      ],
      command: "fedtui check --token-file - --provider-url <IAM provider URL or ARN>"),
    KnownAWSError(
      code: "InvalidIdentityToken", message: "OpenIDConnect provider's HTTPS certificate doesn't match configured thumbprint",
      causes: [Cause(.tlsNotPubliclyTrusted, "the served chain's top-certificate SHA-1 against the provider's ThumbprintList")],
      command: "fedtui thumbprint <jwks_uri host URL>"),
    KnownAWSError(
      code: "ExpiredTokenException", message: "Token expired: current date/time <now> must be before the expiration date/time <exp>",
      fragment: "Token expired",
      causes: [Cause(.tokenExpired, "exp against the clock (5 minutes of grace); mint the token right before the call")],
      command: "fedtui check --token-file -"),
    KnownAWSError(
      code: "ExpiredTokenException",
      message: "The web identity token that was passed is expired or is not valid.",
      fragment: "web identity token that was passed is expired",
      causes: [
        Cause(.tokenExpired, "exp against the clock (5 minutes of grace)"), Cause(.timeNotInteger, "that exp and iat are integers"),
      ],
      command: "fedtui check --token-file -"),
    KnownAWSError(
      code: "ExpiredTokenException", message: "Token too old: <seconds>", fragment: "Token too old",
      causes: [
        Cause(.tokenExpired, "the token's age since iat (the threshold is unconfirmed)"), Cause(.iatMissing, "that iat is present"),
      ],
      command: "fedtui check --token-file -"),
    KnownAWSError(
      code: "AccessDenied", message: "Not authorized to perform sts:AssumeRoleWithWebIdentity",
      causes: [
        Cause(.policyDeniesToken, "each trust-policy condition against the token's claims"),
        Cause(.claimNotConditionable, "conditions on claims IAM does not evaluate for this issuer"),
        Cause(.policyUnusableKey, "condition keys that never match"),
        Cause(.policyWildcardWithoutLike, "* or ? under StringEquals"),
        Cause(.policyPrincipalMismatch, "Principal.Federated against the provider ARN"),
        Cause(.policyTagSessionMissing, "sts:TagSession when the token carries session tags"),
        Cause(.subNotScoping, "the token's actual sub (GitHub environment jobs use :environment:, not :ref:)"),
      ],
      command: "fedtui check --token-file - --policy-file <trust-policy.json>"),
    KnownAWSError(
      code: "MalformedPolicyDocument",
      message:
        "Trust policy with trusted principal <arn> must evaluate, using StringEquals, StringLike or StringEqualsIgnoreCase, <provider>:sub … which is not scoped to all.",
      fragment: "must evaluate, using StringEquals, StringLike or StringEqualsIgnoreCase",
      causes: [
        Cause(
          .policyMissingSub,
          "a StringEquals/StringLike condition on <principal host/path>:sub, named after the principal (shared issuers "
            + "require it, GitHub's enterprise /<slug> issuers included); only the first value is checked")
      ],
      command: "fedtui policy evaluate --policy-file <trust-policy.json> --token-file -"),
    KnownAWSError(
      code: "ValidationError", message: "Invalid length for parameter WebIdentityToken, value: 0, valid min length: 4",
      fragment: "Invalid length for parameter WebIdentityToken",
      causes: [Cause(.tokenLength, "the token variable is empty (GitLab 17.0 removed CI_JOB_JWT*; use id_tokens:)")],
      command: "fedtui check --token-file -"),
    KnownAWSError(
      code: "IDPCommunicationError", message: "The identity provider could not be reached", fragment: "IDPCommunicationError",
      causes: [Cause(.discoveryUnreachable, "reachability of discovery"), Cause(.discoverySlow, "latency of discovery + JWKS")],
      command: check),
    KnownAWSError(
      code: "GitLab", message: "Could not connect to openid configuration of provider",
      causes: [
        Cause(.discoveryUnreachable, "the instance's TLS chain (complete, in order) and public reachability"),
        Cause(.tlsNotPubliclyTrusted, "whether the chain verifies against public roots"),
      ],
      command: check),
    KnownAWSError(
      code: "IAM console", message: "Please check .well-known/openid-configuration of provider: <url> is valid",
      fragment: "Please check .well-known/openid-configuration",
      causes: [Cause(.discoveryUnreachable, "reachability of discovery"), Cause(.discoveryInvalid, "that discovery is valid JSON")],
      command: check),
    KnownAWSError(
      code: "configure-aws-credentials", message: "Could not load credentials from any providers",
      causes: [Cause(nil, "GitHub: the job needs permissions: id-token: write (no token was minted)")],
      command: "fedtui check --token-file - (once a token is minted)"),
    KnownAWSError(
      code: "@actions/core", message: "Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable",
      fragment: "ACTIONS_ID_TOKEN_REQUEST_URL",
      causes: [Cause(nil, "GitHub: add permissions: id-token: write; fork PRs and Dependabot runs get none")],
      command: "fedtui check --token-file - (once a token is minted)"),
  ]
}
