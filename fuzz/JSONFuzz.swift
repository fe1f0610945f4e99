/// Fuzz target `json`: the strict parser on raw bytes, then the writer round trip.
enum JSONFuzz {
  static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
    let value: JSONValue
    do {
      value = try JSONParser.parse(bytes: bytes)
    } catch {
      FuzzCheck.require(error.offset >= 0 && error.offset <= bytes.count, "error offset \(error.offset) outside the input")
      FuzzCheck.terminalSafe(error.description, "parse error description")
      return
    }
    FuzzCheck.writerRoundTrip(value)
    _ = value.typeName
    _ = value.numberValue
  }
}
