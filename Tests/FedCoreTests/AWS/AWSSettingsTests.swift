import FedCore
import Testing

/// A `CommandRunner` answering from a table (and recording what it was asked).
final class CannedRunner: CommandRunner, @unchecked Sendable {
  var outputs: [String: CommandOutput]
  var installed: Set<String>
  var calls: [[String]] = []
  init(_ outputs: [String: CommandOutput] = [:], installed: Set<String> = []) {
    self.outputs = outputs
    self.installed = installed
  }
  func run(_ arguments: [String]) -> CommandOutput? {
    calls.append(arguments)
    return outputs[arguments.last == "process" ? "aws" : arguments.last ?? ""]
  }
  func which(_ name: String) -> String? { installed.contains(name) ? "/usr/local/bin/\(name)" : nil }
}

@Suite struct AWSSettingsTests {
  let processJSON = Array(#"{"Version": 1, "AccessKeyId": "AKIAPROC", "SecretAccessKey": "s3cr3t", "SessionToken": "tok"}"#.utf8)

  func resolve(_ input: AWSSettingsInput, _ runner: CannedRunner = CannedRunner()) throws -> AWSSettings {
    try AWSSettings.resolve(input, runner: runner).get()
  }

  @Test func environmentKeysComeFirstUnlessAProfileIsNamed() throws {
    let env = ["AWS_ACCESS_KEY_ID": "AKIAENV", "AWS_SECRET_ACCESS_KEY": "x", "AWS_SESSION_TOKEN": "t", "AWS_REGION": "eu-west-1"]
    let file = AWSConfigFile.parse("[prod]\naws_access_key_id = AKIAFILE\naws_secret_access_key = y\n")
    let plain = try resolve(AWSSettingsInput(environment: env, credentialsFile: file))
    #expect(try plain.credentials.get().accessKeyID == "AKIAENV")
    #expect(try plain.credentials.get().sessionToken == "t")
    #expect(plain.region == "eu-west-1" && plain.regionSource == "AWS_REGION")
    let named = try resolve(AWSSettingsInput(profileFlag: "prod", environment: env, credentialsFile: file))
    #expect(try named.credentials.get().accessKeyID == "AKIAFILE")
    #expect(try named.credentials.get().source == "~/.aws/credentials [prod]")
  }

  @Test func regionOrder() throws {
    let config = AWSConfigFile.parse("[profile ci]\nregion = ap-south-1\n  nested = skipped\n# comment\n")
    let base = AWSSettingsInput(profileFlag: "ci", environment: ["AWS_DEFAULT_REGION": "us-west-2"], configFile: config)
    #expect(try resolve(base).region == "us-west-2")
    var flagged = base
    flagged.regionFlag = "eu-central-1"
    #expect(try resolve(flagged).regionSource == "--region")
    var bare = base
    bare.environment = [:]
    #expect(try resolve(bare).region == "ap-south-1")
    #expect(try resolve(bare).regionSource == "profile ci")
  }

  @Test func credentialProcessIsRunAndItsOutputRead() throws {
    let config = AWSConfigFile.parse("[default]\ncredential_process = /opt/get-creds --role ci\n")
    let runner = CannedRunner(["/opt/get-creds --role ci": CommandOutput(status: 0, stdout: processJSON, stderr: [])])
    let settings = try resolve(AWSSettingsInput(environment: [:], configFile: config), runner)
    #expect(try settings.credentials.get().accessKeyID == "AKIAPROC")
    #expect(runner.calls == [["/bin/sh", "-c", "/opt/get-creds --role ci"]])
    let failing = CannedRunner(["/opt/get-creds --role ci": CommandOutput(status: 2, stdout: [], stderr: Array("denied\n".utf8))])
    guard case .failure(let problem) = try resolve(AWSSettingsInput(environment: [:], configFile: config), failing).credentials else {
      Issue.record("expected a failure")
      return
    }
    #expect(problem.reason.contains("exited with 2: denied"))
  }

  @Test func ssoProfilesUseTheAWSCLIOrSaySoWhenItIsMissing() throws {
    let config = AWSConfigFile.parse("[profile prod]\nsso_session = corp\nsso_account_id = 123456789012\n")
    let input = AWSSettingsInput(profileFlag: "prod", environment: [:], configFile: config)
    guard case .failure(let missing) = try resolve(input).credentials else {
      Issue.record("expected a failure")
      return
    }
    #expect(missing.reason.contains("AWS CLI v2 (aws) is not installed"))
    let expired = CannedRunner(
      ["aws": CommandOutput(status: 255, stdout: [], stderr: Array("Error when retrieving token from sso: Token has expired\n".utf8))],
      installed: ["aws"])
    guard case .failure(let problem) = try resolve(input, expired).credentials else {
      Issue.record("expected a failure")
      return
    }
    #expect(problem.fix == "aws sso login --profile prod")
    #expect(expired.calls.first?.suffix(5) == ["export-credentials", "--profile", "prod", "--format", "process"])
    let fine = CannedRunner(["aws": CommandOutput(status: 0, stdout: processJSON, stderr: [])], installed: ["aws"])
    #expect(try resolve(input, fine).credentials.get().source == "aws configure export-credentials [prod]")
  }

  @Test func noCredentialsAndUnknownProfiles() throws {
    guard case .failure(let problem) = try resolve(AWSSettingsInput(environment: [:])).credentials else {
      Issue.record("expected a failure")
      return
    }
    #expect(problem.reason.contains("no AWS credentials"))
    #expect(throws: AWSConfigError.profileNotFound("nope")) {
      try AWSSettings.resolve(AWSSettingsInput(profileFlag: "nope", environment: [:]), runner: CannedRunner()).get()
    }
  }

  @Test(arguments: [
    ("http://127.0.0.1:5000", true), ("http://localhost:5000/", true), ("http://[::1]:9000", true),
    ("https://iam.example.com", true), ("http://10.0.0.5:5000", false), ("http://iam.amazonaws.com", false),
    ("ftp://127.0.0.1", false), ("http://127.0.0.1.evil.com", false),
  ])
  func endpointOverrides(url: String, allowed: Bool) throws {
    let result = AWSSettings.resolve(AWSSettingsInput(environment: ["AWS_ENDPOINT_URL_IAM": url]), runner: CannedRunner())
    switch result {
    case .success(let settings):
      #expect(allowed)
      #expect(settings.iamEndpoint?.source == "AWS_ENDPOINT_URL_IAM")
      #expect(settings.stsEndpoint == nil)
    case .failure(let error):
      #expect(!allowed)
      #expect(error.description.hasPrefix("AWS_ENDPOINT_URL_IAM="))
    }
  }

  @Test func credentialsNeverDescribeTheirSecrets() {
    let credentials = AWSCredentials(
      accessKeyID: "AKIAXYZ", secretAccessKey: "MARKSECRET", sessionToken: "MARKTOKEN", source: "environment")
    for text in [String(describing: credentials), String(reflecting: credentials), "\(credentials)"] {
      #expect(!text.contains("MARKSECRET") && !text.contains("MARKTOKEN") && !text.contains("AKIAXYZ"))
    }
  }
}

/// The live runner and the real `credential_process` path.
@Suite struct SpawnRunnerTests {
  @Test func capturesBothOutputsAndTheExitStatus() throws {
    let runner = SpawnRunner()
    let output = try #require(runner.run(["/bin/sh", "-c", "printf out; printf 'first\\nlast line\\n' >&2; exit 3"]))
    #expect(output.status == 3)
    #expect(output.stdout == Array("out".utf8))
    #expect(output.lastErrorLine == "last line")
    #expect(runner.run(["/nonexistent/tool"]) == nil)
    #expect(runner.which("sh") != nil)
  }

  @Test func credentialProcessRunsThroughTheShell() throws {
    let config = AWSConfigFile.parse(
      """
      [profile ci]
      credential_process = printf '{"Version": 1, "AccessKeyId": "AKIASHELL", "SecretAccessKey": "s"}'
      """)
    let settings = try AWSSettings.resolve(AWSSettingsInput(profileFlag: "ci", environment: [:], configFile: config), runner: SpawnRunner())
      .get()
    #expect(try settings.credentials.get().accessKeyID == "AKIASHELL")
    #expect(try settings.credentials.get().source == "credential_process [ci]")
  }
}
