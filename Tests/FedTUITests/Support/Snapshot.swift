import Foundation
import Testing

@testable import FedTUI

/// Text snapshots of `Screen`s under Tests/FedTUITests/Snapshots. Set
/// `FEDTUI_RECORD_SNAPSHOTS=1` to (re)write them instead of comparing.
enum Snapshot {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Snapshots")

  static var recording: Bool { ProcessInfo.processInfo.environment["FEDTUI_RECORD_SNAPSHOTS"] == "1" }

  static func check(_ screen: Screen, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let file = directory.appendingPathComponent("\(name)-\(screen.width)x\(screen.height).txt")
    let actual = screen.text + "\n"
    if recording || !FileManager.default.fileExists(atPath: file.path) {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try actual.write(to: file, atomically: true, encoding: .utf8)
      if !recording {
        Issue.record("recorded missing snapshot \(file.lastPathComponent); run again", sourceLocation: sourceLocation)
      }
      return
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    #expect(
      actual == expected, "snapshot \(file.lastPathComponent) differs (FEDTUI_RECORD_SNAPSHOTS=1 re-records)",
      sourceLocation: sourceLocation)
  }
}

/// Builders for test models.
enum Models {
  /// A compact token with the given JSON header and payload (signature placeholder).
  static func token(header: String = #"{"alg":"RS256","kid":"k1"}"#, payload: String) -> String {
    b64(header) + "." + b64(payload) + ".c2lnbmF0dXJlLWJ5dGVzLWZvci10ZXN0cw"
  }

  static func b64(_ s: String) -> String {
    Data(s.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-")
      .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
  }

  static func sized(_ m: Model, _ w: Int, _ h: Int) -> Model {
    var m = m
    _ = App.update(&m, .resize(width: w, height: h))
    return m
  }

  /// Applies keys in order, collecting every effect.
  static func press(_ m: inout Model, _ keys: [Key]) -> [Effect] {
    keys.flatMap { App.update(&m, .key($0)) }
  }

  static func type(_ m: inout Model, _ text: String) -> [Effect] {
    press(&m, text.map { Key.char($0) })
  }
}
