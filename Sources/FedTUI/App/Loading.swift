import FedCore

extension App {
  /// Takes pasted text (a token) or a file path: decodes it at once so the Token pane fills,
  /// then asks the runner for a check.
  static func loadToken(_ m: inout Model, _ text: String) -> [Effect] {
    let raw = text.trimmingSpaces.trimmingCharacters(in: "\n\r\t ")
    if looksLikePath(raw) { return [.readTokenFile(path: raw)] }
    let decoded = TokenDecoder.decode(raw)
    var input = m.input ?? CheckInput(m.baseOptions)
    input.token = (try? decoded.get())?.compact ?? raw
    if let pending = m.pendingIssuer { input.issuer = pending.isEmpty ? nil : pending }
    m.input = input
    switch decoded {
    case .success(let jwt):
      m.jwt = jwt
      m.decodeError = nil
    case .failure(let error):
      m.jwt = nil
      m.decodeError = error
    }
    m.outcome = nil
    m.lists = [:]
    m.claimFilter = ""
    let effects = startCheck(&m)
    m.rebuildRows()
    return effects
  }

  /// A token is three or five base64url segments; anything with a slash, a tilde or fewer
  /// dots is taken as a file path.
  static func looksLikePath(_ text: String) -> Bool {
    if text.isEmpty { return false }
    if text.hasPrefix("/") || text.hasPrefix("~") || text.hasPrefix("./") || text.hasPrefix("../") { return true }
    let cleaned = TokenInput(raw: text).compact
    if cleaned.hasPrefix("ey") { return false }
    let dots = cleaned.filter { $0 == "." }.count
    if dots == 2 || dots == 4 { return cleaned.contains("/") }
    return !text.contains(" ") && !text.contains("\n")
  }

  /// Cancels running checks and starts a new one for the current input.
  static func startCheck(_ m: inout Model) -> [Effect] {
    guard let input = m.input else { return [] }
    var effects = m.jobs.map { Effect.cancel(job: $0.id) }
    let id = m.nextJobID
    m.nextJobID += 1
    m.fetches = []
    m.jobs = [Job(id: id, label: m.isDemo ? "diagnosing (offline)" : "checking", started: m.clock)]
    effects.append(.check(job: id, input))
    return effects
  }

  static func refetch(_ m: inout Model) -> [Effect] {
    guard m.input != nil else {
      m.flash = Flash(text: "No token loaded: press p to paste one", isError: true)
      return []
    }
    let effects = startCheck(&m)
    m.rebuildRows()
    return effects
  }

  /// Sets the issuer (empty: use the token's `iss`) and re-checks a loaded token.
  static func setIssuer(_ m: inout Model, _ text: String) -> [Effect] {
    let issuer = text.trimmingSpaces
    m.pendingIssuer = issuer
    guard m.input != nil else {
      m.rebuildRows()
      return []
    }
    m.input?.issuer = issuer.isEmpty ? nil : issuer
    m.outcome = nil
    let effects = startCheck(&m)
    m.rebuildRows()
    return effects
  }
}

extension String {
  func trimmingCharacters(in set: String) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s.removeFirst() }
    while let l = s.last, set.contains(l) { s.removeLast() }
    return String(s)
  }
}
