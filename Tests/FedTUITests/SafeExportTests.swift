import FedCore
import Foundation
import Testing

@testable import FedTUI

/// Exports: a new file is created exclusively with mode 0600 and never through a symlink; an
/// existing path needs a y/n; the default file name is replaced by the first typed character;
/// untrusted text cannot break out of Markdown code spans or reach the terminal.
@Suite struct SafeExportTests {
  static func directory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("fedtui-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func mode(_ path: String) throws -> Int {
    (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }

  @Test func newFileIsExclusiveAnd0600() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("r.md").path
    #expect(FileIO.create(path, "report") == nil)
    #expect(try Self.mode(path) == 0o600)
    let again = FileIO.create(path, "other")
    #expect(again?.exists == true)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "report")
  }

  @Test func symlinkIsNeverFollowed() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let victim = dir.appendingPathComponent("victim").path
    try "precious".write(toFile: victim, atomically: false, encoding: .utf8)
    let link = dir.appendingPathComponent("fedtui-report.md").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
    #expect(FileIO.create(link, "report")?.exists == true)
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious")
    // After a yes: the link itself is replaced by a regular 0600 file; the victim is untouched.
    #expect(FileIO.replace(link, "report") == nil)
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious")
    #expect(try FileManager.default.attributesOfItem(atPath: link)[.type] as? FileAttributeType == .typeRegular)
    #expect(try String(contentsOfFile: link, encoding: .utf8) == "report")
    #expect(try Self.mode(link) == 0o600)
  }

  @Test func replacedFileEndsUp0600() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("r.md").path
    try "old".write(toFile: path, atomically: false, encoding: .utf8)
    chmod(path, 0o666)
    #expect(FileIO.replace(path, "new") == nil)
    #expect(try Self.mode(path) == 0o600)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["r.md"])
  }

  @Test func existingPathAsksYesOrNo() {
    var m = Model.demo()
    _ = App.update(&m, .exported(path: "r.md", FileFailure(message: "File exists", exists: true)))
    #expect(m.prompt?.kind == .question(.replaceFile(path: "r.md")))
    #expect(m.prompt?.label.contains("r.md exists. Replace it? y/n") == true)
    // Other keys do nothing; n leaves the file alone.
    #expect(Models.press(&m, [.char("e"), .enter]).isEmpty)
    #expect(Models.press(&m, [.char("n")]).isEmpty && m.prompt == nil)
    _ = App.update(&m, .exported(path: "r.md", FileFailure(message: "File exists", exists: true)))
    let effects = Models.press(&m, [.char("y")])
    guard case .replaceFile(let path, let contents)? = effects.first else {
      Issue.record("expected replaceFile, got \(effects)")
      return
    }
    #expect(path == "r.md" && contents.hasPrefix("# FedTUI report"))
  }

  @Test func firstTypedCharacterReplacesTheDefaultName() {
    var m = Model.demo()
    _ = Models.press(&m, [.char("e")])
    #expect(m.prompt?.text == "fedtui-report.md")
    _ = Models.type(&m, "/tmp/x.md")
    #expect(m.prompt?.text == "/tmp/x.md")
    let effects = Models.press(&m, [.enter])
    guard case .writeFile(let path, _)? = effects.first else {
      Issue.record("expected writeFile, got \(effects)")
      return
    }
    #expect(path == "/tmp/x.md")
    // Enter alone keeps the default.
    _ = Models.press(&m, [.char("e")])
    guard case .writeFile(let kept, _)? = Models.press(&m, [.enter]).first else {
      Issue.record("Enter did not export")
      return
    }
    #expect(kept == "fedtui-report.md")
  }

  @Test func markdownEscapesAWSErrorAndBackticks() {
    let finding = Finding(
      .issURLInvalid, .error, title: "t\u{1B}]52;c;x\u{07}", evidence: [Evidence("iss", "a`b``c"), Evidence("edge", "`x`")],
      awsError: "No OpenIDConnect provider found for \u{1B}[2J`https://x`", fix: "f")
    let text = MarkdownReport.render(verdict: "v", issuer: "https://i`ss", jwt: nil, decodeError: nil, findings: [finding])
    #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    #expect(text.contains("AWS error: `` No OpenIDConnect provider found for \\e[2J`https://x` ``"))
    #expect(text.contains("- iss: ```a`b``c```"))
    #expect(text.contains("- edge: `` `x` ``"))
    #expect(text.contains("- Issuer: ``https://i`ss``"))
  }
}
