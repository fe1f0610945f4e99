/// `aud-partition-mismatch` in a trust policy: the principal is in one partition and the `aud`
/// condition names the other partition's STS client ID (`aws-cn` uses `sts.amazonaws.com.cn`:
/// configure-aws-credentials#457 and its README China example; cdk-pipelines-github#1091). The
/// sources are GitHub setups, so the rule is for GitHub issuers (other CI systems request the
/// audience the operator registered, whatever the partition).
enum PartitionAudienceRule {
  static let stsAudiences = ["sts.amazonaws.com", "sts.amazonaws.com.cn"]

  static func findings(_ scope: LintScope) -> [Finding] {
    guard scope.profile.kind == .githubActions else { return [] }
    return scope.webIdentityAllows.flatMap { number, statement -> [Finding] in
      guard let partition = statement.principal.federated.lazy.compactMap(AWSPartition.of(arn:)).first else { return [] }
      let expected = partition.defaultAudience
      return statement.conditions.filter { scope.claim(of: $0.key) == "aud" && !$0.op.base.isNegated }.compactMap { c in
        guard let wrong = c.values.first(where: { stsAudiences.contains($0) && $0 != expected }), !c.values.contains(expected)
        else { return nil }
        return Finding(
          .audPartitionMismatch, .warning, title: "The aud condition names STS's client ID of another partition",
          evidence: [
            Evidence("statement", String(number)), Evidence("key", c.key), Evidence("value", wrong),
            Evidence("partition", partition.rawValue), Evidence("usual client ID there", expected),
          ],
          fix: "Use \(expected) in \(partition.rawValue), and register it on the provider.", confidence: .observed)
      }
    }
  }
}
