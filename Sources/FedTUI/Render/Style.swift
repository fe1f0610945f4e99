/// How one cell looks. Colours are advisory: the terminal adapter drops them under `NO_COLOR`.
struct Style: Equatable, Hashable, Sendable {
  /// The few colours the dashboard uses, by meaning rather than by number.
  enum Color: UInt8, Sendable {
    case normal, red, yellow, green, cyan, blue, magenta
  }

  var color: Color = .normal
  var bold = false
  var reverse = false
  var dim = false
  var underline = false

  static let plain = Style()
  static let bold = Style(bold: true)
  static let dim = Style(dim: true)
  static let reverse = Style(reverse: true)
  static let title = Style(color: .cyan, bold: true)
  static let error = Style(color: .red, bold: true)
  static let warning = Style(color: .yellow, bold: true)
  static let ok = Style(color: .green, bold: true)
  static let info = Style(color: .blue)
  static let key = Style(color: .cyan, bold: true)

  /// The same style, reversed (the selection highlight).
  var selected: Style {
    var s = self
    s.reverse = true
    return s
  }
}
