import FedCore

/// Colour for CLI text output: only on a terminal and never with `NO_COLOR` (no-color.org).
enum ReportStyle {
  static func colourAllowed(fd: Int32 = 1) -> Bool {
    guard Output.isTerminal(fd) else { return false }
    if let value = Output.environment("NO_COLOR"), !value.isEmpty { return false }
    return Output.environment("TERM") != "dumb"
  }

  /// The lines joined, with ANSI SGR colour when `colour` is true.
  static func render(_ lines: [CheckReportText.Line], colour: Bool) -> String {
    lines.map { line in
      guard colour, let code = sgr(line.style) else { return line.text }
      return "\u{1B}[\(code)m" + line.text + "\u{1B}[0m"
    }.joined(separator: "\n") + "\n"
  }

  static func sgr(_ style: CheckReportText.Style) -> String? {
    switch style {
    case .plain: nil
    case .verdictAccept: "1;32"
    case .verdictReject: "1;31"
    case .verdictUnknown: "1;33"
    case .heading: "1"
    case .error: "31"
    case .warning: "33"
    case .info: "36"
    case .dim: "2"
    }
  }
}
