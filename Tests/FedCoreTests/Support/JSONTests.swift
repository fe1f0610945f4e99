import Testing

@testable import FedCore

@Suite struct JSONParserTests {
  @Test func keepsOrderAndTypes() throws {
    let v = try JSONParser.parse(#"{"z":1,"a":1.5,"s":"true","b":true,"n":null,"arr":[1,"x"],"o":{"k":-2}}"#)
    #expect(v.objectMembers?.map(\.name) == ["z", "a", "s", "b", "n", "arr", "o"])
    #expect(v["z"] == .integer(1))
    #expect(v["a"] == .float(1.5))
    #expect(v["s"] == .string("true"))
    #expect(v["b"] == .bool(true))
    #expect(v["n"] == .null)
    #expect(v["o"]?["k"] == .integer(-2))
    #expect(v["a"]?.typeName == "float")
  }

  @Test(arguments: [
    ("{", JSONParseError.Reason.unexpectedEnd, 1),
    (#"{"a":}"#, .unexpectedByte(UInt8(ascii: "}")), 5),
    (#"{"a":1}x"#, .trailingData, 7),
    (#"["\x"]"#, .invalidEscape, 3),
    ("01", .trailingData, 1),
    ("[1.]", .invalidNumber, 3),
  ])
  func rejectsWithOffset(text: String, reason: JSONParseError.Reason, offset: Int) {
    #expect(throws: JSONParseError(reason: reason, offset: offset)) { try JSONParser.parse(text) }
  }

  @Test func limitsDepth() {
    let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
    #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
    let ok = String(repeating: "[", count: 10) + String(repeating: "]", count: 10)
    #expect((try? JSONParser.parse(ok)) != nil)
  }

  @Test func decodesEscapesAndSurrogates() throws {
    let v = try JSONParser.parse(#""a\n\u00e9\ud83d\ude00""#)
    #expect(v == .string("a\né😀"))
  }

  @Test func bigIntegerBecomesFloat() throws {
    #expect(try JSONParser.parse("123456789012345678901234") == .float(123456789012345678901234.0))
    #expect(try JSONParser.parse("1e3") == .float(1000))
  }

  @Test func writerRoundTripsAndEscapesControls() throws {
    let text = #"{"b":[1,2.5,"x\u001b[2J"],"a":null}"#
    let v = try JSONParser.parse(text)
    let written = JSONWriter.string(v)
    #expect(written == #"{"b":[1,2.5,"x\u001b[2J"],"a":null}"#)
    #expect(try JSONParser.parse(written) == v)
  }
}

@Suite struct TextSafetyTests {
  @Test(arguments: [
    ("plain", "plain"),
    ("\u{1B}]52;c;aGk=\u{07}", "\\e]52;c;aGk=\\u{7}"),
    ("a\nb", "a\\nb"),
    ("\u{202E}evil", "\\u{202E}evil"),
    ("\u{9B}31m", "\\u{9B}31m"),
  ])
  func escapes(input: String, expected: String) {
    #expect(TextSafety.escaped(input) == expected)
  }
}

@Suite struct Base64URLTests {
  @Test func roundTrips() throws {
    for n in 0..<40 {
      let bytes = (0..<n).map { UInt8(($0 * 37 + 11) & 0xFF) }
      #expect(try Base64URL.decode(Base64URL.encode(bytes)) == bytes)
    }
  }

  @Test func reportsFirstBadCharacter() {
    #expect(throws: Base64URL.DecodeError(offset: 3, character: "+")) { try Base64URL.decode("abc+def") }
  }
}

@Suite struct TimeFormatTests {
  @Test(arguments: [
    (Int64(0), "1970-01-01T00:00:00Z"),
    (1_764_098_080, "2025-11-25T19:14:40Z"),
    (951_782_400, "2000-02-29T00:00:00Z"),
    (-1, "1969-12-31T23:59:59Z"),
  ])
  func utc(seconds: Int64, expected: String) {
    #expect(TimeFormat.utc(seconds) == expected)
  }

  @Test func relative() {
    #expect(TimeFormat.relative(1000, now: 1000 + 3 * 3600) == "3 h ago")
    #expect(TimeFormat.relative(1000 + 300, now: 1000) == "in 5 min")
    #expect(TimeFormat.relative(1000, now: 1002) == "now")
  }
}
