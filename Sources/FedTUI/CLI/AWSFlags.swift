import ArgumentParser
import FedCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `check --role-arn` and its companions: read the deployed role and provider from the account
/// (read-only) and, with `--sts-probe`, make the real STS call. AWS settings come from where the
/// AWS CLI finds them (`--profile`/`AWS_PROFILE`, `--region`/`AWS_REGION`, ~/.aws/...).
struct AWSFlags: ParsableArguments {
  @Option(
    name: .customLong("role-arn"),
    help: ArgumentHelp("Read this role and its OIDC provider from AWS and check against them.", valueName: "arn"))
  var roleArn: String?
  @Option(
    name: .customLong("duration-seconds"),
    help: ArgumentHelp("The session length you will ask STS for (checked against MaxSessionDuration).", valueName: "seconds"))
  var durationSeconds: Int?
  @Option(
    name: .customLong("role-session-name"), help: ArgumentHelp("The RoleSessionName you will send (checked).", valueName: "name"))
  var roleSessionName: String?
  @Flag(
    name: .customLong("sts-probe"),
    help:
      "Make the real AssumeRoleWithWebIdentity call (AWS logs it) and show its answer beside the prediction; the credentials are discarded."
  )
  var stsProbe = false
  @Option(name: .long, help: ArgumentHelp("The AWS profile for the IAM reads (default: AWS_PROFILE).", valueName: "name"))
  var profile: String?
  @Option(name: .long, help: ArgumentHelp("The AWS region for STS (default: AWS_REGION).", valueName: "region")) var region: String?

  func validate() throws {
    guard roleArn != nil else {
      for (given, flag) in [
        (durationSeconds != nil, "--duration-seconds"), (roleSessionName != nil, "--role-session-name"), (stsProbe, "--sts-probe"),
        (profile != nil, "--profile"), (region != nil, "--region"),
      ] where given {
        throw ValidationError("\(flag) needs --role-arn ARN")
      }
      return
    }
    // STS accepts 900 to 43200 seconds (STS API reference, AssumeRoleWithWebIdentity DurationSeconds).
    if let durationSeconds, !(900...43200).contains(durationSeconds) {
      throw ValidationError("--duration-seconds: STS accepts 900 to 43200 seconds, not \(durationSeconds)")
    }
  }

  /// The AWS side of the check, or nil without `--role-arn`; a bad ARN or setting is a usage error.
  func makeRequest(timeout: Double, hasToken: Bool) throws -> AWSCheckRequest? {
    guard let roleArn else { return nil }
    let role: RoleARN
    switch RoleARN.parse(roleArn) {
    case .success(let parsed): role = parsed
    case .failure(let invalid): throw UsageError(message: "--role-arn: \(invalid.reason)")
    }
    if stsProbe && !hasToken { throw UsageError(message: "--sts-probe: give the token with --token-file PATH|-") }
    switch Self.settings(profile: profile, region: region) {
    case .success(let settings):
      if let bundle = settings.caBundle { try CLIInputs.requireReadable(bundle, flag: "AWS_CA_BUNDLE") }
      return AWSCheckRequest(
        role: role, durationSeconds: durationSeconds, sessionName: roleSessionName, stsProbe: stsProbe, settings: settings,
        timeout: timeout)
    case .failure(let error):
      throw UsageError(message: "AWS configuration: \(error)")
    }
  }

  /// The AWS settings as the AWS CLI would find them now (environment, ~/.aws files, commands).
  static func settings(profile: String?, region: String?) -> Result<AWSSettings, AWSConfigError> {
    let environment = Self.environment()
    let input = AWSSettingsInput(
      profileFlag: profile, regionFlag: region, environment: environment,
      configFile: Self.file(environment["AWS_CONFIG_FILE"], home: environment["HOME"], name: "config"),
      credentialsFile: Self.file(environment["AWS_SHARED_CREDENTIALS_FILE"], home: environment["HOME"], name: "credentials"))
    return AWSSettings.resolve(input, runner: SpawnRunner())
  }

  /// The process environment as a dictionary (read once, for the settings resolver).
  static func environment() -> [String: String] {
    var out: [String: String] = [:]
    var pointer = environ
    while let entry = pointer.pointee {
      let text = String(cString: entry)
      if let equals = text.firstIndex(of: "=") { out[String(text[..<equals])] = String(text[text.index(after: equals)...]) }
      pointer += 1
    }
    return out
  }

  /// `~/.aws/<name>` (or the override path), parsed; empty when absent or unreadable.
  static func file(_ override: String?, home: String?, name: String) -> AWSConfigFile {
    let set = { (value: String?) in value.flatMap { $0.isEmpty ? nil : $0 } }
    guard let path = set(override) ?? set(home).map({ "\($0)/.aws/\(name)" }) else { return AWSConfigFile() }
    guard case .success(let document) = OfflineDocument.read(path: path) else { return AWSConfigFile() }
    return AWSConfigFile.parse(String(decoding: document.bytes, as: UTF8.self))
  }
}
