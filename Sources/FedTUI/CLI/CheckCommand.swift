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
  @OptionGroup(title: "AWS account (read-only)") var aws: AWSFlags
  @Option(name: .long, help: ArgumentHelp("text or json.", valueName: "text|json")) var format: OutputFormat = .text

  func run() async throws {
    let options = try makeOptions()
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
  /// the check needs the network (then `run()` does it).
  func runSynchronously() throws -> Bool {
    guard inputs.isOffline, aws.roleArn == nil else { return false }
    guard let report = Checker.runOffline(try makeOptions(), policyFindings: Checker.policyChecks) else { return false }
    Output.write(CheckCommand.render(report, format: format))
    throw CommandExit(code: report.exitCode)
  }

  /// The check's options; `check` needs a token or an issuer to work on.
  func makeOptions() throws -> CheckOptions {
    guard inputs.tokenFile != nil || inputs.issuer != nil || inputs.isOffline else {
      throw UsageError(message: "check: give --token-file PATH|- or --issuer URL")
    }
    return try inputs.makeOptions()
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
