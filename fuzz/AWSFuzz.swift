/// Fuzz target `aws`: any bytes as an IAM or STS answer (libxml2's reader, then every typed
/// reader). Invariants: no crash, and whatever is shown of an answer escapes to terminal-safe text.
enum AWSFuzz {
  static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
    let body = Array(bytes)
    if case .failure(let failure) = IAMRole.read(body, status: 200) {
      FuzzCheck.terminalSafe(TextSafety.escaped(failure.description), "escaped GetRole failure")
    }
    _ = IAMOIDCProvider.read(body, status: 400, arn: "arn:aws:iam::123456789012:oidc-provider/x")
    _ = IAMOIDCProvider.readList(body, status: 200)
    if case .success(let answer) = STSAnswer.read(body, status: 200) {
      let facts = AWSFacts(
        role: RoleARN(partition: .aws, account: "123456789012", name: "r"), region: "us-east-1",
        sts: STSProbeResult(endpoint: "https://sts", answer: .success(answer)))
      for line in AWSReportText.lines(facts) { FuzzCheck.terminalSafe(line.text, "AWS report line") }
      _ = JSONWriter.string(facts.json())
    }
  }
}
