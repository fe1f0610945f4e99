/// What `fedtui check` (and the dashboard) is asked to diagnose: the flags of `spec/product.md`'s
/// CLI contract, with files already read (the core never opens the operator's files itself).
public struct CheckOptions: Sendable, Equatable {
  /// `--issuer`: defaults to the token's `iss`.
  public var issuer: String?
  /// The pasted token text (cleaned by `TokenInput`); nil for a provider-only check.
  public var tokenText: String?
  /// `--audience`: the IAM provider's registered client IDs.
  public var audiences: [String]
  /// `--provider-url`: the IAM provider URL or ARN.
  public var providerURL: String?
  /// `--want-claim`: claims the operator wants to restrict on.
  public var wantClaims: [String]
  /// `--discovery-file`: a saved discovery document (no network for it).
  public var discoveryDocument: SavedDocument?
  /// `--jwks-file`: a saved JWKS (no network for it).
  public var jwksDocument: SavedDocument?
  /// `--policy-file`: a trust policy, linted and evaluated by the policy area's hook.
  public var policyDocument: SavedDocument?
  /// `--ca-file`: extra trust anchors (PEM path) for fetches.
  public var caFile: String?
  /// `--timeout`: seconds per fetch.
  public var timeout: Double
  /// `--now`: the clock, in Unix seconds (nil: the system clock).
  public var now: Int64?
  /// `--role-arn`: the role the token is exchanged for. A plain stored value: it selects the
  /// role-pinning and partition checks; nothing is read from AWS for it here.
  public var roleARN: String?
  /// `--allow-private-network`, and hosts the operator agreed to (the dashboard's "y"): fetch
  /// them even when they are not publicly routable. The host of `--issuer` is always allowed.
  public var consent: NetworkConsent = .publicOnly

  /// A document read from a file (`OfflineDocument`, shown as `file://<path>`).
  public typealias SavedDocument = OfflineDocument

  public init(
    issuer: String? = nil, tokenText: String? = nil, audiences: [String] = [], providerURL: String? = nil,
    wantClaims: [String] = [], discoveryDocument: SavedDocument? = nil, jwksDocument: SavedDocument? = nil,
    policyDocument: SavedDocument? = nil, caFile: String? = nil, timeout: Double = 10, now: Int64? = nil,
    roleARN: String? = nil
  ) {
    self.roleARN = roleARN
    self.issuer = issuer
    self.tokenText = tokenText
    self.audiences = audiences
    self.providerURL = providerURL
    self.wantClaims = wantClaims
    self.discoveryDocument = discoveryDocument
    self.jwksDocument = jwksDocument
    self.policyDocument = policyDocument
    self.caFile = caFile
    self.timeout = timeout
    self.now = now
  }

  /// The consent for a probe: `consent` plus the host of an explicit `--issuer`.
  public var probeConsent: NetworkConsent {
    var c = consent
    if let issuer, let host = URLParts(ProbeURLs.base(issuer: issuer))?.host, !host.isEmpty { c.allow(host: host) }
    return c
  }

  /// True when no document needs the network.
  public var isOffline: Bool { discoveryDocument != nil || jwksDocument != nil }
}
