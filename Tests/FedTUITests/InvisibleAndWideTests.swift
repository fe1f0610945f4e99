import Testing

@testable import FedCore
@testable import FedTUI

/// Invisible code points are escaped visibly and unambiguously; wide and zero-width characters
/// take their Unicode 15 widths, so a line of each fits its pane and leaves no stale text.
@Suite struct InvisibleAndWideTests {
  @Test(arguments: [
    ("a\u{200B}b", "a\\u{200B}b"), ("a\u{200C}b", "a\\u{200C}b"), ("a\u{200D}b", "a\\u{200D}b"), ("a\u{2060}b", "a\\u{2060}b"),
    ("a\u{FEFF}b", "a\\u{FEFF}b"), ("so\u{AD}ft", "so\\u{AD}ft"), ("tag\u{E0041}", "tag\\u{E0041}"), ("\u{3164}", "\\u{3164}"),
    ("\u{115F}x", "\\u{115F}x"), ("a\\eb", "a\\\\eb"), ("\u{1B}", "\\e"),
  ])
  func invisiblesAreEscaped(raw: String, shown: String) {
    #expect(TextSafety.escaped(raw) == shown)
  }

  @Test func escapedBackslashIsUnambiguous() {
    #expect(TextSafety.escaped("\\e") != TextSafety.escaped("\u{1B}"))
    #expect(TextSafety.escaped("\\u{200B}") != TextSafety.escaped("\u{200B}"))
  }

  @Test(arguments: [
    ("🚀", 2), ("⌚", 2), ("☕", 2), ("\u{1FA70}", 2), ("\u{0489}", 0), ("\u{0591}", 0), ("漢", 2), ("Ａ", 2), ("a", 1), ("é", 1),
    ("\u{1F6DC}", 2),
  ])
  func widthsComeFromTheUnicodeTable(text: String, width: Int) {
    #expect(DisplayWidth.of(text.unicodeScalars.first!) == width)
  }

  @Test func tableIsUnicode15OrLater() {
    #expect((Int(UnicodeTables.version.split(separator: ".")[0]) ?? 0) >= 15)
  }

  /// A line of each sample character, drawn at a pane's right border: the border stays put.
  @Test(arguments: ["🚀", "⌚", "☕", "\u{1FA70}", "a\u{0489}", "a\u{0591}", "漢"])
  func aLineOfEachStaysInsideItsWidth(sample: String) {
    var screen = Screen(width: 20, height: 1)
    let line = String(repeating: sample, count: 30)
    let used = screen.put(line, x: 0, y: 0, limit: 19)
    screen.put("│", x: 19, y: 0)
    #expect(used <= 19)
    let text = screen.text
    #expect(text.hasSuffix("│") || text.hasSuffix("│\n"))
    #expect(DisplayWidth.of(DisplayWidth.truncated(line, to: 19)) <= 19)
  }
}
