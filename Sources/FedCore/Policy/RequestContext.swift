/// The condition keys STS sees for one `AssumeRoleWithWebIdentity` call, built from the token
/// (`aws-oidc-rules.md` §6): `<host/path>:<claim>` only for claims IAM evaluates for this
/// provider; `aws:RequestTag/…`, `aws:TagKeys`, `sts:TransitiveTagKeys` from the session-tags
/// claim; `sts:SourceIdentity` from the source-identity claim. Key names are case-insensitive.
public struct RequestContext: Sendable, Equatable {
  /// The session-tags claim name.
  public static let tagsClaim = "https://aws.amazon.com/tags"
  /// The source-identity claim name.
  public static let sourceIdentityClaim = "https://aws.amazon.com/source_identity"

  /// The token's issuer (`iss`), which selects the IAM provider.
  public var issuer: String
  /// Keys as written, with their values, in insertion order.
  public private(set) var keys: [(name: String, values: [String])] = []
  /// True when the token carries session tags (STS then also requires `sts:TagSession`).
  public var hasSessionTags = false
  /// True when the token carries a source identity (STS then also requires `sts:SetSourceIdentity`).
  public var hasSourceIdentity = false

  public init(issuer: String) { self.issuer = issuer }

  /// Adds or replaces a key.
  public mutating func set(_ name: String, _ values: [String]) {
    keys.removeAll { $0.name.lowercased() == name.lowercased() }
    keys.append((name, values))
  }

  /// The values of a key (case-insensitive name), or nil when STS would not have the key.
  public func values(_ name: String) -> [String]? {
    let lower = name.lowercased()
    return keys.first(where: { $0.name.lowercased() == lower })?.values
  }

  /// The actions STS authorises for this call: always `sts:AssumeRoleWithWebIdentity`, plus
  /// `sts:TagSession` and `sts:SetSourceIdentity` when the token asks for them.
  public var requiredActions: [String] {
    var actions = ["sts:AssumeRoleWithWebIdentity"]
    if hasSessionTags { actions.append("sts:TagSession") }
    if hasSourceIdentity { actions.append("sts:SetSourceIdentity") }
    return actions
  }

  /// The context for a token's claims, as the provider `profile` exposes them to IAM.
  public static func webIdentity(claims: JSONValue, issuer: String, profile: ProviderProfile) -> RequestContext {
    var context = RequestContext(issuer: issuer)
    for member in claims.objectMembers ?? [] where profile.isConditionable(member.name) {
      if let values = stringValues(member.value) {
        context.set(IAMNaming.conditionKey(issuer: issuer, claim: member.name), values)
      }
    }
    if let tags = claims[tagsClaim] {
      context.hasSessionTags = true
      var tagKeys: [String] = []
      for tag in tags["principal_tags"]?.objectMembers ?? [] {
        tagKeys.append(tag.name)
        context.set("aws:RequestTag/" + tag.name, stringValues(tag.value) ?? [])
      }
      context.set("aws:TagKeys", tagKeys)
      if let transitive = tags["transitive_tag_keys"].flatMap(stringValues) { context.set("sts:TransitiveTagKeys", transitive) }
    }
    // A token that pins roles authorised the role it reaches the trust policy with (STS refuses
    // unlisted roles first): `sts:RoleAuthorizedByIdp` is true (RolePinning's sources). Without the
    // claim the key is left absent, so a policy requiring it denies.
    if RolePinning.roles(claims) != nil { context.set(RolePinning.conditionKey, ["true"]) }
    if let source = claims[sourceIdentityClaim]?.stringValue {
      context.hasSourceIdentity = true
      context.set("sts:SourceIdentity", [source])
    }
    return context
  }

  /// A claim as the strings IAM compares: a string, an array of strings, or a scalar's JSON text.
  static func stringValues(_ value: JSONValue) -> [String]? {
    switch value {
    case .string(let s): return [s]
    case .integer, .bool, .float: return [JSONWriter.string(value)]
    case .array(let elements):
      let strings = elements.compactMap { $0.stringValue }
      return strings.count == elements.count ? strings : nil
    default: return nil
    }
  }

  public static func == (a: RequestContext, b: RequestContext) -> Bool {
    a.issuer == b.issuer && a.hasSessionTags == b.hasSessionTags && a.hasSourceIdentity == b.hasSourceIdentity
      && a.keys.map(\.name) == b.keys.map(\.name) && a.keys.map(\.values) == b.keys.map(\.values)
  }
}
