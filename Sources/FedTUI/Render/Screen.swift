import FedCore

/// One character cell: a scalar and its style (zero-width scalars such as combining marks are
/// dropped, which keeps cells small and comparisons cheap). A wide character occupies its own
/// cell and a `continuation` cell to its right.
struct Cell: Equatable, Sendable {
  var char: Unicode.Scalar
  var style: Style

  static let blank = Cell(char: " ", style: .plain)
  /// The right half of a wide character: never written to the terminal itself.
  static let continuation = Cell(char: "\u{0}", style: .plain)
}

/// An in-memory grid of cells: what `view(model)` draws into and what the terminal adapter
/// diffs. Pure and cheap, so snapshot tests compare its text.
struct Screen: Equatable, Sendable {
  let width: Int
  let height: Int
  private(set) var cells: [Cell]

  init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  subscript(x: Int, y: Int) -> Cell {
    get { cells[y * width + x] }
    set { cells[y * width + x] = newValue }
  }

  var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  /// Writes `text` from (x, y), clipped to `limit` columns (default: to the right edge).
  /// Returns the columns used. Callers escape untrusted text (`TextSafety.escaped`); anything
  /// a terminal could still interpret is escaped here too, so no control ever reaches a cell.
  @discardableResult
  mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
    guard y >= 0, y < height, x >= 0, x < width else { return 0 }
    let end = min(width, x + (limit ?? width))
    let safe = text.unicodeScalars.contains(where: TextSafety.isUnsafe) ? TextSafety.escaped(String(text)) : String(text)
    var col = x
    // Scalars, not grapheme clusters: no segmentation cost per frame.
    for scalar in safe.unicodeScalars {
      let w = DisplayWidth.of(scalar)
      if w == 0 { continue }
      if col + w > end { break }
      cells[y * width + col] = Cell(char: scalar, style: style)
      if w == 2 { cells[y * width + col + 1] = .continuation }
      col += w
    }
    return col - x
  }

  /// Paints every cell of `rect` with a blank of `style`.
  mutating func fill(_ rect: Rect, style: Style = .plain) {
    let r = rect.intersection(bounds)
    guard r.width > 0, r.height > 0 else { return }
    for y in r.y..<r.maxY {
      for x in r.x..<r.maxX { self[x, y] = Cell(char: " ", style: style) }
    }
  }

  /// Changes the style of cells in a row range (used for selection highlights).
  mutating func restyle(y: Int, x: Int, width w: Int, _ change: (inout Style) -> Void) {
    guard y >= 0, y < height else { return }
    for col in max(0, x)..<min(width, x + w) { change(&cells[y * width + col].style) }
  }

  /// One line of text (continuation cells skipped, trailing spaces trimmed).
  func line(_ y: Int) -> String {
    var s = ""
    for x in 0..<width where self[x, y] != .continuation { s.unicodeScalars.append(self[x, y].char) }
    while s.last == " " { s.removeLast() }
    return s
  }

  /// The whole screen as text, one line per row: what snapshot tests compare.
  var text: String { (0..<height).map(line).joined(separator: "\n") }
}
