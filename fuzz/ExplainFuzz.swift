/// Fuzz target `explain`: any pasted text through the AWS error explainer.
enum ExplainFuzz {
  static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
    let explanation = Explainer.explain(String(decoding: bytes, as: UTF8.self))
    _ = explanation.ruleIDs
    FuzzCheck.terminalSafe(TextSafety.escaped(explanation.message), "escaped explained message")
    for command in explanation.commands { FuzzCheck.terminalSafe(TextSafety.escaped(command), "escaped command") }
  }
}
