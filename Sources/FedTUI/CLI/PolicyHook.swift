import FedCore

/// The extension point where `check --policy-file` gets its `policy-*` findings. The policy
/// area (`PolicyLinter` / `PolicyEvaluator`) sets this to its function; until then it is nil
/// and `--policy-file` is refused with a usage error.
enum PolicyHook {
  static let findings: PolicyFindingsHook? = nil
}
