import ArgumentParser
import FedCore

/// `fedtui check`: predict every reason STS would reject a token, with evidence and the fix
/// (`spec/product.md` CLI contract). Exit 0 accept, 1 reject, 2 bad usage or unreadable input,
/// 3 cannot tell (the only errors may be local to this machine).
struct CheckCommand: AsyncParsableCommand, SynchronousRunnable {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Diagnose a token and its issuer against AWS STS AssumeRoleWithWebIdentity.",
    discussion:
      "Pass the token with --token-file - (stdin) rather than on the command line. Exit 0: AWS would accept; 1: it would reject; 2: bad usage; "
      + "3: cannot tell (discovery or JWKS could not be reached from here at DNS, connect or timeout; AWS fetches from the internet)."
  )

  @OptionGroup var inputs: CheckInputFlags
  @OptionGroup(title: "Inside a CI job") var ci: CITokenFlags
  @OptionGroup(title: "AWS account (read-only)") var aws: AWSFlags
  @Option(name: .long, help: ArgumentHelp("text or json.", valueName: "text|json")) var format: OutputFormat = .text

  func validate() throws {
    if ci.isUsed && inputs.tokenFile != nil {
      throw ValidationError("--token-file: give the token one way: --token-file, or --from-ci / --token-env")
    }
  }

  func run() async throws {
    var options = try makeOptions()
    if ci.isUsed {
      options.tokenText = try await ci.token(
        try ci.source(audiences: inputs.audiences), timeout: inputs.timeout, caFile: inputs.caFile)
    }
    let report: CheckReport
    if let request = try aws.makeRequest(timeout: options.timeout, hasToken: options.tokenText != nil) {
      report = await Checker.run(options, aws: request, fetcher: CurlFetcher(), transport: CurlAWSTransport())
    } else {
      report = await Checker.run(options, fetcher: CurlFetcher(), policyFindings: Checker.policyChecks)
    }
    Output.write(CheckCommand.render(report, format: format))
    throw CommandExit(code: report.exitCode)
  }

  /// Offline checks (saved documents) finish here without the concurrency runtime; false when
  /// the check needs the network (then `run()` does it): AWS reads, or a CI token request.
  func runSynchronously() throws -> Bool {
    guard inputs.isOffline, aws.roleArn == nil else { return false }
    var options = try makeOptions()
    if ci.isUsed {
      let source = try ci.source(audiences: inputs.audiences)
      guard case .environment(let name) = source else { return false }
      switch CITokenSource.read(variable: name, environment: ci.environment()) {
      case .success(let token): options.tokenText = token
      case .failure(let error): throw UsageError(message: error.message)
      }
    }
    guard let report = Checker.runOffline(options, policyFindings: Checker.policyChecks) else { return false }
    Output.write(CheckCommand.render(report, format: format))
    throw CommandExit(code: report.exitCode)
  }

  /// The check's options; `check` needs a token or an issuer to work on. `--role-arn` also
  /// feeds the role-pinning and partition rules.
  func makeOptions() throws -> CheckOptions {
    guard inputs.tokenFile != nil || inputs.issuer != nil || inputs.isOffline || ci.isUsed else {
      throw UsageError(message: "check: give --token-file PATH|-, --from-ci or --issuer URL")
    }
    var options = try inputs.makeOptions()
    options.roleARN = aws.roleArn
    return options
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
