import FedCore

/// The diagnosis the dashboard shows: the same FedCore calls as `fedtui check`.
enum Engine {
  static func findings(_ input: CheckInput, snapshot: ProviderSnapshot?, now: Int64) -> [Finding] {
    // Placeholder until the diagnosis engine lands: the three demo rules only.
    var out: [Finding] = []
    guard case .success(let jwt) = TokenDecoder.decode(input.token) else {
      return [Finding(.tokenMalformed, .error, title: "The token does not decode")]
    }
    if jwt.aud == nil { out.append(Finding(.audMissing, .error, title: "The token has no aud claim", awsError: "Missing a required claim: aud")) }
    if let iss = jwt.iss, !iss.hasPrefix("https://") {
      out.append(Finding(.issNotHTTPS, .error, title: "iss is not an https:// URL", evidence: [Evidence("iss", iss)]))
    }
    if let kid = jwt.kid, let body = snapshot?.jwks?.response?.body, let doc = try? JSONParser.parse(body),
      let keys = doc["keys"]?.arrayValue, !keys.contains(where: { $0["kid"]?.stringValue == kid })
    {
      out.append(Finding(.jwksKidNotFound, .error, title: "The token's kid is not in the discovery JWKS", evidence: [Evidence("kid", kid)]))
    }
    return out.sortedBySeverity()
  }
}

/// Checks against a fixed provider snapshot (the demo; `r` re-runs the diagnosis offline).
struct OfflineBackend: CheckBackend {
  var snapshot: ProviderSnapshot

  func check(_ input: CheckInput, now: Int64) async -> CheckOutcome {
    CheckOutcome(snapshot: snapshot, findings: Engine.findings(input, snapshot: snapshot, now: now))
  }
}

/// Fetches the provider (or reads `--discovery-file`/`--jwks-file`) and diagnoses.
struct LiveBackend: CheckBackend {
  func check(_ input: CheckInput, now: Int64) async -> CheckOutcome {
    CheckOutcome(snapshot: nil, findings: Engine.findings(input, snapshot: nil, now: now))
  }
}

extension Model {
  /// The dashboard opened on the built-in demo, already diagnosed (no network, first frame
  /// complete).
  static func demo() -> Model {
    var m = Model()
    m.isDemo = true
    _ = App.loadToken(&m, DemoData.input.token)
    m.input = DemoData.input
    m.jobs = []
    m.outcome = CheckOutcome(snapshot: DemoData.snapshot, findings: Engine.findings(DemoData.input, snapshot: DemoData.snapshot, now: DemoData.now))
    m.now = DemoData.now
    m.rebuildRows()
    return m
  }

  /// The empty dashboard: asks for the issuer, then the token.
  static func empty() -> Model {
    var m = Model()
    m.prompt = Prompt(kind: .issuer(thenToken: true))
    return m
  }
}
