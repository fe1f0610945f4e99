/// The provider table. Facts and sources: `spec/providers.md`, `spec/aws-oidc-rules.md`.
public enum KnownProviders {
  /// Every profile, most specific first.
  public static let all: [ProviderProfile] = [
    gitlabCom, gitlabSelfManaged, githubActions, githubEnterpriseSlug, githubDataResidency, githubEnterprise, buildkite, buildkiteRegional,
    circleci,
    terraformCloud, bitbucket, kubernetes, google, oci, generic,
  ]

  /// The profile for an issuer (the generic one when nothing more specific matches).
  /// Matches the exact issuer string (a bare host such as GitLab v1's `gitlab.com` counts as
  /// that host); GitHub enterprise paths, GHE.com and GHES `/_services/token` match the
  /// enterprise profiles (the `/<slug>` one shared, GHE.com with the 2026 keys, GHES without);
  /// EKS cluster issuers match the Kubernetes profile; a host containing `gitlab` matches self-managed GitLab.
  public static func profile(forIssuer issuer: String) -> ProviderProfile {
    let (host, path) = split(issuer)
    switch host {
    case "gitlab.com": return path.isEmpty ? gitlabCom : generic
    case "token.actions.githubusercontent.com": return path.isEmpty ? githubActions : githubEnterpriseSlug
    case "github.com": return path.hasPrefix("/enterprises/") ? githubDataResidency : generic
    case "agent.buildkite.com": return buildkite
    case "accounts.google.com": return path.isEmpty ? google : generic
    case "app.terraform.io": return terraformCloud
    case "oidc.circleci.com": return path.hasPrefix("/org/") ? circleci : generic
    case "api.bitbucket.org": return path.hasSuffix("/pipelines-config/identity/oidc") ? bitbucket : generic
    default: break
    }
    if host.hasPrefix("token.actions."), host.hasSuffix(".ghe.com") { return githubDataResidency }
    if isEKS(host: host, path: path) { return kubernetes }
    if host.hasPrefix("agent."), host.hasSuffix(".buildkite.dev") || host.hasSuffix(".buildkite.site") { return buildkiteRegional }
    if host.hasPrefix("idcs-"), host.hasSuffix(".identity.oraclecloud.com") { return oci }
    if path == "/_services/token" { return githubEnterprise }
    if host.split(separator: ".").contains(where: { $0.contains("gitlab") }) { return gitlabSelfManaged }
    return SharedIssuers.requiredClaims(forIssuer: issuer).map { sharedGeneric(issuer, required: $0) } ?? generic
  }

  /// The generic profile for an issuer IAM treats as shared (`SharedIssuers`).
  static func sharedGeneric(_ issuer: String, required: [String]) -> ProviderProfile {
    var profile = generic
    profile.name = "Shared OIDC issuer \(IAMNaming.providerHost(issuer: issuer))"
    profile.sharedIssuer = true
    profile.requiredPolicyClaims = required
    profile.sources.append("aws-oidc-rules.md §7: IAM identity-provider controls for shared issuers (table via TrustEdge [S])")
    return profile
  }

  /// The profile for an issuer, refined by the token's claims: a token whose claims have
  /// GitLab's shape (`project_path`, `pipeline_id`, `job_id`) from an unrecognised host is a
  /// self-managed GitLab; GitHub's shape (`repository`, `run_id`, `job_workflow_ref`) on an
  /// unrecognised host is treated as GHES.
  public static func profile(forIssuer issuer: String, claims: JSONValue?) -> ProviderProfile {
    let byIssuer = profile(forIssuer: issuer)
    guard byIssuer.kind == .generic, let claims else { return byIssuer }
    if ["project_path", "pipeline_id", "job_id"].allSatisfy({ claims[$0] != nil }) { return gitlabSelfManaged }
    if ["repository", "run_id", "job_workflow_ref"].allSatisfy({ claims[$0] != nil }) { return githubEnterprise }
    if hasKubernetesShape(claims) { return kubernetes }
    return byIssuer
  }

  /// The profile of a given kind (the github.com one for `.githubActions`).
  public static func profile(kind: ProviderProfile.Kind) -> ProviderProfile {
    all.first(where: { $0.kind == kind }) ?? generic
  }

  /// Lower-cased host and the path (no query/fragment, no trailing slash) of an issuer,
  /// with or without a scheme.
  static func split(_ issuer: String) -> (host: String, path: String) {
    var rest = Substring(issuer)
    if let colon = rest.firstIndex(of: ":"), rest[colon...].hasPrefix("://"),
      !rest[..<colon].contains(where: { $0 == "/" || $0 == "." })
    {
      rest = rest[rest.index(colon, offsetBy: 3)...]
    }
    if let cut = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<cut] }
    let slash = rest.firstIndex(of: "/") ?? rest.endIndex
    var host = rest[..<slash].lowercased()
    if let colon = host.lastIndex(of: ":") { host = String(host[..<colon]) }
    var path = String(rest[slash...])
    while path.hasSuffix("/") { path.removeLast() }
    return (host, path)
  }
}
