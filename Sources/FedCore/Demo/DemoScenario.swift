/// The built-in offline scenario (`spec/product.md`: `fedtui demo`): the 2021 GitLab report.
/// A v1-shaped `CI_JOB_JWT` (bare-host `iss`, no `aud`, `sub` = `job_1212`) whose signing key
/// is published only at `/-/jwks`, while discovery's `jwks_uri` holds only the application
/// key; the operator wants to restrict on `project_id`. Needs no network: the snapshot is built in.
public enum DemoScenario {
  /// The instance URL the demo's documents live at.
  public static let instanceURL = "https://gitlab.example.com"
  /// The token's `iss`, a bare host (GitLab v1).
  public static let tokenIssuer = "gitlab.example.com"
  /// The demo clock: two minutes after the token was issued.
  public static let now: Int64 = DemoData.issuedAt + 120
  /// The pre-signed demo token (fake data; signed with a throwaway key whose public half is below).
  public static let token: String = DemoData.token
  /// `{"keys":[CI key]}` as served at `/-/jwks`.
  public static let ciKeyJWKS: String = DemoData.ciKeyJWKS
  /// `{"keys":[application key]}` as served at the discovery `jwks_uri`.
  public static let applicationKeyJWKS: String = DemoData.appKeyJWKS
  /// The discovery document.
  public static let discoveryDocument: String = DemoData.discovery

  /// The check the demo runs: the token, `--want-claim project_id`, the demo clock.
  public static var options: CheckOptions {
    CheckOptions(tokenText: token, wantClaims: ["project_id"], now: now)
  }

  /// The provider side as a live probe would have seen it in 2021.
  public static var snapshot: ProviderSnapshot {
    let jwksURL = instanceURL + "/oauth/discovery/keys"
    let paths = Checker.alternateKeyPaths(KnownProviders.gitlabSelfManaged)
    let alternates = ProbeURLs.alternates(issuer: instanceURL, paths: paths).map { url in
      url.hasSuffix("/-/jwks") ? ok(url, ciKeyJWKS) : url == jwksURL ? ok(url, applicationKeyJWKS) : notFound(url)
    }
    return ProviderSnapshot(
      issuer: tokenIssuer, discovery: ok(instanceURL + "/.well-known/openid-configuration", discoveryDocument, elapsed: 0.08),
      jwks: ok(jwksURL, applicationKeyJWKS, elapsed: 0.06), alternates: alternates, publiclyTrusted: true,
      discoveryAndJWKSElapsed: 0.14, offline: false)
  }

  /// The demo's full report (pure; no network).
  public static func report() -> CheckReport {
    Checker.report(options, token: TokenInput(raw: token), snapshot: snapshot, now: now)
  }

  static func ok(_ url: String, _ body: String, elapsed: Double = 0.05) -> DocumentFetch {
    DocumentFetch(
      url: url,
      result: .success(
        FetchResponse(
          requestedURL: url, status: 200,
          headers: [HTTPHeader("Content-Type", "application/json; charset=utf-8"), HTTPHeader("Cache-Control", "max-age=300, public")],
          body: Array(body.utf8), elapsed: elapsed)))
  }

  static func notFound(_ url: String) -> DocumentFetch {
    let response = FetchResponse(
      requestedURL: url, status: 404, headers: [HTTPHeader("Content-Type", "text/html")], body: Array("Not Found".utf8), elapsed: 0.04)
    return DocumentFetch(
      url: url, result: .failure(FetchFailure(url: url, stage: .httpStatus, message: "HTTP 404", response: response, elapsed: 0.04)))
  }
}
