import ArgumentParser
import FedCore

/// `fedtui audit`: every OIDC provider and every role that trusts one, per account.
/// Exit 0 no error finding, 1 an error finding, 2 bad usage, 3 an input could not be read.
struct AuditCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit", abstract: "Audit every OIDC provider and every role that trusts one, per account.",
    discussion: """
      Offline: --authorization-details FILE (repeatable, one per account: `aws iam get-account-authorization-details`
      output) and optionally --providers FILE (repeatable: {"OpenIDConnectProviderList":[{"Arn","Url","ClientIDList",
      "ThumbprintList"}]}, matched to accounts by the ARNs). Without a providers file, provider details are unknown
      and provider existence is not checked. --token-file evaluates every role's trust policy against the token's
      claims (acceptsToken); signature and provider checks are `fedtui check`'s job.
      Exit codes: 0 no error finding, 1 an error finding, 2 bad usage, 3 an input could not be read.
      """)

  @Option(
    name: .customLong("authorization-details"),
    help: ArgumentHelp("Saved `aws iam get-account-authorization-details` output (repeatable).", valueName: "file"))
  var authorizationDetails: [String] = []
  @Option(help: ArgumentHelp("A providers file (repeatable; see below).", valueName: "file")) var providers: [String] = []
  @Option(name: .customLong("token-file"), help: ArgumentHelp("A token to evaluate every role against, or -.", valueName: "path"))
  var tokenFile: String?
  @Option(help: "text, json or sarif.") var format: String = "text"
  @Option(
    name: .long,
    help: ArgumentHelp("Live: an AWS profile to read (repeatable, one account each; default: AWS_PROFILE).", valueName: "name"))
  var profile: [String] = []
  @Option(name: .long, help: ArgumentHelp("Live: the AWS region (default: AWS_REGION).", valueName: "region")) var region: String?
  @Option(help: ArgumentHelp("Live: seconds per IAM call.", valueName: "seconds")) var timeout: Double = 10

  func run() async throws {
    guard ["text", "json", "sarif"].contains(format) else {
      throw UsageError(message: "--format: must be text, json or sarif (found \"\(format)\")")
    }
    if !providers.isEmpty && authorizationDetails.isEmpty {
      throw UsageError(message: "--providers needs --authorization-details FILE")
    }
    if !authorizationDetails.isEmpty && (!profile.isEmpty || region != nil) {
      throw UsageError(message: "--profile and --region read a live account: not with --authorization-details")
    }
    guard timeout > 0 && timeout <= 300 else { throw UsageError(message: "--timeout: 0 to 300 seconds, not \(timeout)") }
    let options = try tokenOptions()
    // Saved files are audited one at a time: only one file's text and roles are held at once.
    let audits =
      authorizationDetails.isEmpty
      ? try await readLive().map { Auditor.audit($0, options: options) } : try auditFiles(options: options)
    let report = AuditReport(accounts: audits, tokenEvaluated: options.tokenClaims != nil)
    switch format {
    case "json": Output.write(report.jsonText())
    case "sarif": Output.write(report.sarifText())
    default: Output.write(report.text())
    }
    throw CommandExit(code: report.exitCode)
  }

  /// The token's claims, decoded (a bad token is bad usage, as for `policy evaluate`).
  func tokenOptions() throws -> AuditOptions {
    guard let tokenFile else { return AuditOptions() }
    switch TokenDecoder.decode(try PolicyInputFile.read(tokenFile, flag: "--token-file")) {
    case .success(let token):
      guard token.iss != nil else { throw UsageError(message: "--token-file \(tokenFile): the token has no iss claim") }
      return .token(token.claims)
    case .failure(let e): throw UsageError(message: "--token-file \(tokenFile): \(e.message)")
    }
  }

  /// Reads every file; a file that cannot be read or is not the expected output exits 3 naming it.
  func auditFiles(options: AuditOptions) throws -> [AccountAudit] {
    var providerLists: [String: [AuditProviderInput]] = [:]
    for path in providers {
      for p in try Self.read(path, flag: "--providers", AuthorizationDetails.providers) {
        providerLists[Auditor.accountID(of: p.arn) ?? "", default: []].append(p)
      }
    }
    var audits: [AccountAudit] = []
    for path in authorizationDetails {
      let roles = try Self.read(path, flag: "--authorization-details", AuthorizationDetails.roles)
      let account = AuthorizationDetails.account(of: roles) ?? "unknown"
      let input = AuditAccountInput(
        account: account, roles: roles, providers: providers.isEmpty ? nil : providerLists[account] ?? [], source: path)
      audits.append(Auditor.audit(input, options: options))
    }
    return audits
  }

  /// Reads each profile's account from AWS (at most four at once); a failed read exits 3 naming it.
  func readLive() async throws -> [AuditAccountInput] {
    var readers: [(source: String, reader: AccountReader)] = []
    for name in profile.isEmpty ? [nil] : profile.map(Optional.some) {
      switch AWSFlags.settings(profile: name, region: region) {
      case .success(let settings):
        if let bundle = settings.caBundle { try CLIInputs.requireReadable(bundle, flag: "AWS_CA_BUNDLE") }
        readers.append(
          ("profile \(settings.profile)", AccountReader(settings: settings, transport: CurlAWSTransport(), timeout: timeout)))
      case .failure(let error): throw UsageError(message: "AWS configuration\(name.map { " (profile \($0))" } ?? ""): \(error)")
      }
    }
    var accounts: [AuditAccountInput] = []
    for result in await AccountPool.read(readers) {
      switch result {
      case .success(let account): accounts.append(account)
      case .failure(let error):
        Output.error("\(error.message) (the audit needs \(AccountReader.neededActions))")
        throw CommandExit(code: 3)
      }
    }
    return accounts
  }

  /// Saved account details of large accounts exceed the 4 MiB of other input files.
  static let fileLimit = 64 << 20

  static func read<T>(_ path: String, flag: String, _ parse: (String) throws(AuditInputError) -> T) throws -> T {
    let text: String
    do {
      text = try PolicyInputFile.read(path, flag: flag, limit: Self.fileLimit)
    } catch let error as UsageError {
      Output.error(error.message)
      throw CommandExit(code: 3)
    }
    do {
      return try parse(text)
    } catch {
      Output.error("\(flag) \(path): \(error.message)")
      throw CommandExit(code: 3)
    }
  }
}
