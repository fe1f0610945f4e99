/// The stable rule ids of `spec/findings.md`. A public contract: never rename or reuse one.
public enum RuleID: String, Sendable, Equatable, Hashable, CaseIterable, Comparable {
  // Token shape
  case tokenMalformed = "token-malformed"
  case tokenCleaned = "token-cleaned"
  case tokenEncrypted = "token-encrypted"
  case tokenLength = "token-length"
  case algUnsupported = "alg-unsupported"
  case kidMissing = "kid-missing"
  case timeNotInteger = "time-not-integer"
  case expMissing = "exp-missing"
  case iatMissing = "iat-missing"
  case tokenExpired = "token-expired"
  case tokenNotYetValid = "token-not-yet-valid"
  case subMissing = "sub-missing"
  // Issuer and discovery
  case issMissing = "iss-missing"
  case issNotHTTPS = "iss-not-https"
  case issURLInvalid = "iss-url-invalid"
  case issDiscoveryMismatch = "iss-discovery-mismatch"
  case issProviderMismatch = "iss-provider-mismatch"
  case issuerNotPublic = "issuer-not-public"
  case discoveryUnreachable = "discovery-unreachable"
  case discoveryInvalid = "discovery-invalid"
  case discoverySlow = "discovery-slow"
  case jwksURINotHTTPS = "jwks-uri-not-https"
  case tlsNotPubliclyTrusted = "tls-not-publicly-trusted"
  // Keys and signature
  case jwksUnreachable = "jwks-unreachable"
  case jwksInvalid = "jwks-invalid"
  case jwksKidNotFound = "jwks-kid-not-found"
  case jwksKeyWithoutKid = "jwks-key-without-kid"
  case jwksTooManyKeys = "jwks-too-many-keys"
  case jwksNoCache = "jwks-no-cache"
  case jwksWeakKey = "jwks-weak-key"
  case jwksDuplicateKid = "jwks-duplicate-kid"
  case jwksExponentTooLarge = "jwks-exponent-too-large"
  case keyAlgMismatch = "key-alg-mismatch"
  case signatureInvalid = "signature-invalid"
  case signatureVerified = "signature-verified"
  // Audience
  case audMissing = "aud-missing"
  case audNotRegistered = "aud-not-registered"
  case audMultiple = "aud-multiple"
  case azpDiffers = "azp-differs"
  /// `aud` is a CI system's default meant for other services (GitHub's `https://github.com/<owner>`),
  /// almost never registered as a client ID.
  case audProviderDefault = "aud-provider-default"
  /// The partition's default audience differs from the token's (`aws-cn` uses `sts.amazonaws.com.cn`).
  case audPartitionMismatch = "aud-partition-mismatch"
  /// The pasted JWT is a CI job token (GitLab `CI_JOB_TOKEN`), not an OIDC ID token.
  case tokenNotIDToken = "token-not-id-token"
  /// The token carries `https://aws.amazon.com/roles`: STS refuses any role not listed.
  case tokenRoles = "token-roles"
  /// The role being assumed is not in the token's `https://aws.amazon.com/roles` list.
  case tokenRolesExcludeRole = "token-roles-exclude-role"
  /// A GitLab fork merge-request pipeline: `project_*` names the fork, `job_project_*` the project the job runs in.
  case gitlabForkPipeline = "gitlab-fork-pipeline"
  // Claims and conditions
  case claimNotConditionable = "claim-not-conditionable"
  case subNotScoping = "sub-not-scoping"
  case sessionTagsInvalid = "session-tags-invalid"
  case sessionTagsNeedTagSession = "session-tags-need-tagsession"
  /// `sub` is not what the provider's default template gives for the token's claims (a custom
  /// template, GitHub's immutable-ID form, an environment job): trust-policy patterns must match the actual one.
  case subNonDefault = "sub-non-default"
  // Trust policy
  case policyInvalid = "policy-invalid"
  case policyPrincipalMismatch = "policy-principal-mismatch"
  case policyActionMismatch = "policy-action-mismatch"
  case policyKeyPrefixMismatch = "policy-key-prefix-mismatch"
  case policyMissingAud = "policy-missing-aud"
  case policyMissingSub = "policy-missing-sub"
  case policySubTooBroad = "policy-sub-too-broad"
  case policyWildcardWithoutLike = "policy-wildcard-without-like"
  case policyForAllValuesSingleValued = "policy-forallvalues-single-valued"
  case policyUnusableKey = "policy-unusable-key"
  case policyTooLarge = "policy-too-large"
  case policyTagSessionMissing = "policy-tagsession-missing"
  /// A `sub` pattern the provider's `sub` grammar can never produce (failure story 13).
  case policySubUnmatchable = "policy-sub-unmatchable"
  /// A GitHub `sub` pattern names the repository by name only: a rename switches it to the immutable form.
  case policySubNameBased = "policy-sub-name-based"
  case policyDeniesToken = "policy-denies-token"
  case policyAllowsToken = "policy-allows-token"

  // The deployed AWS side (`check --role-arn`, `--sts-probe`)
  case providerNotRegistered = "provider-not-registered"
  case roleNotFound = "role-not-found"
  case providerThumbprintMismatch = "provider-thumbprint-mismatch"
  case sessionDurationTooLong = "session-duration-too-long"
  case sessionNameInvalid = "session-name-invalid"
  case awsReadFailed = "aws-read-failed"
  case predictionDiffers = "prediction-differs"

  // Account-wide audit (`fedtui audit`)
  /// A role's `Federated` principal names an OIDC provider the account does not have.
  case accountRoleProviderMissing = "account-role-provider-missing"
  /// An OIDC provider no role of the account trusts.
  case accountProviderUnused = "account-provider-unused"
  /// A provider client ID that no trusting role's `aud` condition admits.
  case accountClientIDUnused = "account-client-id-unused"
  /// A `sub` value, at any position, that admits any repository or project.
  case policySubWildcardAnywhere = "policy-sub-wildcard-anywhere"
  /// A GitHub (github.com) `sub` pattern naming the repository by name (broken or handed over by a rename).
  case policySubMutable = "policy-sub-mutable"

  public static func < (a: RuleID, b: RuleID) -> Bool { a.rawValue < b.rawValue }
}
