/// The Markdown report (the dashboard's `e` export). Every string from a token, a server or a
/// policy goes through `TextSafety.escaped` (no terminal control survives `cat report.md`) and,
/// inside code spans, through `Markdown.code` (a backtick cannot close the span). The token
/// itself never appears: the header, the claims, and only the signature's first and last four
/// characters.
public enum MarkdownReport {
  /// The signature as `abcd…wxyz`, or "(redacted)" when it is too short to show any of it.
  public static func redactedSignature(_ jwt: JWT?) -> String {
    guard let sig = jwt?.encodedSignature, sig.count > 12 else { return "(redacted)" }
    return String(sig.prefix(4)) + "…" + String(sig.suffix(4))
  }

  /// The whole report. `verdict` is the line shown in bold at the top.
  public static func render(
    verdict: String, issuer: String?, jwt: JWT?, decodeError: TokenDecodeError?, findings: [Finding]
  ) -> String {
    var out = "# FedTUI report\n\n"
    out += "**" + Markdown.text(verdict) + "**\n\n"
    out += "- Issuer: " + Markdown.code(issuer ?? "(none)") + "\n"
    if let jwt {
      out += "- Signature: " + Markdown.code(redactedSignature(jwt)) + " (redacted)\n\n## Token header\n\n"
      out += Markdown.fenced(JSONWriter.string(jwt.header, pretty: true), info: "json") + "\n## Claims\n\n"
      out += Markdown.fenced(JSONWriter.string(jwt.claims, pretty: true), info: "json") + "\n"
    } else if let decodeError {
      out += "- Token: does not decode: \(Markdown.text(decodeError.message))\n\n"
    }
    out += "## Findings\n\n"
    if findings.isEmpty { out += "None.\n" }
    for f in findings {
      out += "### \(Markdown.code(f.id.rawValue)) (\(f.severity.rawValue))\n\n\(Markdown.text(f.title))\n\n"
      for e in f.evidence { out += "- \(Markdown.text(e.label)): \(Markdown.code(e.value))\n" }
      if let aws = f.awsError { out += "\nAWS error: \(Markdown.code(aws))\n" }
      if let fix = f.fix { out += "\nFix: \(Markdown.text(fix))\n" }
      out += "\n"
    }
    // Defence in depth: the signature never appears whole, wherever it was pasted.
    if let sig = jwt.map({ String($0.encodedSignature) }), sig.count >= 16 {
      out = out.replacing(sig, with: redactedSignature(jwt) + " (signature redacted)")
    }
    return out
  }
}

/// Markdown quoting for untrusted text (CommonMark 0.31 §6.1 code spans, §4.5 fenced blocks).
public enum Markdown {
  /// Escaped text on one line (`TextSafety.escaped`: controls, line breaks, invisibles visible).
  public static func text(_ s: String) -> String { TextSafety.escaped(s) }

  /// A code span that no backtick inside can close: the fence is one backtick longer than the
  /// longest run inside, padded with spaces when the text starts or ends with a backtick.
  public static func code(_ s: String) -> String {
    let safe = TextSafety.escaped(s)
    let fence = String(repeating: "`", count: longestRun(of: "`", in: safe) + 1)
    let pad = safe.hasPrefix("`") || safe.hasSuffix("`") || safe.isEmpty ? " " : ""
    return fence + pad + safe + pad + fence
  }

  /// A fenced block whose fence is longer than any backtick run inside; lines are escaped.
  public static func fenced(_ body: String, info: String) -> String {
    let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map { TextSafety.escaped(String($0)) }
    let fence = String(repeating: "`", count: max(3, lines.map { longestRun(of: "`", in: $0) }.max().map { $0 + 1 } ?? 3))
    return fence + info + "\n" + lines.joined(separator: "\n") + "\n" + fence + "\n"
  }

  static func longestRun(of c: Character, in s: String) -> Int {
    var best = 0
    var run = 0
    for x in s {
      run = x == c ? run + 1 : 0
      best = max(best, run)
    }
    return best
  }
}
