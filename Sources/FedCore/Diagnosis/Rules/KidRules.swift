/// `jwks-kid-not-found`: failure #3 of the motivating report. The evidence names every
/// alternate key location probed and the kids it serves, so the operator reads where the key
/// is published instead (`spec/findings.md`; GitLab MR !73216).
enum KidRules {
  static func findings(_ c: DiagnosisContext) -> [Finding] {
    guard let jwt = c.jwt, let kid = jwt.kid, let set = c.keySet, set.keys(withKid: kid).isEmpty else { return [] }
    let jwksURL = c.input.snapshot?.jwks?.url ?? c.jwksURI ?? "jwks_uri"
    var evidence = [
      Evidence("token kid", kid), Evidence("jwks_uri", jwksURL),
      Evidence("kids at jwks_uri", set.kids.isEmpty ? "(none)" : set.kids.joined(separator: ", ")),
    ]
    if let declared = c.discovery?["jwks_uri"]?.stringValue, declared != jwksURL {
      evidence.append(Evidence("discovery jwks_uri", declared))
    }
    var foundAt: [String] = []
    for fetch in c.input.snapshot?.alternates ?? [] where fetch.url != jwksURL {
      let (summary, holds) = describe(fetch, jwt: jwt, kid: kid)
      evidence.append(Evidence("alternate \(fetch.url)", summary))
      if holds { foundAt.append(fetch.url) }
    }
    if let first = foundAt.first {
      evidence.append(
        Evidence("found at", "the key is published at \(first) but the discovery document points to \(jwksURL)"))
    } else if c.input.snapshot?.alternates.isEmpty ?? true {
      evidence.append(Evidence("found at", "other key locations not probed (saved documents)"))
    } else {
      evidence.append(Evidence("found at", "no probed location serves kid \(kid)"))
    }
    return [
      Finding(
        .jwksKidNotFound, .error, title: "The token's kid is not in the JWKS that discovery points to",
        evidence: evidence, awsError: AWSErrorText.verificationKey, fix: fix(foundAt.first, jwksURL, c),
        confidence: .observed)
    ]
  }

  /// "kids: a, b" (with a marker when it holds the token's kid), or why the location gave none.
  static func describe(_ fetch: DocumentFetch, jwt: JWT, kid: String) -> (String, Bool) {
    if let failure = fetch.failure {
      return (failure.stage == .httpStatus ? failure.message : "\(failure.stage.rawValue): \(failure.message)", false)
    }
    guard let response = fetch.response else { return ("not fetched", false) }
    switch JWKSet.parse(response.body) {
    case .failure: return ("HTTP \(response.status), not a JWKS", false)
    case .success(let set):
      let holds = !set.keys(withKid: kid).isEmpty
      var note = ""
      if holds {
        note =
          SignatureVerifier.verify(jwt, with: set).isVerified
          ? " (holds the token's kid; the signature verifies with it)" : " (holds the token's kid)"
      }
      return ("kids: " + set.kids.joined(separator: ", ") + note, holds)
    }
  }

  static func fix(_ foundAt: String?, _ jwksURL: String, _ c: DiagnosisContext) -> String {
    let gitlab = c.profile.kind == .gitlabCom || c.profile.kind == .gitlabSelfManaged
    if foundAt != nil && gitlab {
      return
        "Upgrade GitLab (MR !73216, 14.5+, adds the CI key to /oauth/discovery/keys) or publish a discovery document whose jwks_uri serves the CI signing key."
    }
    if foundAt != nil {
      return "Make jwks_uri serve the signing key (merge the key sets), or point discovery's jwks_uri at the location that holds it."
    }
    return
      "Publish the signing key (kid as in the token header) in the JWKS at \(jwksURL); keys may have rotated, so mint a fresh token too."
  }
}
