import FedCore
import Foundation
import Testing

/// Tokens are secrets (`spec/product.md`): a check with a marked token leaves the mark in no
/// file written under $HOME, /tmp or the working tree, and reports never carry the signature.
@Suite struct SecrecyTests {
  /// Files modified after `reference` under the roots, except the reference itself.
  static func filesModified(after reference: String, under roots: [String]) throws -> [String] {
    let find = Process()
    find.executableURL = URL(fileURLWithPath: "/usr/bin/find")
    find.arguments = roots + ["-xdev", "-type", "f", "-newer", reference, "-size", "-64M"]
    let pipe = Pipe()
    find.standardOutput = pipe
    find.standardError = FileHandle.nullDevice
    try find.run()
    let listing = pipe.fileHandleForReading.readDataToEndOfFile()
    find.waitUntilExit()
    return String(decoding: listing, as: UTF8.self).split(separator: "\n").map(String.init).filter { $0 != reference }
  }

  /// The files among `paths` that contain `needle` (read whole; unreadable files are skipped).
  static func files(_ paths: [String], containing needle: String) -> [String] {
    let bytes = Data(needle.utf8)
    return paths.filter { path in
      guard let data = FileManager.default.contents(atPath: path) else { return false }
      return data.range(of: bytes) != nil
    }
  }

  @Test func markedTokenIsWrittenNowhere() async throws {
    let mark = "MARK-" + UUID().uuidString
    try await FaultServer.with { server in
      let token = HostileTokens.token(
        payload:
          #"{"iss":"\#(server.info.base)/ok","sub":"project_path:g/p:ref_type:branch:ref:main","aud":"sts.amazonaws.com","exp":1700003600,"iat":1700000000,"note":"x\#(mark)x"}"#
      )
      let signature = String(token.split(separator: ".")[2])
      let home = ProcessInfo.processInfo.environment["HOME"] ?? "/root"
      let reference = FileManager.default.temporaryDirectory.appendingPathComponent("fedtui-secrecy-ref-\(UUID().uuidString)").path
      #expect(FileManager.default.createFile(atPath: reference, contents: Data()))
      defer { try? FileManager.default.removeItem(atPath: reference) }
      try await Task.sleep(for: .milliseconds(20))  // distinct mtimes on coarse file systems

      var outputs: [FedTUIProcess.Outcome] = []
      for format in ["text", "json"] {
        outputs.append(
          try FedTUIProcess.run(
            [
              "check", "--token-file", "-", "--ca-file", server.info.ca, "--allow-private-network", "--now", "1700000100", "--format",
              format,
            ],
            stdin: Array(token.utf8)))
      }
      outputs.append(
        try FedTUIProcess.run(
          ["check", "--token-file", "-", "--issuer", "https://127.0.0.1:1", "--timeout", "1"], stdin: Array((token + "garbage").utf8)))

      // A control file holding the mark proves the search finds what is there (it is removed after).
      let control = FileManager.default.temporaryDirectory.appendingPathComponent("fedtui-secrecy-control-\(UUID().uuidString)").path
      #expect(FileManager.default.createFile(atPath: control, contents: Data("x\(mark)x".utf8)))
      defer { try? FileManager.default.removeItem(atPath: control) }

      let roots = [home, "/tmp", FedTUIProcess.packageRoot.path, FileManager.default.temporaryDirectory.path]
      let written = try Self.filesModified(after: reference, under: Array(Set(roots)))
      print("secrecy: \(written.count) files modified during the run were searched")
      #expect(Set(Self.files(written, containing: mark)) == [control])
      #expect(Self.files(written, containing: signature).isEmpty)
      for outcome in outputs {
        // The report shows the claims (the mark is in one) but never the signature or the token.
        #expect(!outcome.stdoutText.contains(signature) && !outcome.stderrText.contains(signature))
        #expect(!outcome.stdoutText.contains(token) && !outcome.stderrText.contains(token))
      }
      #expect(outputs[0].stdoutText.contains(mark) || outputs[1].stdoutText.contains(mark))
    }
  }

  /// The check report's JSON carries the signature's length only.
  @Test func reportsRedactTheSignature() {
    let token = HostileTokens.token(payload: #"{"iss":"https://gitlab.com","sub":"x","aud":"a","exp":1700003600}"#)
    let signature = String(token.split(separator: ".")[2])
    let report = Checker.report(CheckOptions(tokenText: token), token: TokenInput(raw: token), snapshot: nil, now: 1_700_000_000)
    let json = report.jsonText()
    let text = CheckReportText.plain(report)
    #expect(!json.contains(signature) && !text.contains(signature))
    #expect(!json.contains(String(signature.prefix(16))) && !text.contains(String(signature.prefix(16))))
    #expect(report.json()["token"]?["signatureBytes"] == .integer(256))
  }
}
