/// Cleans pasted token text: strips a leading `Bearer `, surrounding quotes and all
/// whitespace and line breaks, and records each step so it can be reported (`token-cleaned`).
public struct TokenInput: Sendable, Equatable {
  /// One cleaning step that changed the input.
  public enum Cleaning: String, Sendable, Equatable, CaseIterable {
    case byteOrderMark = "removed a byte-order mark (a UTF-16 or UTF-8-with-BOM token file was decoded)"
    case bearerPrefix = "removed a leading \"Bearer \""
    case quotes = "removed surrounding quotes"
    case whitespace = "removed whitespace or line breaks"
  }

  /// The compact serialisation after cleaning.
  public var compact: String
  /// The steps that changed the input, in the order they were applied.
  public var cleanings: [Cleaning]
  /// The UTF-8 byte offset of the first U+FFFD in the raw text: where a token file held a byte
  /// that is not UTF-8 (`TokenFileText`). Nil for clean text.
  public var invalidByteOffset: Int?

  public init(raw: String) {
    // Fast path, the common case: a token that is already compact (only base64url characters,
    // dots and `=`) has nothing to clean. One byte scan instead of grapheme-by-grapheme work.
    if Self.isAlreadyCompact(raw) {
      self.compact = raw
      self.cleanings = []
      self.invalidByteOffset = nil
      return
    }
    var steps: Set<Cleaning> = []
    invalidByteOffset = Self.replacementOffset(raw)
    var text = Substring(raw)
    if text.unicodeScalars.first == "\u{FEFF}" {
      text = Substring(text.unicodeScalars.dropFirst())
      steps.insert(.byteOrderMark)
    }
    func trim() {
      let before = text.count
      while let f = text.first, f.isWhitespace { text.removeFirst() }
      while let l = text.last, l.isWhitespace { text.removeLast() }
      if text.count != before { steps.insert(.whitespace) }
    }
    trim()
    // Quotes (a JSON string or shell quoting) and the scheme, in either nesting.
    for _ in 0..<2 {
      if text.count >= 2, let f = text.first, f == "\"" || f == "'", text.last == f {
        text = text.dropFirst().dropLast()
        steps.insert(.quotes)
        trim()
      }
      if text.prefix(7).lowercased() == "bearer ", !steps.contains(.bearerPrefix) {
        text = text.dropFirst(7)
        steps.insert(.bearerPrefix)
        trim()
      }
    }
    if text.contains(where: \.isWhitespace) {
      text = Substring(text.filter { !$0.isWhitespace })
      steps.insert(.whitespace)
    }
    self.compact = String(text)
    self.cleanings = Cleaning.allCases.filter(steps.contains)
  }

  /// The UTF-8 offset of the first U+FFFD (EF BF BD), if any.
  static func replacementOffset(_ raw: String) -> Int? {
    var offset = 0
    for scalar in raw.unicodeScalars {
      if scalar == "\u{FFFD}" { return offset }
      offset += UTF8.width(scalar)
    }
    return nil
  }

  /// Whether every byte is a base64url character, `.` or `=`: then no cleaning step applies
  /// (no whitespace, no quotes, and `Bearer ` needs a space).
  static func isAlreadyCompact(_ raw: String) -> Bool {
    let scan = raw.utf8.withContiguousStorageIfAvailable { bytes in
      notCompactTable.withUnsafeBufferPointer { table in
        var rejected: UInt8 = 0
        for b in bytes { rejected |= table[Int(b)] }
        return rejected == 0
      }
    }
    return scan ?? raw.utf8.allSatisfy(isCompactByte)
  }

  /// 1 for every byte `isCompactByte` refuses, 0 otherwise (a branch-free scan).
  static let notCompactTable: [UInt8] = (0...255).map { isCompactByte(UInt8($0)) ? 0 : 1 }

  @inline(__always)
  static func isCompactByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
      UInt8(ascii: "="):
      true
    default: false
    }
  }
}
