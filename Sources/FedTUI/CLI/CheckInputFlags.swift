import ArgumentParser
import FedCore

/// The flags `check` and the dashboard share: the token, the issuer, what the operator
/// registered or wants, and saved documents for offline use (`spec/product.md` CLI contract).
struct CheckInputFlags: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("The issuer to probe (default: the token's iss).", valueName: "url")) var issuer: String?
  @Option(name: .customLong("token-file"), help: ArgumentHelp("A file holding the token, or - for stdin.", valueName: "path|-"))
  var tokenFile: String?
  @Option(name: .customLong("audience"), help: ArgumentHelp("A client ID registered on the IAM provider (repeatable).", valueName: "aud"))
  var audiences: [String] = []
  @Option(name: .customLong("provider-url"), help: ArgumentHelp("The IAM provider URL or ARN you registered.", valueName: "url|arn"))
  var providerURL: String?
  @Option(
    name: .customLong("want-claim"),
    help: ArgumentHelp("A claim you want to restrict on in the trust policy (repeatable).", valueName: "claim"))
  var wantClaims: [String] = []
  @Option(name: .customLong("policy-file"), help: ArgumentHelp("A role trust policy (JSON) to lint and evaluate.", valueName: "path"))
  var policyFile: String?
  @Option(name: .customLong("discovery-file"), help: ArgumentHelp("A saved discovery document (offline).", valueName: "path"))
  var discoveryFile: String?
  @Option(name: .customLong("jwks-file"), help: ArgumentHelp("A saved JWKS (offline).", valueName: "path")) var jwksFile: String?
  @Option(name: .customLong("ca-file"), help: ArgumentHelp("Extra trust anchors (PEM) for fetches.", valueName: "pem")) var caFile: String?
  @Option(name: .long, help: ArgumentHelp("Seconds allowed per fetch.", valueName: "seconds")) var timeout: Double = Limits.fetchTimeout
  @Option(name: .long, help: ArgumentHelp("The clock, in Unix seconds.", valueName: "unix-seconds")) var now: Int64?
  @Flag(
    name: .customLong("allow-private-network"),
    help: "Fetch issuers and key sets on loopback, private or link-local addresses (refused by default).")
  var allowPrivateNetwork = false

  func validate() throws {
    guard timeout > 0, timeout <= Limits.maxTimeout else {
      throw ValidationError("--timeout: must be between 0 and \(Int(Limits.maxTimeout)) seconds")
    }
  }

  /// True when saved documents replace the network.
  var isOffline: Bool { discoveryFile != nil || jwksFile != nil }

  /// Reads every file named by a flag up front (a failure names the flag and the file: exit 2).
  func makeOptions() throws -> CheckOptions {
    let token = try tokenFile.map { try CLIInputs.tokenText($0, flag: "--token-file") }
    let read = { (path: String?, flag: String) throws -> CheckOptions.SavedDocument? in
      try path.map { CheckOptions.SavedDocument(path: $0, bytes: try CLIInputs.read($0, flag: flag)) }
    }
    if let caFile { try CLIInputs.requireReadable(caFile, flag: "--ca-file") }
    var options = CheckOptions(
      issuer: issuer, tokenText: token, audiences: audiences, providerURL: providerURL, wantClaims: wantClaims,
      discoveryDocument: try read(discoveryFile, "--discovery-file"), jwksDocument: try read(jwksFile, "--jwks-file"),
      policyDocument: try read(policyFile, "--policy-file"), caFile: caFile, timeout: timeout, now: now)
    options.consent = NetworkConsent(allowPrivateNetwork: allowPrivateNetwork)
    return options
  }
}
