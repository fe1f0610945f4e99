import FedCore
import Foundation
import Testing

@testable import FedTUI

/// Bracketed pastes of hostile size. Regressions: the decoder copied the whole paste for every
/// character and counted it again (quadratic in the paste's length), and a paste past the cap dropped
/// its own end marker, so the dashboard stayed in paste mode and swallowed every later key.
@Suite struct HostilePasteTests {
  static func feed(_ decoder: inout InputDecoder, _ text: String) -> [Msg] {
    text.unicodeScalars.flatMap { decoder.feed(.scalar($0.value)) }
  }

  static func pasted(_ messages: [Msg]) -> [String] {
    messages.compactMap { if case .paste(let text) = $0 { text } else { nil } }
  }

  @Test func largePasteArrivesWhole() {
    var decoder = InputDecoder()
    let body = String(repeating: "eyJhbGciOiJSUzI1NiJ9.", count: 10_000)  // 210 KB
    let start = ContinuousClock.now
    let messages = Self.feed(&decoder, "\u{1B}[200~" + body + "\u{1B}[201~")
    print("a \(body.utf8.count)-byte paste decoded in \(ContinuousClock.now - start)")
    #expect(Self.pasted(messages) == [body])
    #expect(decoder.isIdle)
  }

  @Test func pastePastTheCapIsCutAndStillEnds() {
    var decoder = InputDecoder()
    let body = String(repeating: "a", count: InputDecoder.pasteLimit + 10)
    let messages = Self.feed(&decoder, "\u{1B}[200~" + body + "\u{1B}[201~")
    let texts = Self.pasted(messages)
    #expect(texts.count == 1)
    #expect(texts.first?.count == InputDecoder.pasteLimit)
    #expect(decoder.isIdle)
    // Keys work again after it.
    let after = Self.feed(&decoder, "q")
    guard case .key(.char("q"))? = after.first else {
      Issue.record("the key after an oversized paste was swallowed: \(after)")
      return
    }
  }

  @Test func pasteCarryingEscapesKeepsThemAsText() {
    var decoder = InputDecoder()
    let hostile = "\u{1B}]52;c;SEVMTE8=\u{07}\u{1B}[2J"
    let messages = Self.feed(&decoder, "\u{1B}[200~" + hostile + "\u{1B}[201~")
    #expect(Self.pasted(messages) == [hostile])
  }
}
