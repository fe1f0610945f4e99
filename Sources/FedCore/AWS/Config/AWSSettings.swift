/// The AWS side of a check as the operator configured it: profile, region, endpoints, CA
/// bundle and credentials, resolved the way the AWS CLI and SDKs do (`--profile` /
/// `AWS_PROFILE`, `--region` / `AWS_REGION` / `AWS_DEFAULT_REGION`, environment keys,
/// `~/.aws/credentials`, `~/.aws/config`, `credential_process`, and SSO or assume-role
/// profiles through `aws configure export-credentials`).
public struct AWSSettings: Sendable {
  public var profile: String
  /// nil: none configured (the role's partition then gives the default).
  public var region: String?
  /// `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`, `profile NAME`, or nil.
  public var regionSource: String?
  public var iamEndpoint: AWSEndpoint?
  public var stsEndpoint: AWSEndpoint?
  /// `AWS_CA_BUNDLE` (or the profile's `ca_bundle`): replaces the system roots for AWS calls.
  public var caBundle: String?
  public var credentials: Result<AWSCredentials, CredentialProblem>

  public init(
    profile: String = "default", region: String? = nil, regionSource: String? = nil, iamEndpoint: AWSEndpoint? = nil,
    stsEndpoint: AWSEndpoint? = nil, caBundle: String? = nil, credentials: Result<AWSCredentials, CredentialProblem>
  ) {
    self.profile = profile
    self.region = region
    self.regionSource = regionSource
    self.iamEndpoint = iamEndpoint
    self.stsEndpoint = stsEndpoint
    self.caBundle = caBundle
    self.credentials = credentials
  }
}

/// Why no credentials could be found, and what to do about it.
public struct CredentialProblem: Error, Sendable, Equatable, CustomStringConvertible {
  public var reason: String
  public var fix: String
  public init(reason: String, fix: String) {
    self.reason = reason
    self.fix = fix
  }
  public var description: String { reason }
}

/// Everything `AWSSettings.resolve` reads, gathered by the caller (files already read).
public struct AWSSettingsInput: Sendable {
  public var profileFlag: String?
  public var regionFlag: String?
  public var environment: [String: String]
  public var configFile: AWSConfigFile
  public var credentialsFile: AWSConfigFile

  public init(
    profileFlag: String? = nil, regionFlag: String? = nil, environment: [String: String], configFile: AWSConfigFile = .init(),
    credentialsFile: AWSConfigFile = .init()
  ) {
    self.profileFlag = profileFlag
    self.regionFlag = regionFlag
    self.environment = environment
    self.configFile = configFile
    self.credentialsFile = credentialsFile
  }

  func env(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
}

extension AWSSettings {
  /// Resolves the settings; a malformed endpoint override or a missing named profile is an
  /// error (the operator asked for it), missing credentials are not (they become a finding).
  public static func resolve(_ input: AWSSettingsInput, runner: any CommandRunner) -> Result<AWSSettings, AWSConfigError> {
    let profile = input.profileFlag ?? input.env("AWS_PROFILE") ?? "default"
    let config = input.configFile.configProfile(profile)
    let stored = input.credentialsFile.credentialsProfile(profile)
    let named = input.profileFlag != nil || input.env("AWS_PROFILE") != nil
    if named, profile != "default", config == nil, stored == nil { return .failure(.profileNotFound(profile)) }
    let region: (String, String)? =
      input.regionFlag.map { ($0, "--region") } ?? input.env("AWS_REGION").map { ($0, "AWS_REGION") }
      ?? input.env("AWS_DEFAULT_REGION").map { ($0, "AWS_DEFAULT_REGION") }
      ?? config?["region"].map { ($0, "profile \(profile)") }
    var settings = AWSSettings(
      profile: profile, region: region?.0, regionSource: region?.1,
      credentials: CredentialChain.resolve(input, profile: profile, runner: runner))
    do {
      settings.iamEndpoint = try endpoint(input, service: "IAM")
      settings.stsEndpoint = try endpoint(input, service: "STS")
    } catch { return .failure(error) }
    settings.caBundle = input.env("AWS_CA_BUNDLE") ?? config?["ca_bundle"]
    return .success(settings)
  }

  static func endpoint(_ input: AWSSettingsInput, service: String) throws(AWSConfigError) -> AWSEndpoint? {
    let specific = "AWS_ENDPOINT_URL_\(service)"
    guard let (url, source) = input.env(specific).map({ ($0, specific) }) ?? input.env("AWS_ENDPOINT_URL").map({ ($0, "AWS_ENDPOINT_URL") })
    else { return nil }
    return try AWSEndpoint.validated(url, source: source).get()
  }
}
