/// Fuzz target `render`: the Markdown and JSON renderers over any token and finding text.
/// The input is `token \0 text`: the token through the whole offline check, and `text` as
/// the AWS error, evidence and title of an extra finding. Invariants: the Markdown report holds
/// no terminal control and never the signature; every code span's fence is longer than any
/// backtick run inside it; the JSON report parses back.
enum RenderFuzz {
  static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
    let parts = bytes.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false).map(Array.init)
    let token = String(decoding: parts[0], as: UTF8.self)
    let text = parts.count > 1 ? String(decoding: parts[1], as: UTF8.self) : "`x`"
    let options = CheckOptions(tokenText: token, jwksDocument: .init(path: "jwks.json", bytes: CheckFuzz.seedJWKS), now: 1_700_000_100)
    guard let report = Checker.runOffline(options) else { return }
    let extra = Finding(.issURLInvalid, .error, title: text, evidence: [Evidence(text, text)], awsError: text, fix: text)
    let jwt = try? report.decoded?.get()
    let markdown = MarkdownReport.render(
      verdict: text, issuer: text, jwt: jwt, decodeError: nil, findings: report.findings + [extra])
    FuzzCheck.terminalSafe(markdown.withoutNewlines, "Markdown report")
    if let sig = jwt.map({ String($0.encodedSignature) }), sig.count >= 16 {
      FuzzCheck.require(!markdown.contains(sig), "Markdown report contains the signature")
    }
    let span = Markdown.code(text)
    let fence = span.prefix { $0 == "`" }.count
    let inner = span.dropFirst(fence).dropLast(fence)
    FuzzCheck.require(Markdown.longestRun(of: "`", in: String(inner)) < fence, "code span can be closed early: \(span.debugDescription)")
    let json = report.jsonText(pretty: false)
    FuzzCheck.terminalSafe(json, "JSON report")
    FuzzCheck.require((try? JSONParser.parse(json, maxDepth: 200)) != nil, "JSON report does not parse")
  }
}

extension String {
  /// Newlines are the Markdown report's own line structure; everything else must be safe.
  var withoutNewlines: String { String(unicodeScalars.filter { $0 != "\n" }.map(Character.init)) }
}
