import FedCore

/// The verdict line: `AWS would ACCEPT` / `AWS would REJECT — 3 errors, 2 warnings` /
/// `cannot tell: … could not be reached from here; AWS fetches from the internet — 1 error`.
enum VerdictLine {
  static func text(_ m: Model) -> String {
    guard m.input != nil else { return "No token loaded: press p to paste one (or a file path)" }
    guard m.outcome != nil else { return m.jobs.isEmpty ? "No verdict: the check was cancelled (r retries)" : "Checking…" }
    let f = m.rows.findings
    let errors = f.count(.error)
    let warnings = f.count(.warning)
    var parts: [String] = []
    if errors > 0 { parts.append(plural(errors, "error")) }
    if warnings > 0 { parts.append(plural(warnings, "warning")) }
    let head: String
    switch Verdict(f) {
    case .accept: head = "AWS would ACCEPT"
    case .reject: head = "AWS would REJECT"
    case .unknown: head = CheckReport.verdictLine(f)
    }
    return parts.isEmpty ? head : head + " — " + parts.joined(separator: ", ")
  }

  static func style(_ m: Model) -> Style {
    guard m.outcome != nil else { return .dim }
    switch Verdict(m.rows.findings) {
    case .accept: return .ok
    case .reject: return .error
    case .unknown: return .warning
    }
  }

  static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}

/// Draws the whole dashboard into a `Screen`. Pure: the same model gives the same cells.
enum View {
  static func render(_ m: Model) -> Screen {
    var screen = Screen(width: m.width, height: m.height)
    guard m.width >= 20, m.height >= 6 else {
      screen.put("FedTUI: terminal too small", x: 0, y: 0, style: .warning)
      return screen
    }
    let (top, rest) = screen.bounds.splitTop(3)
    let (body, footer) = rest.splitBottom(1)
    header(&screen, top, m)
    pane(&screen, body, m)
    Footer.render(&screen, footer, m)
    switch m.overlay {
    case .help(let scroll): Overlays.help(&screen, body, scroll: scroll)
    case .detail(let scroll): Overlays.detail(&screen, body, m, scroll: scroll)
    case nil: break
    }
    return screen
  }

  /// Title and issuer, the spinner of running jobs, the verdict line and the pane tabs.
  static func header(_ screen: inout Screen, _ rect: Rect, _ m: Model) {
    screen.fill(Rect(x: 0, y: rect.y, width: rect.width, height: 1), style: .reverse)
    var title = " FedTUI" + (m.isDemo ? " demo" : "")
    if let issuer = m.issuer, !issuer.isEmpty { title += " │ " + TextSafety.escaped(issuer) }
    let jobText = m.jobs.first.map { job in
      " " + Widgets.spinner(elapsed: m.clock - job.started) + " " + job.label + " " + Widgets.seconds(m.clock - job.started)
        + (rect.width >= 100 ? " (Esc cancels) " : " ")
    }
    let jobWidth = jobText.map { DisplayWidth.of($0) } ?? 0
    screen.put(title, x: 0, y: rect.y, style: Style(bold: true, reverse: true), limit: max(0, rect.width - jobWidth - 1))
    if let jobText {
      let shown = DisplayWidth.truncated(jobText, to: rect.width / 2)
      screen.put(shown, x: rect.width - DisplayWidth.of(shown), y: rect.y, style: Style(color: .yellow, bold: true, reverse: true))
    }
    screen.put(" " + VerdictLine.text(m), x: 0, y: rect.y + 1, style: VerdictLine.style(m))
    var x = 1
    for pane in PaneID.allCases {
      var label = pane.title
      if pane == .findings, !m.rows.findings.isEmpty { label += " \(m.rows.findings.count)" }
      let style: Style = pane == m.focus ? Style(color: .cyan, bold: true, reverse: true) : .dim
      x += screen.put(" " + label + " ", x: x, y: rect.y + 2, style: style) + 1
    }
  }

  static func pane(_ screen: inout Screen, _ rect: Rect, _ m: Model) {
    let inner = Widgets.box(&screen, rect, title: m.focus.title, focused: true)
    let content = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: inner.height)
    switch m.focus {
    case .provider: ProviderPane.render(&screen, content, m)
    case .keys: KeysPane.render(&screen, content, m)
    case .token: TokenPane.render(&screen, content, m)
    case .findings: FindingsPane.render(&screen, content, m)
    case .policy: WizardPane.render(&screen, content, m)
    }
  }
}
