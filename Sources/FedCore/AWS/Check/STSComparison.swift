/// `prediction-differs`: STS's real answer against FedTUI's prediction. A disagreement is how
/// FedTUI learns where its model of AWS is wrong.
public enum STSComparison {
  static let report = "Please report it with the JSON report (no token inside) at FedTUI's issue tracker, titled \"prediction-differs\"."

  /// A warning when the probe's outcome is not what `findings` predicted (none when they agree
  /// or when the call itself could not be made).
  public static func findings(predicted findings: [Finding], probe: STSProbeResult) -> [Finding] {
    guard case .success(let answer) = probe.answer else { return [] }
    let predictedErrors = findings.filter(\.isCertainError).filter { $0.id != .awsReadFailed }
    switch answer {
    case .success(let success):
      guard !predictedErrors.isEmpty else { return [] }
      return [
        Finding(
          .predictionDiffers, .warning, title: "STS accepted the token, but FedTUI predicted a rejection",
          evidence: predictedErrors.map { Evidence("predicted by", $0.id.rawValue) }
            + [Evidence("STS answered", "success: \(success.assumedRoleArn ?? "an assumed role")")],
          fix: "The rules named above are wrong for this case. " + report, confidence: .observed)
      ]
    case .error(let error):
      let explaining = Explainer.explain("\(error.code): \(error.message)").ruleIDs
      let predicted = predictedErrors.map(\.id)
      guard predicted.isEmpty || (!explaining.isEmpty && Set(explaining).isDisjoint(with: predicted)) else { return [] }
      var evidence = [Evidence("STS answered", "\(error.code): \(TextSafety.escaped(error.message))")]
      evidence += predicted.map { Evidence("predicted by", $0.rawValue) }
      evidence += explaining.map { Evidence("rule for this answer", $0.rawValue) }
      return [
        Finding(
          .predictionDiffers, .warning,
          title: predicted.isEmpty
            ? "STS rejected the token, but FedTUI predicted it would accept"
            : "STS rejected the token for another reason than FedTUI predicted",
          evidence: evidence, awsError: "\(error.code): \(error.message)",
          fix: "Trust STS's answer; FedTUI missed this cause. " + report, confidence: .observed)
      ]
    }
  }
}
