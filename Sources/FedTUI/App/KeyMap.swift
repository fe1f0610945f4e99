/// What a key does, independent of which key it is.
enum Action: Equatable, Sendable {
  case nextPane, previousPane
  case up, down, left, right, pageUp, pageDown, top, bottom
  case open, filter, copy, refetch, export, wizard, paste, issuer, help, quit, close, command
  case nextStep, previousStep, nextOutput, choiceLeft, choiceRight
}

/// Where a binding applies. The first matching scope wins: overlays shadow the dashboard.
enum KeyScope: String, Sendable, CaseIterable {
  case dashboard, help, detail, wizard
}

/// One row of the key map: the keys, the action, and the words shown in the footer and help.
struct Binding: Sendable {
  var keys: [Key]
  var action: Action
  var hint: String
  var scope: KeyScope
  /// Shown in the footer (the rest only in `?` help).
  var footer: Bool
}

/// The one key map: it decides what a key does *and* writes the footer hints and the help
/// overlay, so the three cannot drift apart.
enum KeyMap {
  static let bindings: [Binding] = [
    // Dashboard
    Binding(keys: [.tab], action: .nextPane, hint: "next pane", scope: .dashboard, footer: true),
    Binding(keys: [.backTab], action: .previousPane, hint: "previous pane", scope: .dashboard, footer: false),
    Binding(keys: [.up, .char("k")], action: .up, hint: "up", scope: .dashboard, footer: false),
    Binding(keys: [.down, .char("j")], action: .down, hint: "down", scope: .dashboard, footer: false),
    Binding(keys: [.left, .char("h")], action: .previousPane, hint: "previous pane", scope: .dashboard, footer: false),
    Binding(keys: [.right, .char("l")], action: .nextPane, hint: "next pane", scope: .dashboard, footer: false),
    Binding(keys: [.pageUp], action: .pageUp, hint: "page up", scope: .dashboard, footer: false),
    Binding(keys: [.pageDown], action: .pageDown, hint: "page down", scope: .dashboard, footer: false),
    Binding(keys: [.home, .char("g")], action: .top, hint: "first row", scope: .dashboard, footer: false),
    Binding(keys: [.end, .char("G")], action: .bottom, hint: "last row", scope: .dashboard, footer: false),
    Binding(keys: [.enter], action: .open, hint: "detail", scope: .dashboard, footer: true),
    Binding(keys: [.char("/")], action: .filter, hint: "filter claims", scope: .dashboard, footer: true),
    Binding(keys: [.char("y")], action: .copy, hint: "copy value", scope: .dashboard, footer: true),
    Binding(keys: [.char("p")], action: .paste, hint: "paste token", scope: .dashboard, footer: true),
    Binding(keys: [.char("i")], action: .issuer, hint: "issuer", scope: .dashboard, footer: false),
    Binding(keys: [.char("r")], action: .refetch, hint: "refetch", scope: .dashboard, footer: true),
    Binding(keys: [.char("e")], action: .export, hint: "export", scope: .dashboard, footer: true),
    Binding(keys: [.char("w")], action: .wizard, hint: "policy wizard", scope: .dashboard, footer: true),
    Binding(keys: [.char(":")], action: .command, hint: "command line", scope: .dashboard, footer: false),
    Binding(keys: [.escape], action: .close, hint: "cancel fetch, clear filter", scope: .dashboard, footer: false),
    Binding(keys: [.char("?")], action: .help, hint: "help", scope: .dashboard, footer: true),
    Binding(keys: [.char("q"), .ctrl("c")], action: .quit, hint: "quit", scope: .dashboard, footer: true),
    // Help overlay
    Binding(keys: [.up, .char("k")], action: .up, hint: "scroll", scope: .help, footer: false),
    Binding(keys: [.down, .char("j")], action: .down, hint: "scroll", scope: .help, footer: true),
    Binding(keys: [.escape, .char("?"), .char("q")], action: .close, hint: "close help", scope: .help, footer: true),
    Binding(keys: [.ctrl("c")], action: .quit, hint: "quit", scope: .help, footer: false),
    // Finding detail
    Binding(keys: [.up, .char("k")], action: .up, hint: "scroll", scope: .detail, footer: true),
    Binding(keys: [.down, .char("j")], action: .down, hint: "scroll", scope: .detail, footer: false),
    Binding(keys: [.char("y")], action: .copy, hint: "copy value / fix", scope: .detail, footer: true),
    Binding(keys: [.escape, .enter, .char("q")], action: .close, hint: "close", scope: .detail, footer: true),
    Binding(keys: [.ctrl("c")], action: .quit, hint: "quit", scope: .detail, footer: false),
    // Wizard (the Policy pane while the wizard has the keys; other characters are typed)
    Binding(keys: [.enter], action: .nextStep, hint: "next step", scope: .wizard, footer: true),
    Binding(keys: [.backTab], action: .previousStep, hint: "back", scope: .wizard, footer: true),
    Binding(keys: [.up], action: .up, hint: "field up", scope: .wizard, footer: false),
    Binding(keys: [.down], action: .down, hint: "field down", scope: .wizard, footer: false),
    Binding(keys: [.left], action: .choiceLeft, hint: "previous choice", scope: .wizard, footer: false),
    Binding(keys: [.right, .char(" ")], action: .choiceRight, hint: "next choice", scope: .wizard, footer: true),
    Binding(keys: [.tab], action: .nextOutput, hint: "next field / output", scope: .wizard, footer: true),
    Binding(keys: [.pageUp], action: .pageUp, hint: "scroll output up", scope: .wizard, footer: false),
    Binding(keys: [.pageDown], action: .pageDown, hint: "scroll output down", scope: .wizard, footer: false),
    Binding(keys: [.char("y")], action: .copy, hint: "copy output (review)", scope: .wizard, footer: true),
    Binding(keys: [.escape], action: .close, hint: "leave wizard", scope: .wizard, footer: true),
    Binding(keys: [.ctrl("c")], action: .quit, hint: "quit", scope: .wizard, footer: false),
  ]

  /// The action of `key` in `scope`, or nil when the key is not bound there.
  static func action(for key: Key, in scope: KeyScope) -> Action? {
    bindings.first { $0.scope == scope && $0.keys.contains(key) }?.action
  }

  /// Footer hints for a scope, e.g. `[("Tab", "next pane"), ("q", "quit")]`.
  static func hints(_ scope: KeyScope) -> [(keys: String, hint: String)] {
    bindings.filter { $0.scope == scope && $0.footer }.map { ($0.keys[0].label, $0.hint) }
  }

  /// The help overlay's lines: every binding of every scope, grouped by scope.
  static func helpLines() -> [String] {
    var lines: [String] = []
    let titles: [KeyScope: String] = [
      .dashboard: "Dashboard", .help: "This help", .detail: "Detail box", .wizard: "Policy wizard",
    ]
    for scope in KeyScope.allCases {
      lines.append(titles[scope] ?? scope.rawValue)
      for b in bindings where b.scope == scope {
        let keys = label(b)
        lines.append("  " + (keys.count < 10 ? DisplayWidth.padded(keys, to: 10) : keys + " ") + b.hint)
      }
      lines.append("")
    }
    lines.append("Prompts: type, Enter to accept, Esc to cancel; paste works anywhere.")
    return lines
  }

  /// The bindings of one scope as a Markdown table (the README's key table is this text; a
  /// test keeps them equal).
  static func markdownTable(_ scope: KeyScope) -> String {
    var out = "| keys | does |\n|---|---|\n"
    for b in bindings where b.scope == scope {
      out += "| " + b.keys.map { "`\($0.label)`" }.joined(separator: " ") + " | " + b.hint + " |\n"
    }
    return out
  }

  static func label(_ b: Binding) -> String { b.keys.map(\.label).joined(separator: " ") }
}
