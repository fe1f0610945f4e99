import FedCore

/// Boxes drawn over the dashboard: the `?` help and the detail of the selected row.
enum Overlays {
  static func help(_ screen: inout Screen, _ area: Rect, scroll: Int) {
    let lines = KeyMap.helpLines()
    let rect = area.centered(width: 64, height: lines.count + 2)
    let inner = Widgets.box(&screen, rect, title: "Help: keys", focused: true)
    let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: inner.height)
    let maxScroll = max(0, lines.count - content.height)
    Widgets.lines(&screen, content, lines.map { ($0, $0.hasPrefix(" ") ? .plain : .title) }, scroll: min(scroll, maxScroll))
  }

  static func detail(_ screen: inout Screen, _ area: Rect, _ m: Model, scroll: Int) {
    let raw: [(String, Style)]
    switch m.focus {
    case .findings: raw = FindingsPane.detail(m)
    case .token: raw = TokenPane.detail(m)
    case .provider, .keys:
      let rows = m.focus == .provider ? m.rows.provider : m.rows.keys
      let i = m.list(m.focus).selected
      raw = i < rows.count ? [(rows[i].label, .title), (rows[i].value, rows[i].style)] : []
    case .policy: raw = []
    }
    let width = min(area.width - 2, 100)
    let lines = FindingsPane.wrapped(raw, width: width - 4)
    let rect = area.centered(width: width, height: lines.count + 2)
    let inner = Widgets.box(&screen, rect, title: "Detail (Esc closes)", focused: true)
    let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
    let maxScroll = max(0, lines.count - content.height)
    Widgets.lines(&screen, content, lines, scroll: min(scroll, maxScroll))
  }
}
