import Testing

@testable import FedTUI

@Suite struct InputDecoderTests {
  func feed(_ text: String, idle: Bool = true) -> [Msg] {
    var d = InputDecoder()
    var out = text.unicodeScalars.flatMap { d.feed(.scalar($0.value)) }
    if idle { out += d.idle() }
    return out
  }

  func keys(_ msgs: [Msg]) -> [Key] {
    msgs.compactMap { if case .key(let k) = $0 { k } else { nil } }
  }

  @Test func plainCharactersAndControls() {
    #expect(keys(feed("q?/\t\r\u{7F}\u{3}")) == [.char("q"), .char("?"), .char("/"), .tab, .enter, .backspace, .ctrl("c")])
  }

  @Test func loneEscapeIsEscapeAfterIdle() {
    var d = InputDecoder()
    #expect(d.feed(.scalar(27)).isEmpty)
    #expect(keys(d.idle()) == [.escape])
  }

  @Test(arguments: [("\u{1B}[Z", Key.backTab), ("\u{1B}[A", .up), ("\u{1B}OB", .down), ("\u{1B}[5~", .pageUp), ("\u{1B}[3~", .delete)])
  func escapeSequences(seq: String, key: Key) {
    #expect(keys(feed(seq)) == [key])
  }

  @Test func escapeFollowedByAKeyIsBoth() {
    #expect(keys(feed("\u{1B}\t")) == [.escape, .tab])
  }

  @Test func bracketedPasteArrivesAsOneMessageWithControlsKept() {
    let msgs = feed("\u{1B}[200~Bearer ey.J\u{1B}[31m\nx\u{1B}[201~q")
    guard case .paste(let text) = msgs.first else {
      Issue.record("no paste in \(msgs)")
      return
    }
    #expect(text == "Bearer ey.J\u{1B}[31m\nx")
    #expect(keys(Array(msgs.dropFirst())) == [.char("q")])
  }

  @Test func c1ControlsAreNotTyped() {
    #expect(keys(feed("\u{9B}a")) == [.char("a")])
  }
}

@Suite struct TerminalPolicyTests {
  @Test(arguments: [(String?.none, true), ("", true), ("1", false), ("yes", false)])
  func noColorTurnsColourOff(value: String?, allowed: Bool) {
    #expect(NcursesTerminal.colorsAllowed(noColor: value) == allowed)
  }

  @Test func osc52UsesStandardPaddedBase64() {
    #expect(Base64.standard(Array("a?>".utf8)) == "YT8+")
    #expect(Base64.standard(Array("ab".utf8)) == "YWI=")
  }
}
