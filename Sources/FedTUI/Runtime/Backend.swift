import FedCore

/// Everything a check needs: the token and the operator's options (the flags of `fedtui check`).
/// Holds the token in memory only; never logged or written.
struct CheckInput: Equatable, Sendable {
  var token: String
  /// The issuer to probe; nil means the token's `iss`.
  var issuer: String?
  var audiences: [String] = []
  var providerURL: String?
  var wantClaims: [String] = []
  var policyFile: String?
  var discoveryFile: String?
  var jwksFile: String?
  var caFile: String?
  var timeout: Double = 10
  /// A fixed clock (`--now`); nil means the wall clock.
  var now: Int64?
}

/// What a check produced: the provider side as fetched, and every finding.
struct CheckOutcome: Equatable, Sendable {
  var snapshot: ProviderSnapshot?
  var findings: [Finding]
}

/// Runs checks for the dashboard (off the UI thread). The live one calls FedCore; tests and the
/// demo use offline ones.
protocol CheckBackend: Sendable {
  func check(_ input: CheckInput, now: Int64) async -> CheckOutcome
}
