import CCurses
import FedCore

#if canImport(Glibc)
  import Glibc
#endif

/// The ncurses adapter: the only code that calls ncurses. Wide characters (`wget_wch`,
/// `setcchar`), the locale set before `newterm`, colours only without `NO_COLOR`, and only
/// changed cells written.
final class NcursesTerminal: TerminalDevice {
  private var previous: Screen?
  private var decoder = InputDecoder()
  private var active = false
  private var colors = false
  private var savedTermios = termios()

  func start() throws {
    tcgetattr(0, &savedTermios)
    Signals.saveTerminalModes()
    _ = fed_setlocale_all()
    setenv("ESCDELAY", "25", 0)
    // newterm, not initscr: initscr exits the process on an unknown TERM.
    guard fed_newterm() != nil else {
      let term = TextSafety.escaped(Output.environment("TERM") ?? "unset")
      throw UsageError(message: "cannot open the terminal (TERM=\(term)); try TERM=xterm-256color")
    }
    active = true
    raw()
    noecho()
    nonl()
    keypad(fed_stdscr(), true)
    curs_set(0)
    colors = Self.colorsAllowed(noColor: Output.environment("NO_COLOR"))
    if colors, has_colors() {
      start_color()
      use_default_colors()
      let table: [(Style.Color, Int16)] = [(.red, 1), (.yellow, 3), (.green, 2), (.cyan, 6), (.blue, 4), (.magenta, 5)]
      for (color, fg) in table { init_pair(Int16(color.rawValue), fg, -1) }
    } else {
      colors = false
    }
    refresh()
    rawWrite("\u{1B}[?2004h")  // bracketed paste
  }

  /// `NO_COLOR` set to anything but the empty string turns colour off (no-color.org);
  /// bold and reverse stay, so the selection and the verdict remain visible.
  static func colorsAllowed(noColor: String?) -> Bool { noColor.map(\.isEmpty) ?? true }

  func stop() {
    guard active else { return }
    active = false
    rawWrite("\u{1B}[?2004l")
    endwin()
    tcsetattr(0, TCSANOW, &savedTermios)
  }

  var size: (width: Int, height: Int) { (Int(fed_cols()), Int(fed_lines())) }

  func read(timeoutMs: Int) -> [Msg] {
    var out: [Msg] = []
    wtimeout(fed_stdscr(), Int32(timeoutMs))
    while true {
      var ch: wint_t = 0
      let rc = wget_wch(fed_stdscr(), &ch)
      if rc == ERR {
        out += decoder.idle()
        break
      }
      let unit: InputDecoder.Unit
      if rc == KEY_CODE_YES {
        if Int32(ch) == fed_key_resize() {
          out.append(.resize(width: size.width, height: size.height))
          continue
        }
        guard let key = Self.key(forCode: Int32(ch)) else { continue }
        unit = .key(key)
      } else {
        unit = .scalar(UInt32(ch))
      }
      out += decoder.feed(unit)
      // After the first unit, drain what is already buffered; wait briefly inside sequences.
      wtimeout(fed_stdscr(), decoder.isIdle ? 0 : 30)
    }
    return PasteBurst.coalesce(out)
  }

  static func key(forCode code: Int32) -> Key? {
    switch code {
    case KEY_UP: .up
    case KEY_DOWN: .down
    case KEY_LEFT: .left
    case KEY_RIGHT: .right
    case KEY_PPAGE: .pageUp
    case KEY_NPAGE: .pageDown
    case KEY_HOME: .home
    case KEY_END: .end
    case KEY_BTAB: .backTab
    case KEY_BACKSPACE: .backspace
    case KEY_DC: .delete
    case KEY_ENTER: .enter
    default: nil
    }
  }

  func draw(_ screen: Screen) {
    let full = previous.map { $0.width != screen.width || $0.height != screen.height } ?? true
    if full { erase() }
    for y in 0..<screen.height {
      for x in 0..<screen.width {
        let cell = screen[x, y]
        if cell == .continuation { continue }
        if !full, let previous, previous[x, y] == cell { continue }
        put(cell, x: x, y: y)
      }
    }
    previous = screen
    refresh()
  }

  private func put(_ cell: Cell, x: Int, y: Int) {
    var attrs: attr_t = 0
    if cell.style.bold { attrs |= fed_a_bold() }
    if cell.style.reverse { attrs |= fed_a_reverse() }
    if cell.style.dim { attrs |= fed_a_dim() }
    if cell.style.underline { attrs |= fed_a_underline() }
    let pair: Int16 = colors ? Int16(cell.style.color.rawValue) : 0
    let wide: [wchar_t] = [wchar_t(bitPattern: cell.char.value), 0]
    _ = fed_mvadd_wchstr(Int32(y), Int32(x), wide, attrs, pair)
  }

  func copy(_ text: String) -> ClipboardResult {
    guard Output.isTerminal(1) else { return .refused("standard output is not a terminal") }
    let bytes = Array(text.utf8)
    guard bytes.count <= 74_994 else { return .refused("the value is \(bytes.count) bytes, over OSC 52's usual limit") }
    rawWrite("\u{1B}]52;c;" + Base64.standard(bytes) + "\u{07}")
    let via = Output.environment("TMUX") != nil ? "tmux: needs set-clipboard on" : "terminal"
    return .sent(characters: text.count, via: via)
  }

  /// Bytes straight to the terminal, around ncurses (OSC 52, bracketed paste mode).
  private func rawWrite(_ s: String) {
    fflush(nil)
    Output.writeAll(fd: 1, s)
  }
}

/// Standard (padded) base64, as OSC 52 wants.
enum Base64 {
  static func standard(_ bytes: [UInt8]) -> String {
    var s = Base64URL.encode(bytes).replacingAll("-", "+").replacingAll("_", "/")
    while s.utf8.count % 4 != 0 { s += "=" }
    return s
  }
}

extension String {
  func replacingAll(_ a: Character, _ b: Character) -> String { String(map { $0 == a ? b : $0 }) }
}
