/// What `check --role-arn` asks of AWS, beside the token check: the role, the STS call's
/// parameters, whether to make the real call, and the operator's AWS settings.
public struct AWSCheckRequest: Sendable {
  public var role: RoleARN
  /// `--duration-seconds`: checked against the role's `MaxSessionDuration` (and sent by the probe).
  public var durationSeconds: Int?
  /// `--role-session-name`: checked against STS's pattern (and sent by the probe).
  public var sessionName: String?
  /// `--sts-probe`: make the real `AssumeRoleWithWebIdentity` call.
  public var stsProbe: Bool
  public var settings: AWSSettings
  /// Seconds allowed per AWS request.
  public var timeout: Double

  public init(
    role: RoleARN, durationSeconds: Int? = nil, sessionName: String? = nil, stsProbe: Bool = false, settings: AWSSettings,
    timeout: Double = Limits.fetchTimeout
  ) {
    self.role = role
    self.durationSeconds = durationSeconds
    self.sessionName = sessionName
    self.stsProbe = stsProbe
    self.settings = settings
    self.timeout = timeout
  }

  /// The region calls are made in: the configured one when it belongs to the role's partition,
  /// else the partition's default.
  public var region: String {
    guard let region = settings.region, role.partition.contains(region: region) else { return role.partition.defaultRegion }
    return region
  }

  /// The session name the probe sends when none is given.
  public static let defaultSessionName = "fedtui-check"

  /// The IAM endpoint: the override, else the partition's.
  public var iamURL: String { settings.iamEndpoint?.url ?? "https://" + role.partition.iamEndpoint.host }
  /// The STS endpoint: the override, else the regional one of the role's partition.
  public var stsURL: String { settings.stsEndpoint?.url ?? role.partition.stsEndpoint(region: region) }
}
