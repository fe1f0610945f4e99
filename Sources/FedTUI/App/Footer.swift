import FedCore

/// The bottom line: the prompt being typed, a flash message, or the key hints of the key map.
enum Footer {
  static func render(_ screen: inout Screen, _ rect: Rect, _ m: Model) {
    if let prompt = m.prompt {
      let shown = prompt.kind == .token || TokenShape.isJWTLike(prompt.text) ? masked(prompt.text) : prompt.text
      let text = prompt.label + TextSafety.escaped(shown) + (prompt.error.map { "  ✖ " + TextSafety.escaped($0) } ?? "")
      // Keep the end of long input visible.
      let room = rect.width - 1
      let visible = DisplayWidth.of(text) > room ? "…" + String(text.suffix(max(0, room - 1))) : text
      let used = screen.put(visible, x: rect.x, y: rect.y, style: .bold)
      screen.put("█", x: rect.x + used, y: rect.y, style: .key)
      return
    }
    if let flash = m.flash {
      screen.put(flash.text, x: rect.x, y: rect.y, style: flash.isError ? .error : .ok)
      return
    }
    var x = rect.x
    for hint in hints(m, width: rect.width) {
      x += screen.put(hint.keys, x: x, y: rect.y, style: .key)
      x += screen.put(" " + hint.hint + "  ", x: x, y: rect.y, style: .dim)
    }
  }

  /// A pasted token is shown as its length and edges only: it is a secret.
  static func masked(_ text: String) -> String {
    guard text.count > 24, !App.looksLikePath(text) else { return text }
    return String(text.prefix(8)) + "…" + String(text.suffix(4)) + " (\(text.count) chars)"
  }

  /// The key map's footer hints for the current scope, dropping from the middle to fit while
  /// always keeping help and quit.
  static func hints(_ m: Model, width: Int) -> [(keys: String, hint: String)] {
    let scope: KeyScope =
      switch m.overlay {
      case .help: .help
      case .detail: .detail
      case nil: m.focus == .policy && m.wizard.active ? .wizard : .dashboard
      }
    let all = KeyMap.hints(scope)
    func cost(_ h: (keys: String, hint: String)) -> Int { DisplayWidth.of(h.keys) + DisplayWidth.of(h.hint) + 3 }
    let fixed = all.filter { $0.keys == "?" || $0.keys == "q" || $0.keys == "Esc" }
    var budget = width - fixed.reduce(0) { $0 + cost($1) }
    var out: [(keys: String, hint: String)] = []
    for h in all where !fixed.contains(where: { $0.keys == h.keys }) {
      if cost(h) <= budget {
        out.append(h)
        budget -= cost(h)
      }
    }
    return out + fixed
  }
}
