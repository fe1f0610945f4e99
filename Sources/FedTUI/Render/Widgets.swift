/// Small pure drawing helpers over `Screen`.
enum Widgets {
  /// A single-line border with a title; returns the inner rectangle.
  @discardableResult
  static func box(_ screen: inout Screen, _ rect: Rect, title: String, focused: Bool) -> Rect {
    guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
    screen.fill(rect)
    let style: Style = focused ? .key : .dim
    let horizontal = String(repeating: "─", count: rect.width - 2)
    screen.put("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: style)
    screen.put("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, style: style)
    for row in (rect.y + 1)..<(rect.maxY - 1) {
      screen.put("│", x: rect.x, y: row, style: style)
      screen.put("│", x: rect.maxX - 1, y: row, style: style)
    }
    if !title.isEmpty, rect.width > 6 {
      screen.put(" " + title + " ", x: rect.x + 2, y: rect.y, style: focused ? .title : .bold, limit: rect.width - 4)
    }
    return rect.inset(1)
  }

  /// Word-wraps text to `width` columns, keeping each paragraph's leading indent; long words
  /// are cut. Keeps explicit line breaks.
  static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let indent = String(paragraph.prefix(while: { $0 == " " }).prefix(max(0, width / 2)))
      let room = width - indent.count
      var line = ""
      var used = 0
      for word in paragraph.dropFirst(indent.count).split(separator: " ") {
        var w = String(word)
        var ww = DisplayWidth.of(w)
        if used > 0, used + 1 + ww > room {
          lines.append(indent + line)
          line = ""
          used = 0
        }
        while ww > room {
          let head = String(w.prefix(room))
          if used > 0 {
            lines.append(indent + line)
            line = ""
            used = 0
          }
          lines.append(indent + head)
          w = String(w.dropFirst(room))
          ww = DisplayWidth.of(w)
        }
        if used > 0 {
          line += " "
          used += 1
        }
        line += w
        used += ww
      }
      lines.append(line.isEmpty ? "" : indent + line)
    }
    return lines
  }

  /// Text lines with a scroll offset into a rectangle; returns how many lines fit.
  @discardableResult
  static func lines(_ screen: inout Screen, _ rect: Rect, _ lines: [(String, Style)], scroll: Int = 0) -> Int {
    guard rect.height > 0 else { return 0 }
    let start = min(max(0, scroll), max(0, lines.count - 1))
    for (i, line) in lines.dropFirst(start).prefix(rect.height).enumerated() {
      screen.put(line.0, x: rect.x, y: rect.y + i, style: line.1, limit: rect.width)
    }
    return rect.height
  }

  /// The spinner frame for an elapsed time (pure: frame chosen from the clock).
  static func spinner(elapsed: Double) -> String {
    let frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
    return frames[Int(max(0, elapsed) * 10) % frames.count]
  }

  /// "1.2 s" style elapsed time.
  static func seconds(_ s: Double) -> String {
    let tenths = Int((max(0, s) * 10).rounded())
    return "\(tenths / 10).\(tenths % 10) s"
  }
}

/// Selection and scroll of a list whose rows are precomputed: only visible rows are drawn.
struct ListState: Equatable, Sendable {
  var selected = 0
  var scroll = 0

  /// Moves the selection by `delta`, clamped to `count` rows.
  mutating func move(_ delta: Int, count: Int) {
    guard count > 0 else {
      selected = 0
      scroll = 0
      return
    }
    selected = min(max(0, selected + delta), count - 1)
  }

  /// Adjusts `scroll` so the selection is inside a window of `visible` rows.
  mutating func follow(visible: Int, count: Int) {
    guard visible > 0 else { return }
    if selected < scroll { scroll = selected }
    if selected >= scroll + visible { scroll = selected - visible + 1 }
    scroll = max(0, min(scroll, max(0, count - visible)))
  }

  /// The scroll a view should use for `visible` rows (view-side; the model may not know the height).
  func window(visible: Int, count: Int) -> Range<Int> {
    var copy = self
    copy.follow(visible: visible, count: count)
    return copy.scroll..<min(count, copy.scroll + visible)
  }
}
