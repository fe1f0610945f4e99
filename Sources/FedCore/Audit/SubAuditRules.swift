/// The audit's two `sub` rules over one role's trust policy.
enum SubAuditRules {
  /// `policy-sub-wildcard-anywhere`: every value of a `sub` condition that admits any repository or
  /// project, at any position. IAM's guardrail for shared issuers (June 2025) refuses a wildcard only
  /// in the first value of the condition, so a later value slips past it (Confidence: observed;
  /// sources: subvectors v0.4.2 release notes, prowler-cloud/prowler#12845).
  static func wildcardAnywhere(_ scope: LintScope) -> [Finding] {
    var findings: [Finding] = []
    for (number, statement) in scope.webIdentityAllows {
      for condition in statement.conditions where isPositiveSub(condition, scope) && condition.op.base == .stringLike {
        for (index, value) in condition.values.enumerated() where SubPatternRules.isTooBroad(value) {
          let guardrail =
            index == 0
            ? "the first value: IAM's guardrail refuses new policies like this for shared issuers"
            : "not the first value: IAM's guardrail checks only the first value and lets this one through"
          findings.append(
            Finding(
              .policySubWildcardAnywhere, .warning, title: "A sub value admits any repository or project of the issuer",
              evidence: [
                Evidence("statement", String(number)), Evidence("key", condition.key), Evidence("value", value),
                Evidence("position", String(index + 1)), Evidence("guardrail", guardrail),
              ],
              fix: "Name the repository or project in every value, e.g. repo:ORG/REPO:ref:refs/heads/main.",
              confidence: .observed))
        }
      }
    }
    return findings
  }

  /// `policy-sub-mutable`: a github.com `sub` pattern naming the repository by `OWNER/REPO`. Since
  /// 2026-07-15 a renamed or transferred repository's tokens carry `repo:OWNER@ID/REPO@ID:…`
  /// (GitHub changelog, "immutable subject claims for OIDC", github/docs#45221), so the pattern stops
  /// matching, or matches a new repository that takes the old name. Branch `fid`'s linter note
  /// `policy-sub-name-based` (info) reports the same pattern while linting one policy; this id is the
  /// audit's account-level warning and keeps its own name (ids are never renamed).
  static func mutable(_ scope: LintScope, ids: [String: GitHubRepositoryIDs]) -> [Finding] {
    guard scope.profile.kind == .githubActions, let prefix = scope.prefix,
      prefix.lowercased().hasPrefix("token.actions.githubusercontent.com")
    else { return [] }
    return SubPatternRules.subValues(scope).compactMap { entry -> Finding? in
      guard let name = NameBasedSub(entry.value) else { return nil }
      let known = ids[name.fullName.lowercased()]
      let immutable = name.immutable(known)
      return Finding(
        .policySubMutable, .warning, title: "The sub pattern names a GitHub repository by name: a rename or transfer breaks it",
        evidence: [
          Evidence("statement", String(entry.number)), Evidence("key", entry.condition.key), Evidence("value", entry.value),
          Evidence("immutable form", immutable),
        ],
        fix: known != nil
          ? "Use the immutable form \(immutable) (IDs from the token's repository_owner_id and repository_id)."
          : "Use the immutable form \(immutable) with the owner's and repository's numeric IDs, or also condition on "
            + "\(prefix):repository_id.",
        confidence: .documented)
    }
  }

  static func isPositiveSub(_ c: PolicyCondition, _ scope: LintScope) -> Bool {
    scope.claim(of: c.key)?.lowercased() == "sub" && c.op.base.isString && !c.op.base.isNegated
  }
}

/// A GitHub repository's numeric IDs (`repository_owner_id`, `repository_id` claims).
public struct GitHubRepositoryIDs: Sendable, Equatable {
  public var ownerID: String
  public var repositoryID: String

  public init(ownerID: String, repositoryID: String) {
    self.ownerID = ownerID
    self.repositoryID = repositoryID
  }
}

/// `repo:OWNER/REPO:rest` with a literal owner and no `@ID`: GitHub's name-based `sub`.
struct NameBasedSub {
  var owner: Substring
  var repo: Substring
  var rest: Substring

  init?(_ value: String) {
    guard value.hasPrefix("repo:") else { return nil }
    let body = value.dropFirst("repo:".count)
    let path = body.prefix { $0 != ":" }
    rest = body.dropFirst(path.count)
    guard let slash = path.firstIndex(of: "/") else { return nil }
    owner = path[..<slash]
    repo = path[path.index(after: slash)...]
    if owner.isEmpty || owner.contains("@") || repo.contains("@") || PatternMatch.hasWildcard(String(owner)) { return nil }
  }

  var fullName: String { "\(owner)/\(repo)" }

  /// The immutable form, with placeholders for unknown IDs.
  func immutable(_ ids: GitHubRepositoryIDs?) -> String {
    "repo:\(owner)@\(ids?.ownerID ?? "<owner_id>")/\(repo)@\(ids?.repositoryID ?? "<repo_id>")\(rest)"
  }
}
