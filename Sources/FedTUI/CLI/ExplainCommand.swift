import ArgumentParser
import FedCore

/// `fedtui explain "MESSAGE"`: AWS error text to candidate rule ids, what to check, and the
/// `check` invocation that confirms (`spec/findings.md` "Explaining an AWS error").
/// Exit 0 when recognised, 1 when not (with the nearest known messages).
struct ExplainCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Explain an AWS STS / IAM error message: the rules that cause it and how to confirm.")

  @Argument(help: "The error text as STS, the AWS CLI, an SDK or configure-aws-credentials printed it.")
  var message: [String] = []
  @Option(name: .long, help: "text or json.") var format: OutputFormat = .text

  func validate() throws {
    guard !message.joined().allSatisfy(\.isWhitespace) else { throw ValidationError("explain: give the error message as an argument") }
  }

  func run() async throws {
    let explanation = Explainer.explain(message.joined(separator: " "))
    switch format {
    case .json: Output.write(JSONWriter.string(ExplainCommand.json(explanation), pretty: true) + "\n")
    case .text: Output.write(ExplainCommand.text(explanation))
    }
    throw CommandExit(code: explanation.recognised ? 0 : 1)
  }

  static func json(_ e: Explanation) -> JSONValue {
    .object([
      JSONMember("recognised", .bool(e.recognised)),
      JSONMember("message", .string(e.message)),
      JSONMember("code", e.code.map(JSONValue.string) ?? .null),
      JSONMember("notAWS", .bool(e.isNotAWS)),
      JSONMember("clouds", .array(e.otherClouds.map(JSONValue.string))),
      JSONMember("matches", .array(e.matches.map(knownJSON))),
      JSONMember("candidates", .array(e.ruleIDs.map { .string($0.rawValue) })),
      JSONMember("commands", .array(e.commands.map(JSONValue.string))),
      JSONMember("nearest", .array(e.nearest.map { .string("\($0.code): \($0.message)") })),
    ])
  }

  static func knownJSON(_ k: KnownAWSError) -> JSONValue {
    .object([
      JSONMember("code", .string(k.code)), JSONMember("message", .string(k.message)),
      JSONMember(
        "causes",
        .array(
          k.causes.map {
            .object([JSONMember("id", $0.rule.map { .string($0.rawValue) } ?? .null), JSONMember("check", .string($0.check))])
          })),
      JSONMember("command", .string(k.command)),
    ])
  }

  static func text(_ e: Explanation) -> String {
    var lines: [String] = []
    let wrap = { (s: String, indent: Int) in lines += CheckReportText.wrap(s, width: 80, indent: indent) }
    guard e.recognised else {
      wrap("Not recognised: " + TextSafety.escaped(e.message), 4)
      if !e.nearest.isEmpty { lines.append("Nearest known messages:") }
      for k in e.nearest { wrap("  \(k.code): \(k.message)", 4) }
      return lines.joined(separator: "\n") + "\n"
    }
    if e.isNotAWS { wrap("Not an AWS error: this is \(e.otherClouds.joined(separator: " or ")).", 4) }
    for k in e.matches {
      wrap("\(k.code): \(k.message)", 4)
      for cause in k.causes { wrap("  \(cause.rule?.rawValue ?? "(outside the token)"): check \(cause.check)", 6) }
    }
    lines.append("Confirm with:")
    for command in e.commands { wrap("  " + TextSafety.escaped(command), 4) }
    return lines.joined(separator: "\n") + "\n"
  }
}
