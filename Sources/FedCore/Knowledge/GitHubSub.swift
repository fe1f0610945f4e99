/// GitHub Actions `sub` forms.
///
/// - Default: `repo:OWNER/REPO:<context>`.
/// - Immutable: `repo:OWNER@OWNER_ID/REPO@REPO_ID:<context>`, automatic since 2026-07-15 for
///   repositories created, renamed or transferred after that date, opt-in for the others,
///   github.com only (github/docs#45221; aws-actions/configure-aws-credentials README).
///   The changelog's `owner-ID` example is superseded by decoded tokens.
/// - Custom (`include_claim_keys`): any claims in any order, e.g.
///   `ref:refs/heads/main:repo:owner/Repo:job_workflow_ref:…`. One that still contains
///   `repo:OWNER/REPO` scopes the role as well as the default does
///   (aws-actions/configure-aws-credentials#746, verified by a maintainer).
public enum GitHubSub {
  /// The owner and repository a `sub` names, with their IDs when it is in the immutable form.
  public struct Repository: Sendable, Equatable {
    public var owner: String
    public var ownerID: String?
    public var name: String
    public var repoID: String?

    public init(owner: String, ownerID: String? = nil, name: String, repoID: String? = nil) {
      self.owner = owner
      self.ownerID = ownerID
      self.name = name
      self.repoID = repoID
    }

    /// True when both IDs are present (`OWNER@ID/REPO@ID`).
    public var isImmutable: Bool { ownerID != nil && repoID != nil }
    /// `OWNER/REPO`.
    public var legacyPath: String { owner + "/" + name }
    /// `OWNER@OWNER_ID/REPO@REPO_ID` (the legacy path without IDs).
    public var immutablePath: String {
      guard let ownerID, let repoID else { return legacyPath }
      return "\(owner)@\(ownerID)/\(name)@\(repoID)"
    }
  }

  /// The `repo:` component of a `sub` (first or anywhere in a custom template), or nil.
  public static func repository(_ sub: String) -> Repository? {
    let parts = sub.split(separator: ":", omittingEmptySubsequences: false)
    for i in parts.indices.dropLast() where parts[i] == "repo" {
      if let repo = parsePath(String(parts[i + 1])) { return repo }
    }
    return nil
  }

  /// True when the `sub` names `OWNER/REPO` (default, immutable or custom template).
  public static func namesRepository(_ sub: String) -> Bool { repository(sub) != nil }

  /// True when the `sub` starts with the immutable form `repo:OWNER@ID/REPO@ID:`.
  public static func isImmutable(_ sub: String) -> Bool {
    sub.hasPrefix("repo:") && (repository(sub)?.isImmutable ?? false)
  }

  /// `OWNER/REPO` or `OWNER@ID/REPO@ID`; nil for anything else (wildcards allowed in the name).
  static func parsePath(_ path: String) -> Repository? {
    let halves = path.split(separator: "/", omittingEmptySubsequences: false)
    guard halves.count == 2 else { return nil }
    let owner = split(halves[0])
    let repo = split(halves[1])
    guard !owner.name.isEmpty, !repo.name.isEmpty else { return nil }
    return Repository(owner: owner.name, ownerID: owner.id, name: repo.name, repoID: repo.id)
  }

  /// `name@123` → (name, "123"); `name` → (name, nil).
  static func split(_ part: Substring) -> (name: String, id: String?) {
    guard let at = part.lastIndex(of: "@") else { return (String(part), nil) }
    let id = part[part.index(after: at)...]
    guard !id.isEmpty, id.allSatisfy(\.isNumber) else { return (String(part), nil) }
    return (String(part[..<at]), String(id))
  }
}
