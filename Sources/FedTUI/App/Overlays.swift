import FedCore

/// Boxes drawn over the dashboard: the `?` help and the detail of the selected row.
enum Overlays {
  static func help(_ screen: inout Screen, _ area: Rect, scroll: Int) {
    let lines = KeyMap.helpLines()
    let width = min(area.width - 2, 100)
    let twoColumns = width - 4 >= 70
    let perColumn = twoColumns ? (lines.count + 1) / 2 : lines.count
    let rect = area.centered(width: width, height: perColumn + 2)
    let inner = Widgets.box(&screen, rect, title: "Help: keys (Esc closes)", focused: true)
    let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: inner.height)
    let styled = lines.map { ($0, $0.hasPrefix(" ") ? Style.plain : .title) }
    let maxScroll = max(0, perColumn - content.height)
    let offset = min(scroll, maxScroll)
    guard twoColumns else {
      Widgets.lines(&screen, content, styled, scroll: offset)
      return
    }
    let (left, right) = content.splitLeft(content.width / 2)
    Widgets.lines(&screen, left, Array(styled.prefix(perColumn)), scroll: offset)
    Widgets.lines(&screen, right, Array(styled.dropFirst(perColumn)), scroll: offset)
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
