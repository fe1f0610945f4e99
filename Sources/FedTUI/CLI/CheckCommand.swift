import ArgumentParser
import FedCore

/// `fedtui check`: predict every reason STS would reject a token, with evidence and the fix
/// (`spec/product.md` CLI contract). Exit 0 accept, 1 reject, 2 bad usage or unreadable input.
struct CheckCommand: AsyncParsableCommand, SynchronousRunnable {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Diagnose a token and its issuer against AWS STS AssumeRoleWithWebIdentity.",
    discussion:
      "Pass the token with --token-file - (stdin) rather than on the command line. Exit 0: AWS would accept; 1: it would reject; 2: bad usage."
  )

  @Option(name: .long, help: ArgumentHelp("The issuer to probe (default: the token's iss).", valueName: "url")) var issuer: String?
  @Option(name: .customLong("token-file"), help: ArgumentHelp("A file holding the token, or - for stdin.", valueName: "path|-"))
  var tokenFile: String?
  @Option(name: .customLong("audience"), help: ArgumentHelp("A client ID registered on the IAM provider (repeatable).", valueName: "aud"))
  var audiences: [String] = []
  @Option(name: .customLong("provider-url"), help: ArgumentHelp("The IAM provider URL or ARN you registered.", valueName: "url|arn"))
  var providerURL: String?
  @Option(
    name: .customLong("want-claim"),
    help: ArgumentHelp("A claim you want to restrict on in the trust policy (repeatable).", valueName: "claim")) var wantClaims: [String] =
      []
  @Option(name: .customLong("policy-file"), help: ArgumentHelp("A role trust policy (JSON) to lint and evaluate.", valueName: "path"))
  var policyFile: String?
  @Option(name: .customLong("discovery-file"), help: ArgumentHelp("A saved discovery document (offline).", valueName: "path"))
  var discoveryFile: String?
  @Option(name: .customLong("jwks-file"), help: ArgumentHelp("A saved JWKS (offline).", valueName: "path")) var jwksFile: String?
  @Option(name: .customLong("ca-file"), help: ArgumentHelp("Extra trust anchors (PEM) for fetches.", valueName: "pem")) var caFile: String?
  @Option(name: .long, help: ArgumentHelp("Seconds allowed per fetch.", valueName: "seconds")) var timeout: Double = Limits.fetchTimeout
  @Option(name: .long, help: ArgumentHelp("The clock, in Unix seconds.", valueName: "unix-seconds")) var now: Int64?
  @Option(name: .long, help: ArgumentHelp("text or json.", valueName: "text|json")) var format: OutputFormat = .text

  func validate() throws {
    guard timeout > 0, timeout <= Limits.maxTimeout else {
      throw ValidationError("--timeout: must be between 0 and \(Int(Limits.maxTimeout)) seconds")
    }
  }

  func run() async throws {
    let options = try makeOptions()
    let report = await Checker.run(options, fetcher: CurlFetcher(), policyFindings: Checker.policyChecks)
    Output.write(CheckCommand.render(report, format: format))
    throw CommandExit(code: report.exitCode)
  }

  /// Offline checks (saved documents) finish here without the concurrency runtime; false when
  /// the check needs the network (then `run()` does it).
  func runSynchronously() throws -> Bool {
    guard discoveryFile != nil || jwksFile != nil else { return false }
    guard let report = Checker.runOffline(try makeOptions(), policyFindings: Checker.policyChecks) else { return false }
    Output.write(CheckCommand.render(report, format: format))
    throw CommandExit(code: report.exitCode)
  }

  /// Reads every file named by a flag (a failure names the flag and the file: exit 2).
  func makeOptions() throws -> CheckOptions {
    guard tokenFile != nil || issuer != nil || discoveryFile != nil || jwksFile != nil else {
      throw UsageError(message: "check: give --token-file PATH|- or --issuer URL")
    }
    let token = try tokenFile.map { try CLIInputs.text($0, flag: "--token-file") }
    let read = { (path: String?, flag: String) throws -> CheckOptions.SavedDocument? in
      try path.map { CheckOptions.SavedDocument(path: $0, bytes: try CLIInputs.read($0, flag: flag)) }
    }
    if let caFile { try CLIInputs.requireReadable(caFile, flag: "--ca-file") }
    return CheckOptions(
      issuer: issuer, tokenText: token, audiences: audiences, providerURL: providerURL, wantClaims: wantClaims,
      discoveryDocument: try read(discoveryFile, "--discovery-file"), jwksDocument: try read(jwksFile, "--jwks-file"),
      policyDocument: try read(policyFile, "--policy-file"), caFile: caFile, timeout: timeout, now: now)
  }

  /// The report as the chosen format: one JSON object, or 80-column text (colour on a terminal only).
  static func render(_ report: CheckReport, format: OutputFormat) -> String {
    switch format {
    case .json: return report.jsonText(pretty: true) + "\n"
    case .text: return ReportStyle.render(CheckReportText.lines(report, width: 80), colour: ReportStyle.colourAllowed())
    }
  }
}

/// `--format`.
enum OutputFormat: String, ExpressibleByArgument, Sendable {
  case text, json
}
