import FedCore

/// The dashboard's pure state machine: a message in, the model changed, effects out as data.
enum App {
  static func update(_ m: inout Model, _ msg: Msg) -> [Effect] {
    switch msg {
    case .key(let key):
      return handleKey(&m, key)
    case .paste(let text):
      // A token goes to the token slot whatever prompt is open (never into an issuer or a file name).
      if m.prompt != nil && TokenShape.isJWTLike(text) {
        m.prompt = nil
        return loadToken(&m, text)
      }
      if m.prompt != nil {
        m.prompt?.text += text.filter { $0 != "\n" && $0 != "\r" }
        return promptChanged(&m)
      }
      return loadToken(&m, text)
    case .resize(let w, let h):
      m.width = max(1, w)
      m.height = max(1, h)
    case .tick(let clock, let now):
      m.clock = clock
      m.now = now
    case .checkFinished(let job, let outcome):
      finish(&m, job: job, outcome)
    case .fetchProgress(let job, let progress):
      track(&m, job: job, progress)
    case .tokenFileRead(_, .success(let text)):
      return loadToken(&m, text)
    case .tokenFileRead(let path, .failure(let f)):
      m.flash = Flash(text: "Cannot read \(TextSafety.escaped(path)): \(f.message)", isError: true)
    case .copied(let result):
      m.flash = copyFlash(result)
    case .exported(let path, let failure) where failure?.exists == true:
      m.prompt = Prompt(kind: .question(.replaceFile(path: path)))
    case .exported(let path, let failure):
      let shown = TextSafety.escaped(path)
      m.flash =
        failure.map { Flash(text: "Export to \(shown) failed: \($0.message)", isError: true) }
        ?? Flash(text: "Report written to \(shown) (signature redacted)", isError: false)
    }
    return []
  }

  /// A check's result, unless it was cancelled (then it is dropped).
  static func finish(_ m: inout Model, job: Int, _ outcome: CheckOutcome) {
    guard m.jobs.contains(where: { $0.id == job }) else { return }
    m.jobs.removeAll { $0.id == job }
    m.outcome = outcome
    m.rebuildRows()
    askAboutRefusedHost(&m)
  }

  /// One fetch of the running check started or finished.
  static func track(_ m: inout Model, job: Int, _ progress: FetchProgress) {
    guard m.jobs.contains(where: { $0.id == job }) else { return }
    switch progress.phase {
    case .started: m.fetches.append(FetchLine(url: progress.url, started: m.clock))
    case .finished(let ok, let seconds):
      if let i = m.fetches.lastIndex(where: { $0.url == progress.url && $0.result == nil }) { m.fetches[i].result = (ok, seconds) }
    }
  }

  static func copyFlash(_ result: ClipboardResult) -> Flash {
    switch result {
    case .sent(let n, let via):
      Flash(text: "Copied \(n) characters via OSC 52 (\(via)); if nothing arrives, the terminal refuses OSC 52", isError: false)
    case .refused(let why):
      Flash(text: "Copy refused: \(why)", isError: true)
    }
  }

  /// Routes a key to the prompt, the overlay, the wizard or the dashboard, in that order.
  static func handleKey(_ m: inout Model, _ key: Key) -> [Effect] {
    if m.prompt != nil { return promptKey(&m, key) }
    if key != .escape { m.flash = nil }
    switch m.overlay {
    case .help(let scroll):
      return overlayAction(&m, KeyMap.action(for: key, in: .help), scroll: scroll) { .help(scroll: $0) }
    case .detail(let scroll):
      if KeyMap.action(for: key, in: .detail) == .copy { return copySelected(&m) }
      return overlayAction(&m, KeyMap.action(for: key, in: .detail), scroll: scroll) { .detail(scroll: $0) }
    case nil:
      if m.focus == .policy, m.wizard.active { return wizardKey(&m, key) }
      guard let action = KeyMap.action(for: key, in: .dashboard) else { return [] }
      return perform(&m, action)
    }
  }

  static func overlayAction(_ m: inout Model, _ action: Action?, scroll: Int, _ make: (Int) -> Overlay) -> [Effect] {
    switch action {
    case .up: m.overlay = make(max(0, scroll - 1))
    case .down: m.overlay = make(scroll + 1)
    case .close: m.overlay = nil
    case .quit: return quit(&m)
    default: break
    }
    return []
  }

  static func quit(_ m: inout Model) -> [Effect] {
    m.quit = true
    return m.jobs.map { .cancel(job: $0.id) } + [.quit]
  }

  /// A dashboard action.
  static func perform(_ m: inout Model, _ action: Action) -> [Effect] {
    let count = m.rows.count(m.focus)
    let page = max(1, m.height - 7)
    switch action {
    case .nextPane: m.focus = PaneID(rawValue: (m.focus.rawValue + 1) % PaneID.allCases.count)!
    case .previousPane: m.focus = PaneID(rawValue: (m.focus.rawValue + PaneID.allCases.count - 1) % PaneID.allCases.count)!
    case .up: moveSelection(&m, -1, count)
    case .down: moveSelection(&m, 1, count)
    case .pageUp: moveSelection(&m, -page, count)
    case .pageDown: moveSelection(&m, page, count)
    case .top: moveSelection(&m, -count, count)
    case .bottom: moveSelection(&m, count, count)
    case .left, .right, .nextStep, .previousStep, .nextOutput, .choiceLeft, .choiceRight: break
    case .open: if count > 0 { m.overlay = .detail(scroll: 0) }
    case .filter:
      m.focus = .token
      m.prompt = Prompt(kind: .filter, text: m.claimFilter)
    case .copy: return copySelected(&m)
    case .refetch: return refetch(&m)
    case .export: openExport(&m)
    case .wizard: startWizard(&m)
    case .paste: m.prompt = Prompt(kind: .token)
    case .issuer: m.prompt = Prompt(kind: .issuer(thenToken: m.input == nil), text: m.issuer ?? "")
    case .command: m.prompt = Prompt(kind: .command)
    case .help: m.overlay = .help(scroll: 0)
    case .quit: return quit(&m)
    case .close: return escape(&m)
    }
    return []
  }

  static func moveSelection(_ m: inout Model, _ delta: Int, _ count: Int) {
    var state = m.list(m.focus)
    state.move(delta, count: count)
    state.follow(visible: max(1, m.height - 7), count: count)
    m.lists[m.focus] = state
  }

  /// Esc on the dashboard: cancel running fetches, else clear the claim filter.
  static func escape(_ m: inout Model) -> [Effect] {
    if !m.jobs.isEmpty {
      let effects = m.jobs.map { Effect.cancel(job: $0.id) }
      m.jobs = []
      m.flash = Flash(text: "Fetch cancelled; press r to try again", isError: false)
      m.rebuildRows()
      return effects
    }
    if !m.claimFilter.isEmpty {
      m.claimFilter = ""
      m.rows.visibleClaims = TokenPane.filter(m.rows.claims, "")
      m.lists[.token] = ListState()
    }
    return []
  }

  static func openExport(_ m: inout Model) {
    guard m.input != nil else {
      m.flash = Flash(text: "Nothing to export yet: press p to load a token", isError: true)
      return
    }
    m.prompt = Prompt(kind: .export, text: "fedtui-report.md", isDefault: true)
  }
}
