import FedCore

extension App {
  /// Text editing in the footer prompt: characters append, Backspace deletes, Enter submits,
  /// Esc cancels. The filter prompt applies as you type.
  static func promptKey(_ m: inout Model, _ key: Key) -> [Effect] {
    guard let prompt = m.prompt else { return [] }
    if case .question(let question) = prompt.kind { return questionKey(&m, question, key) }
    if prompt.isDefault, case .char = key { m.prompt?.text = "" }
    m.prompt?.isDefault = false
    m.prompt?.error = nil
    switch key {
    case .char(let c):
      m.prompt?.text.append(c)
      return promptChanged(&m)
    case .backspace, .delete:
      if !prompt.text.isEmpty { m.prompt?.text.removeLast() }
      return promptChanged(&m)
    case .ctrl("u"):
      m.prompt?.text = ""
      return promptChanged(&m)
    case .escape:
      m.prompt = nil
      if prompt.kind == .filter { return escape(&m) }
      return []
    case .enter:
      m.prompt = nil
      return submit(&m, prompt)
    case .ctrl("c"):
      return quit(&m)
    default:
      return []
    }
  }

  /// Why typed text is not an issuer (`IssuerURL`, the rules `check` applies); nil when it is,
  /// or when empty (the token's `iss`).
  static func issuerError(_ text: String) -> String? {
    let trimmed = text.trimmingSpaces
    return trimmed.isEmpty ? nil : IssuerURL.promptError(trimmed)
  }

  /// Live effects of editing: the claim filter narrows as you type.
  static func promptChanged(_ m: inout Model) -> [Effect] {
    guard let prompt = m.prompt, prompt.kind == .filter else { return [] }
    m.claimFilter = prompt.text
    m.rows.visibleClaims = TokenPane.filter(m.rows.claims, prompt.text)
    m.lists[.token] = ListState()
    return []
  }

  static func submit(_ m: inout Model, _ prompt: Prompt) -> [Effect] {
    if prompt.kind != .filter, TokenShape.isJWTLike(prompt.text) { return loadToken(&m, prompt.text) }
    switch prompt.kind {
    case .issuer(let thenToken):
      if let error = issuerError(prompt.text) {
        m.prompt = Prompt(kind: prompt.kind, text: prompt.text, error: error)
        return []
      }
      let effects = setIssuer(&m, prompt.text)
      if thenToken && m.input == nil { m.prompt = Prompt(kind: .token) }
      return effects
    case .token:
      if prompt.text.trimmingSpaces.isEmpty { return [] }
      return loadToken(&m, prompt.text)
    case .export:
      return export(&m, path: prompt.text.trimmingSpaces)
    case .filter, .question:
      return []
    case .command:
      return command(&m, prompt.text.trimmingSpaces)
    }
  }

  /// The `:` command line: `issuer URL`, `token PATH`, `role ARN`, `export PATH`, `filter TEXT`, `help`, `q`.
  static func command(_ m: inout Model, _ line: String) -> [Effect] {
    let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
    let name = parts.first ?? ""
    let arg = parts.count > 1 ? parts[1] : ""
    switch name {
    case "q", "quit": return quit(&m)
    case "issuer":
      if let error = issuerError(arg) {
        m.flash = Flash(text: "issuer: \(error)", isError: true)
        return []
      }
      return setIssuer(&m, arg)
    case "token": return loadToken(&m, arg)
    case "role": return setRole(&m, arg)
    case "export": return export(&m, path: arg)
    case "filter":
      m.focus = .token
      m.prompt = Prompt(kind: .filter, text: arg)
      let effects = promptChanged(&m)
      m.prompt = nil
      return effects
    case "help": m.overlay = .help(scroll: 0)
    case "refetch", "r": return refetch(&m)
    case "": break
    default:
      m.flash = Flash(
        text: "Unknown command: \(TextSafety.escaped(name)) (try issuer, token, role, export, filter, refetch, help, q)", isError: true)
    }
    return []
  }

  /// Builds the report (Markdown, or JSON for a `.json` path) and asks the runner to write it.
  static func export(_ m: inout Model, path: String) -> [Effect] {
    guard !path.isEmpty else { return [] }
    guard m.input != nil else {
      m.flash = Flash(text: "Nothing to export yet", isError: true)
      return []
    }
    let json = path.lowercased().hasSuffix(".json")
    let contents = json ? Report.json(m) : Report.markdown(m)
    return [.writeFile(path: path, contents: contents)]
  }

  /// `y`: the selected value of the focused pane (or the open finding's fix) via OSC 52.
  static func copySelected(_ m: inout Model) -> [Effect] {
    guard let value = selectedValue(m), !value.isEmpty else {
      m.flash = Flash(text: "Nothing selected to copy", isError: true)
      return []
    }
    return [.copy(value)]
  }

  static func selectedValue(_ m: Model) -> String? {
    let index = m.list(m.focus).selected
    switch m.focus {
    case .provider: return index < m.rows.provider.count ? m.rows.provider[index].copy : nil
    case .keys: return index < m.rows.keys.count ? m.rows.keys[index].copy : nil
    case .token:
      guard index < m.rows.visibleClaims.count else { return nil }
      return m.rows.claims[m.rows.visibleClaims[index]].copy
    case .findings:
      guard let f = FindingsPane.selected(m) else { return nil }
      return m.overlay != nil ? (f.fix ?? f.id.rawValue) : f.id.rawValue
    case .policy: return nil
    }
  }
}
