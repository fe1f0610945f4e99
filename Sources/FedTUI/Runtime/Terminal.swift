#if canImport(Glibc)
  import Glibc
#endif

/// What the loop needs from a terminal. The ncurses adapter is the real one; tests use
/// `MemoryTerminal`.
protocol TerminalDevice: AnyObject {
  /// Enters full-screen mode.
  func start() throws
  /// Restores the terminal exactly as it was. Safe to call twice.
  func stop()
  var size: (width: Int, height: Int) { get }
  /// Waits up to `timeoutMs` for input and returns what arrived (keys, pastes, resizes).
  func read(timeoutMs: Int) -> [Msg]
  /// Shows a screen, writing only the cells that changed since the last one.
  func draw(_ screen: Screen)
  /// Sends text to the system clipboard with OSC 52.
  func copy(_ text: String) -> ClipboardResult
}

/// A terminal in memory: scripted input, the last screen kept for assertions.
final class MemoryTerminal: TerminalDevice {
  var size: (width: Int, height: Int)
  var script: [[Msg]]
  private(set) var screens: [Screen] = []
  private(set) var copies: [String] = []
  private(set) var started = false

  init(width: Int, height: Int, script: [[Msg]]) {
    size = (width, height)
    self.script = script
  }

  func start() throws { started = true }
  func stop() { started = false }
  /// Whether background work is still running: while false, scripted idle batches are skipped.
  var isBusy: () -> Bool = { false }

  /// The next scripted batch; an empty batch waits a little, as a quiet terminal would.
  func read(timeoutMs: Int) -> [Msg] {
    while script.first?.isEmpty == true, !isBusy() { script.removeFirst() }
    guard !script.isEmpty else { return [.key(.char("q"))] }
    let batch = script.removeFirst()
    if batch.isEmpty { usleep(UInt32(min(timeoutMs, 20)) * 1000) }
    return batch
  }
  func draw(_ screen: Screen) { screens.append(screen) }
  func copy(_ text: String) -> ClipboardResult {
    copies.append(text)
    return .sent(characters: text.count, via: "memory")
  }
}
