/// The credential sources of the AWS CLI, in its order (botocore `credentials.py`,
/// `CredentialResolver`): environment keys (unless `--profile` names a profile), then for the
/// profile: SSO or `role_arn` through `aws configure export-credentials`, static keys in
/// `credentials`, `credential_process`, static keys in `config`. Instance and container roles
/// are not tried: FedTUI never reaches 169.254.169.254 on its own.
enum CredentialChain {
  static func resolve(_ input: AWSSettingsInput, profile: String, runner: any CommandRunner)
    -> Result<AWSCredentials, CredentialProblem>
  {
    if input.profileFlag == nil, let key = input.env("AWS_ACCESS_KEY_ID"), let secret = input.env("AWS_SECRET_ACCESS_KEY") {
      return .success(
        AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: input.env("AWS_SESSION_TOKEN"), source: "environment"))
    }
    let config = input.configFile.configProfile(profile) ?? [:]
    let stored = input.credentialsFile.credentialsProfile(profile) ?? [:]
    if config["sso_session"] != nil || config["sso_start_url"] != nil || config["role_arn"] != nil {
      return exported(profile: profile, sso: config["role_arn"] == nil, runner: runner)
    }
    if let keys = staticKeys(stored, source: "~/.aws/credentials [\(profile)]") { return .success(keys) }
    if let command = stored["credential_process"] ?? config["credential_process"] {
      return process(command, profile: profile, runner: runner)
    }
    if let keys = staticKeys(config, source: "~/.aws/config [\(profile)]") { return .success(keys) }
    return .failure(
      CredentialProblem(
        reason: "no AWS credentials: none in the environment and none for profile \(profile)",
        fix:
          "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN), or pass --profile NAME of a configured profile"
      ))
  }

  static func staticKeys(_ settings: [String: String], source: String) -> AWSCredentials? {
    guard let key = settings["aws_access_key_id"], let secret = settings["aws_secret_access_key"], !key.isEmpty, !secret.isEmpty
    else { return nil }
    return AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: settings["aws_session_token"], source: source)
  }

  /// `credential_process`, run through `/bin/sh -c` like the command line the operator wrote.
  static func process(_ command: String, profile: String, runner: any CommandRunner) -> Result<AWSCredentials, CredentialProblem> {
    guard let output = runner.run(["/bin/sh", "-c", command]) else {
      return .failure(
        CredentialProblem(
          reason: "credential_process of profile \(profile) could not be started", fix: "check the command in ~/.aws/config"))
    }
    guard output.status == 0, let credentials = AWSCredentials.fromProcessOutput(output.stdout, source: "credential_process [\(profile)]")
    else {
      let detail = output.status == 0 ? "printed no Version 1 credentials JSON" : "exited with \(output.status): \(output.lastErrorLine)"
      return .failure(
        CredentialProblem(reason: "credential_process of profile \(profile) \(detail)", fix: "run the command by hand and fix its output"))
    }
    return .success(credentials)
  }

  /// SSO and assume-role profiles: the AWS CLI v2 resolves them (`aws configure
  /// export-credentials --format process`, AWS CLI v2 command reference).
  static func exported(profile: String, sso: Bool, runner: any CommandRunner) -> Result<AWSCredentials, CredentialProblem> {
    let kind = sso ? "an SSO profile" : "an assume-role profile"
    guard let aws = runner.which("aws") else {
      return .failure(
        CredentialProblem(
          reason: "profile \(profile) is \(kind), and the AWS CLI v2 (aws) is not installed to resolve it",
          fix: "install the AWS CLI v2, or export the role's credentials as AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN"))
    }
    let output = runner.run([aws, "configure", "export-credentials", "--profile", profile, "--format", "process"])
    if let output, output.status == 0,
      let credentials = AWSCredentials.fromProcessOutput(output.stdout, source: "aws configure export-credentials [\(profile)]")
    {
      return .success(credentials)
    }
    // AWS CLI v1 has no `export-credentials` (argparse: "Invalid choice"): say which CLI is needed.
    if let output, String(decoding: output.stderr, as: UTF8.self).contains("Invalid choice") {
      return .failure(
        CredentialProblem(
          reason: "profile \(profile) is \(kind), and the aws at \(aws) is not the AWS CLI v2 (export-credentials is v2 only)",
          fix: "install the AWS CLI v2, or export the role's credentials as AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN"))
    }
    let detail = output.map { "failed (exit \($0.status)): \($0.lastErrorLine)" } ?? "could not be started"
    return .failure(
      CredentialProblem(
        reason: "aws configure export-credentials --profile \(profile) \(detail)",
        fix: sso
          ? "aws sso login --profile \(profile)"
          : "check that profile \(profile)'s source credentials work: aws sts get-caller-identity --profile \(profile)"))
  }
}
