import ArgumentParser
import FedCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `fedtui policy evaluate`: would STS allow this token under this trust policy?
/// Exit 0 allow, 1 deny, 2 bad input.
struct PolicyEvaluateCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate", abstract: "Evaluate a trust policy against a token as STS would.")

  @Option(name: .customLong("policy-file"), help: "The trust policy JSON.") var policyFile: String
  @Option(name: .customLong("token-file"), help: "The token, or - for stdin.") var tokenFile: String
  @Option(help: "Unix seconds to use as the current time.") var now: Int64?
  @Option(help: "text or json.") var format: String = "text"

  func run() async throws {
    guard format == "text" || format == "json" else { throw UsageError(message: "--format: must be text or json (found \"\(format)\")") }
    let policyText = try PolicyInputFile.read(policyFile, flag: "--policy-file")
    let document: PolicyDocument
    switch PolicyParser.parse(policyText) {
    case .success(let d): document = d
    case .failure(let e): throw UsageError(message: "--policy-file \(policyFile): \(e.message)")
    }
    let token: JWT
    switch TokenDecoder.decode(try PolicyInputFile.read(tokenFile, flag: "--token-file")) {
    case .success(let t): token = t
    case .failure(let e): throw UsageError(message: "--token-file \(tokenFile): \(e.message)")
    }
    guard let issuer = token.iss else { throw UsageError(message: "--token-file \(tokenFile): the token has no iss claim") }
    let profile = KnownProviders.profile(forIssuer: issuer, claims: token.claims)
    let decision = PolicyEvaluator.evaluate(document, claims: token.claims, issuer: issuer, profile: profile)
    let findings = PolicyLinter.lint(
      document,
      context: PolicyLintContext(issuer: issuer, profile: profile, tokenHasSessionTags: token.claims[RequestContext.tagsClaim] != nil))
    let clock = now ?? Int64(time(nil))
    // Saturating: a hostile token's exp can be Int64.max, and `exp + 300` would trap.
    let expired = token.exp?.seconds.map { exp in exp <= Int64.max - 300 && clock > exp + 300 } ?? false
    Output.write(
      format == "json" ? PolicyReport.json(decision, findings, expired: expired) : PolicyReport.text(decision, findings, expired: expired))
    throw CommandExit(code: decision.allowed ? 0 : 1)
  }
}

/// Reads a small input file (or stdin for `-`) without Foundation.
enum PolicyInputFile {
  static let limit = Limits.fileBytes

  static func read(_ path: String, flag: String, limit: Int = limit) throws -> String {
    let fd = path == "-" ? 0 : open(path, O_RDONLY)
    guard fd >= 0 else { throw UsageError(message: "\(flag) \(path): cannot open (\(String(cString: strerror(errno))))") }
    defer { if fd != 0 { close(fd) } }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 { throw UsageError(message: "\(flag) \(path): cannot read (\(String(cString: strerror(errno))))") }
      if n == 0 { break }
      bytes += buffer[0..<n]
      if bytes.count > limit { throw UsageError(message: "\(flag) \(path): larger than \(limit) bytes") }
    }
    guard let text = String(validating: bytes, as: UTF8.self) else { throw UsageError(message: "\(flag) \(path): not UTF-8 text") }
    return text
  }
}

/// The evaluation as text (escaped for the terminal) or one JSON object.
enum PolicyReport {
  static func text(_ d: PolicyDecision, _ findings: [Finding], expired: Bool) -> String {
    var lines = ["Decision: \(d.allowed ? "ALLOW" : "DENY"): \(TextSafety.escaped(d.reason))"]
    if expired { lines.append("note: the token is expired; STS rejects it before evaluating the policy") }
    for s in d.statements {
      let sid = s.sid.map { " (\(TextSafety.escaped($0)))" } ?? ""
      lines.append(
        "Statement \(s.number)\(sid) \(s.effect.rawValue): principal \(s.principalMatched ? "matches" : "does not match"), "
          + "actions \(s.matchedActions.isEmpty ? "do not cover the call" : "cover " + s.matchedActions.joined(separator: ", "))")
      for c in s.conditions { lines.append("  \(c.passed ? "pass" : "FAIL")  \(PolicyTrace.line(c))") }
    }
    if !findings.isEmpty { lines.append("Findings:") }
    for f in findings.sortedBySeverity() {
      lines.append("  \(f.severity.rawValue) \(f.id.rawValue): \(TextSafety.escaped(f.title))")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func json(_ d: PolicyDecision, _ findings: [Finding], expired: Bool) -> String {
    let statements: [JSONValue] = d.statements.map { s in
      .object([
        JSONMember("number", .integer(Int64(s.number))), JSONMember("sid", s.sid.map { .string($0) } ?? .null),
        JSONMember("effect", .string(s.effect.rawValue)), JSONMember("principalMatched", .bool(s.principalMatched)),
        JSONMember("matchedActions", .array(s.matchedActions.map { .string($0) })),
        JSONMember("conditions", .array(s.conditions.map(condition))),
      ])
    }
    let value: JSONValue = .object([
      JSONMember("decision", .string(d.allowed ? "allow" : "deny")), JSONMember("reason", .string(d.reason)),
      JSONMember("requiredActions", .array(d.requiredActions.map { .string($0) })), JSONMember("tokenExpired", .bool(expired)),
      JSONMember("statements", .array(statements)), JSONMember("findings", .array(findings.map(finding))),
    ])
    return JSONWriter.string(value) + "\n"
  }

  static func condition(_ c: ConditionResult) -> JSONValue {
    .object([
      JSONMember("operator", .string(c.condition.op.description)), JSONMember("key", .string(c.condition.key)),
      JSONMember("expected", .array(c.condition.values.map { .string($0) })),
      JSONMember("actual", c.actual.map { .array($0.map { .string($0) }) } ?? .null), JSONMember("passed", .bool(c.passed)),
      JSONMember("note", c.note.map { .string($0) } ?? .null),
    ])
  }

  static func finding(_ f: Finding) -> JSONValue {
    .object([
      JSONMember("id", .string(f.id.rawValue)), JSONMember("severity", .string(f.severity.rawValue)), JSONMember("title", .string(f.title)),
      JSONMember(
        "evidence", .array(f.evidence.map { .object([JSONMember("label", .string($0.label)), JSONMember("value", .string($0.value))]) })),
      JSONMember("awsError", f.awsError.map { .string($0) } ?? .null), JSONMember("fix", f.fix.map { .string($0) } ?? .null),
    ])
  }
}
