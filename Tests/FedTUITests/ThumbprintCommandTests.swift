import FedCore
import Foundation
import Testing

@testable import FedTUI

@Suite struct ThumbprintCommandTests {
  @Test(arguments: [
    ["thumbprint", "http://gitlab.com"], ["thumbprint", "ftp://x"], ["thumbprint", "https://"],
    ["thumbprint", "gitlab.com", "--timeout", "0"], ["thumbprint", "gitlab.com", "--format", "xml"],
    ["thumbprint", "gitlab.com", "--ca-file", "/nonexistent/ca.pem"], ["thumbprint"],
  ])
  func badUsageExitsTwo(arguments: [String]) async {
    #expect(await FedTUIMain.run(arguments: arguments) == 2)
  }

  @Test func unreachableHostExitsOne() async throws {
    // A loopback port that nothing listens on: bind one, note it, close it.
    let port = try Self.closedLoopbackPort()
    #expect(await FedTUIMain.run(arguments: ["thumbprint", "https://127.0.0.1:\(port)/", "--timeout", "3"]) == 1)
  }

  static let chain = ServedChain(
    url: "https://idp.example/\u{1B}[31m",
    certificates: [
      ServedCertificate(
        subject: "CN = idp.example\u{202E}", issuer: "CN = Inter", der: [1], sha1Thumbprint: String(repeating: "a", count: 40),
        notBefore: "Jan 1 00:00:00 2026 GMT", notAfter: "Jan 1 00:00:00 2027 GMT"),
      ServedCertificate(subject: "CN = Inter", issuer: "CN = Root", der: [2], sha1Thumbprint: String(repeating: "b", count: 40)),
    ],
    publiclyTrusted: false)

  @Test func textShowsTheTopThumbprintAndEscapesServerStrings() {
    let text = ThumbprintReport.text(Self.chain)
    #expect(text.hasPrefix("thumbprint  " + String(repeating: "b", count: 40) + "\n"))
    #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    #expect(text.contains("\\e[31m") && text.contains("\\u{202E}"))
  }

  @Test func jsonIsOneObjectWithTheChain() throws {
    let value = try JSONParser.parse(ThumbprintReport.json(Self.chain))
    #expect(value["thumbprint"]?.stringValue == String(repeating: "b", count: 40))
    #expect(value["publiclyTrusted"]?.boolValue == false)
    #expect(value["chain"]?.arrayValue?.count == 2)
    #expect(value["chain"]?.arrayValue?.last?["notAfter"] == .null)
  }

  static func closedLoopbackPort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
        bind(fd, raw, length) == 0 && getsockname(fd, raw, &length) == 0
      }
    }
    guard bound else { throw CocoaError(.fileReadUnknown) }
    return Int(UInt16(bigEndian: address.sin_port))
  }
}
