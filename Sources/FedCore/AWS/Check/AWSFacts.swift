/// One IAM read that failed, kept apart from AWS's verdict on the token.
public struct AWSReadFailure: Sendable, Equatable {
  /// The IAM action, e.g. `iam:GetRole`.
  public var action: String
  /// What went wrong, one sentence (never a credential).
  public var reason: String
  /// What to do about it.
  public var fix: String
  public init(action: String, reason: String, fix: String) {
    self.action = action
    self.reason = reason
    self.fix = fix
  }
}

/// Where an input of the check came from: `flag` (the operator typed it), `iam` (read from the
/// account), or `none`.
public enum InputSource: String, Sendable, Equatable {
  case flag, iam, none
}

/// The STS probe's result: AWS's answer, or why the call could not be made.
public struct STSProbeResult: Sendable, Equatable {
  public var endpoint: String
  public var answer: Result<STSAnswer, AWSAnswerFailure>
  public init(endpoint: String, answer: Result<STSAnswer, AWSAnswerFailure>) {
    self.endpoint = endpoint
    self.answer = answer
  }
}

/// What was read from the AWS account (and, with `--sts-probe`, what STS answered).
public struct AWSFacts: Sendable, Equatable {
  public var role: RoleARN
  public var region: String
  public var deployedRole: IAMRole?
  /// The provider ARN looked up: the token's `iss` in the role's account and partition.
  public var providerARN: String?
  public var provider: IAMOIDCProvider?
  /// True when IAM said the provider does not exist (`NoSuchEntity`).
  public var providerMissing: Bool
  /// True when IAM said the role does not exist.
  public var roleMissing: Bool
  /// Every provider ARN in the account, listed when the expected one is missing.
  public var registeredProviders: [String]
  public var readFailures: [AWSReadFailure]
  public var sources: [(String, InputSource)]
  public var sts: STSProbeResult?

  public init(
    role: RoleARN, region: String, deployedRole: IAMRole? = nil, providerARN: String? = nil, provider: IAMOIDCProvider? = nil,
    providerMissing: Bool = false, roleMissing: Bool = false, registeredProviders: [String] = [],
    readFailures: [AWSReadFailure] = [], sources: [(String, InputSource)] = [], sts: STSProbeResult? = nil
  ) {
    self.role = role
    self.region = region
    self.deployedRole = deployedRole
    self.providerARN = providerARN
    self.provider = provider
    self.providerMissing = providerMissing
    self.roleMissing = roleMissing
    self.registeredProviders = registeredProviders
    self.readFailures = readFailures
    self.sources = sources
    self.sts = sts
  }

  public static func == (a: AWSFacts, b: AWSFacts) -> Bool {
    a.role == b.role && a.region == b.region && a.deployedRole == b.deployedRole && a.providerARN == b.providerARN
      && a.provider == b.provider && a.providerMissing == b.providerMissing && a.roleMissing == b.roleMissing
      && a.registeredProviders == b.registeredProviders && a.readFailures == b.readFailures
      && a.sources.map(\.0) == b.sources.map(\.0) && a.sources.map(\.1) == b.sources.map(\.1) && a.sts == b.sts
  }
}
