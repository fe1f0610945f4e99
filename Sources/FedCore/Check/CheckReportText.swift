/// The human text of a check report: the verdict first, then a short summary of token, issuer
/// and keys, then findings grouped by severity, wrapped to a width (80 by default). Every
/// string that came from the token or the network goes through `TextSafety.escaped`.
/// Pure: lines carry a style; the caller decides whether to colour them.
public enum CheckReportText {
  /// How a line should look where colour is allowed.
  public enum Style: Sendable, Equatable {
    case plain, verdictAccept, verdictReject, verdictUnknown, heading, error, warning, info, dim
  }

  /// One output line.
  public struct Line: Sendable, Equatable {
    public var text: String
    public var style: Style
    public init(_ text: String, _ style: Style = .plain) {
      self.text = text
      self.style = style
    }
  }

  public static func lines(_ report: CheckReport, width: Int = 80) -> [Line] {
    let headStyle = verdictStyle(report.verdict)
    let head = CheckReport.verdictLine(report.findings) + counts(report) + report.assumptionSuffix
    var out = wrap(head, width: width, indent: 2).map { Line($0, headStyle) }
    out += summary(report, width: width)
    if let aws = report.aws { out += AWSReportText.lines(aws) }
    for severity in Severity.allCases {
      let group = report.findings.filter { $0.severity == severity }
      guard !group.isEmpty else { continue }
      out.append(Line(""))
      out.append(Line(heading(severity, group.count), style(severity)))
      for finding in group { out += lines(finding, width: width) }
    }
    return out
  }

  static func verdictStyle(_ v: Verdict) -> Style {
    switch v {
    case .accept: .verdictAccept
    case .reject: .verdictReject
    case .unknown: .verdictUnknown
    }
  }

  static func counts(_ r: CheckReport) -> String {
    let w = r.findings.count(.warning)
    let i = r.findings.count(.info)
    return (w > 0 ? ", \(w) warning" + (w == 1 ? "" : "s") : "") + (i > 0 ? ", \(i) info" : "")
  }

  static func heading(_ s: Severity, _ n: Int) -> String {
    switch s {
    case .error: "ERRORS (\(n))"
    case .warning: "WARNINGS (\(n))"
    case .info: "INFO (\(n))"
    }
  }

  static func style(_ s: Severity) -> Style {
    switch s {
    case .error: .error
    case .warning: .warning
    case .info: .info
    }
  }

  static func summary(_ r: CheckReport, width: Int) -> [Line] {
    var out: [Line] = []
    if let jwt = r.jwt {
      // One claim a line, so a long `sub` never separates from its label.
      let parts = [("iss", jwt.iss), ("sub", jwt.sub), ("aud", jwt.aud?.values.joined(separator: ",")), ("kid", jwt.kid), ("alg", jwt.alg)]
      for (i, part) in parts.enumerated() {
        let text = (i == 0 ? "Token   " : "        ") + part.0 + "  " + TextSafety.escaped(part.1 ?? "-")
        out += wrap(text, width: width, indent: 13).map { Line($0, .dim) }
      }
    } else if case .failure(let e)? = r.decoded {
      out.append(Line("Token   not decoded: " + TextSafety.escaped(e.message), .dim))
    }
    if let s = r.snapshot {
      var text = "Issuer  " + TextSafety.escaped(s.issuer.isEmpty ? "(offline files)" : s.issuer) + " (\(r.profile.name))"
      out += wrap(text, width: width, indent: 8).map { Line($0, .dim) }
      if let keys = r.keySet, let url = s.jwks?.url {
        let count = "\(keys.keys.count) key" + (keys.keys.count == 1 ? "" : "s")
        let found = r.jwt?.kid.map { keys.keys(withKid: $0).isEmpty ? ", token kid not there" : ", token kid found" } ?? ""
        out += wrap("Keys    \(count)\(found), at " + TextSafety.escaped(url), width: width, indent: 8).map { Line($0, .dim) }
      }
    }
    return out
  }

  static func lines(_ f: Finding, width: Int) -> [Line] {
    let marker: String
    switch f.severity {
    case .error: marker = "x"
    case .warning: marker = "!"
    case .info: marker = "i"
    }
    var out = wrap("\(marker) \(f.id.rawValue): \(TextSafety.escaped(f.title))", width: width, indent: 4).map {
      Line($0, style(f.severity))
    }
    for e in f.evidence {
      out += wrap("    \(TextSafety.escaped(e.label)): \(TextSafety.escaped(e.value))", width: width, indent: 8).map { Line($0) }
    }
    if let aws = f.awsError { out += wrap("    AWS: \(TextSafety.escaped(aws))", width: width, indent: 9).map { Line($0, .dim) } }
    if let fix = f.fix { out += wrap("    fix: \(TextSafety.escaped(fix))", width: width, indent: 9).map { Line($0) } }
    for command in f.fixCommands { out += FixCommandText.lines(command, width: width).map { Line($0) } }
    if f.confidence == .unconfirmed { out.append(Line("    (AWS behaviour unconfirmed: a heuristic)", .dim)) }
    if let u = f.uncertainty {
      out += wrap("    (not proof that AWS rejects: \(TextSafety.escaped(u)); AWS fetches from the internet)", width: width, indent: 5)
        .map { Line($0, .dim) }
    }
    return out
  }

  /// Greedy word wrap; continuation lines get `indent` spaces; words longer than a line are cut.
  public static func wrap(_ text: String, width: Int, indent: Int) -> [String] {
    guard text.count > width else { return [text] }
    let pad = String(repeating: " ", count: min(indent, width / 2))
    let lead = String(text.prefix(while: { $0 == " " }))
    var lines: [String] = []
    var current = lead
    var atStart = true
    for piece in text.dropFirst(lead.count).split(separator: " ", omittingEmptySubsequences: false) {
      var word = Substring(piece)
      if word.isEmpty && atStart { continue }  // keep AWS's double spaces, but not at a line start
      if !atStart && current.count + 1 + word.count > width {
        lines.append(current)
        (current, atStart) = (pad, true)
      }
      if !atStart { current += " " }
      while current.count + word.count > width {
        let room = max(1, width - current.count)
        lines.append(current + word.prefix(room))
        word = word.dropFirst(room)
        current = pad
      }
      current += word
      atStart = false
    }
    if !atStart { lines.append(current) }
    return lines
  }

  /// Plain text (no styling), one string.
  public static func plain(_ report: CheckReport, width: Int = 80) -> String {
    lines(report, width: width).map(\.text).joined(separator: "\n") + "\n"
  }
}
