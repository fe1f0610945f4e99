import FedCore

/// The Findings pane: every finding sorted by severity, with its rule id; Enter for detail.
enum FindingsPane {
  static func badge(_ s: Severity) -> (String, Style) {
    switch s {
    case .error: ("ERROR  ", .error)
    case .warning: ("WARN   ", .warning)
    case .info: ("INFO   ", .info)
    }
  }

  static func render(_ screen: inout Screen, _ rect: Rect, _ m: Model) {
    let findings = m.rows.findings
    if findings.isEmpty {
      let text: String
      if !m.jobs.isEmpty {
        text = "Checking… findings appear when the fetches finish (Esc cancels)."
      } else if m.input == nil {
        text = "No token loaded. Press p to paste a token (or give a file path), i to set the issuer."
      } else {
        text = "No findings."
      }
      let head = Widgets.wrap(text, width: rect.width).map { ($0, Style.dim) }
      Widgets.lines(&screen, rect, head + [("", .plain)] + (m.jobs.isEmpty ? [] : FetchList.lines(m)))
      return
    }
    // Wide terminals: the list on the left, the selected finding's detail on the right.
    var listRect = rect
    if rect.width >= 110 {
      let (left, right) = rect.splitLeft(rect.width * 3 / 5)
      listRect = Rect(x: left.x, y: left.y, width: left.width - 1, height: left.height)
      for y in right.y..<right.maxY { screen.put("│", x: right.x, y: y, style: .dim) }
      let detailRect = Rect(x: right.x + 2, y: right.y, width: right.width - 2, height: right.height)
      Widgets.lines(&screen, detailRect, wrapped(detail(m), width: detailRect.width))
    }
    let state = m.list(.findings)
    let window = state.window(visible: listRect.height, count: findings.count)
    // Rule ids are never cut: the column is as wide as the longest one shown.
    let idWidth = min(34, findings.map(\.id.rawValue.count).max() ?? 18)
    for (i, f) in findings[window].enumerated() {
      let y = listRect.y + i
      let b = badge(f.severity)
      var col = listRect.x
      col += screen.put(b.0, x: col, y: y, style: b.1, limit: listRect.width)
      col += screen.put(DisplayWidth.padded(f.id.rawValue, to: idWidth) + " ", x: col, y: y, style: .bold, limit: listRect.maxX - col)
      screen.put(TextSafety.escaped(f.title), x: col, y: y, limit: listRect.maxX - col)
      if window.lowerBound + i == state.selected, m.focus == .findings {
        screen.restyle(y: y, x: listRect.x, width: listRect.width) { $0.reverse = true }
      }
    }
  }

  /// The selected finding.
  static func selected(_ m: Model) -> Finding? {
    let i = m.list(.findings).selected
    return i < m.rows.findings.count ? m.rows.findings[i] : nil
  }

  /// Detail lines: id, severity, evidence, the predicted AWS error and the fix. Every value
  /// from the token or the network is escaped.
  static func detail(_ m: Model) -> [(String, Style)] {
    guard let f = selected(m) else { return [] }
    let b = badge(f.severity)
    var lines: [(String, Style)] = [
      (f.id.rawValue, .title), (b.0.trimmingSpaces + " · confidence: " + f.confidence.rawValue, b.1),
      (TextSafety.escaped(f.title), .bold), ("", .plain),
    ]
    if !f.evidence.isEmpty {
      lines.append(("Evidence", .bold))
      for e in f.evidence { lines.append(("  " + TextSafety.escaped(e.label) + ": " + TextSafety.escaped(e.value), .plain)) }
      lines.append(("", .plain))
    }
    if let aws = f.awsError {
      lines.append(("AWS would say", .bold))
      lines.append(("  " + TextSafety.escaped(aws), .warning))
      lines.append(("", .plain))
    }
    if let fix = f.fix {
      lines.append(("Fix", .bold))
      lines.append(("  " + TextSafety.escaped(fix), .ok))
    }
    return lines
  }

  /// Word-wraps styled lines to a width.
  static func wrapped(_ lines: [(String, Style)], width: Int) -> [(String, Style)] {
    lines.flatMap { line in Widgets.wrap(line.0, width: width).map { ($0, line.1) } }
  }
}

extension String {
  var trimmingSpaces: String {
    var s = Substring(self)
    while s.last == " " { s.removeLast() }
    while s.first == " " { s.removeFirst() }
    return String(s)
  }
}
