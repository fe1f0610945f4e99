import FedCore
import Testing

/// One rule, one input, the expected finding and one piece of its evidence.
struct RuleCase: CustomTestStringConvertible, Sendable {
  var name: String
  var token: String?
  var audiences: [String] = []
  var providerURL: String? = nil
  var wantClaims: [String] = []
  var id: RuleID
  var severity: Severity
  var label: String
  var contains: String
  var testDescription: String { name }
}

@Suite struct TokenRuleTests {
  static let tk = TestToken.self
  static let now = TestToken.now

  static let cases: [RuleCase] = [
    RuleCase(
      name: "bearer prefix", token: "Bearer " + tk.make(claims: tk.gitlabClaims()), id: .tokenCleaned, severity: .info, label: "cleaning",
      contains: "Bearer"),
    RuleCase(name: "two segments", token: "abc.def", id: .tokenMalformed, severity: .error, label: "problem", contains: "this has 2"),
    RuleCase(name: "bad base64", token: "eyJh!GciOiJ9.e30.c2ln", id: .tokenMalformed, severity: .error, label: "offset", contains: "4"),
    RuleCase(name: "JWE", token: "a.b.c.d.e", id: .tokenEncrypted, severity: .error, label: "segments", contains: "5"),
    RuleCase(name: "empty", token: "  ", id: .tokenLength, severity: .error, label: "length", contains: "0 characters"),
    RuleCase(
      name: "too long", token: tk.make(claims: tk.gitlabClaims(["pad": "\"" + String(repeating: "x", count: 20_000) + "\""])),
      id: .tokenLength, severity: .error, label: "allowed", contains: "20000"),
    RuleCase(
      name: "alg none", token: tk.make(header: #"{"alg":"none","kid":"k1"}"#, claims: tk.gitlabClaims()), id: .algUnsupported,
      severity: .error, label: "alg", contains: "none"),
    RuleCase(
      name: "alg HS256", token: tk.make(header: #"{"alg":"HS256","kid":"k1"}"#, claims: tk.gitlabClaims()), id: .algUnsupported,
      severity: .error, label: "alg", contains: "HS256"),
    RuleCase(
      name: "alg PS256", token: tk.make(header: #"{"alg":"PS256","kid":"k1"}"#, claims: tk.gitlabClaims()), id: .algUnsupported,
      severity: .error, label: "accepted", contains: "ES512"),
    RuleCase(
      name: "no kid", token: tk.make(header: #"{"alg":"RS256"}"#, claims: tk.gitlabClaims()), id: .kidMissing, severity: .warning,
      label: "header members", contains: "alg"),
    RuleCase(
      name: "float exp", token: tk.make(claims: tk.gitlabClaims(["exp": "\(now + 60).5"])), id: .timeNotInteger, severity: .error,
      label: "type", contains: "float"),
    RuleCase(
      name: "string iat", token: tk.make(claims: tk.gitlabClaims(["iat": "\"\(now)\""])), id: .timeNotInteger, severity: .error,
      label: "claim", contains: "iat"),
    RuleCase(
      name: "no exp", token: tk.make(claims: tk.gitlabClaims(drop: ["exp"])), id: .expMissing, severity: .error, label: "claims",
      contains: "iat"),
    RuleCase(
      name: "no iat", token: tk.make(claims: tk.gitlabClaims(drop: ["iat"])), id: .iatMissing, severity: .warning, label: "claims",
      contains: "exp"),
    RuleCase(
      name: "expired", token: tk.make(claims: tk.gitlabClaims(["exp": "\(now - 3600)"])), id: .tokenExpired, severity: .error, label: "exp",
      contains: "\(now - 3600)"),
    RuleCase(
      name: "expired within grace", token: tk.make(claims: tk.gitlabClaims(["exp": "\(now - 100)"])), id: .tokenExpired, severity: .warning,
      label: "grace", contains: "300 s"),
    RuleCase(
      name: "nbf in future", token: tk.make(claims: tk.gitlabClaims(["nbf": "\(now + 3000)"])), id: .tokenNotYetValid, severity: .warning,
      label: "nbf", contains: "\(now + 3000)"),
    RuleCase(
      name: "nbf after exp", token: tk.make(claims: tk.gitlabClaims(["nbf": "\(now + 4000)", "exp": "\(now + 3000)"])),
      id: .tokenNotYetValid,
      severity: .warning, label: "window", contains: "never valid"),
    RuleCase(
      name: "no sub", token: tk.make(claims: tk.gitlabClaims(drop: ["sub"])), id: .subMissing, severity: .error, label: "iss",
      contains: "https://gitlab.com"),
    RuleCase(
      name: "no iss", token: tk.make(claims: tk.gitlabClaims(drop: ["iss"])), id: .issMissing, severity: .error, label: "claims",
      contains: "sub"),
    RuleCase(
      name: "bare host iss", token: tk.make(claims: tk.gitlabClaims(["iss": #""gitlab.com""#])), id: .issNotHTTPS, severity: .error,
      label: "consequence", contains: "IAM cannot register"),
    RuleCase(
      name: "http iss", token: tk.make(claims: tk.gitlabClaims(["iss": #""http://gitlab.example.com""#])), id: .issNotHTTPS,
      severity: .error,
      label: "iss", contains: "http://gitlab.example.com"),
    RuleCase(
      name: "port in iss", token: tk.make(claims: tk.gitlabClaims(["iss": #""https://idp.example.com:8443""#])), id: .issURLInvalid,
      severity: .error, label: "port", contains: "8443"),
    RuleCase(
      name: "query in iss", token: tk.make(claims: tk.gitlabClaims(["iss": #""https://idp.example.com/?a=b""#])), id: .issURLInvalid,
      severity: .error, label: "query", contains: "query"),
    RuleCase(
      name: "long iss",
      token: tk.make(claims: tk.gitlabClaims(["iss": "\"https://idp.example.com/" + String(repeating: "p", count: 250) + "\""])),
      id: .issURLInvalid, severity: .error, label: "length", contains: "255"),
    RuleCase(
      name: "provider trailing slash", token: tk.make(claims: tk.gitlabClaims()), providerURL: "https://gitlab.com/",
      id: .issProviderMismatch, severity: .error, label: "difference", contains: "trailing slash"),
    RuleCase(
      name: "provider ARN other host", token: tk.make(claims: tk.gitlabClaims()),
      providerURL: "arn:aws:iam::123456789012:oidc-provider/gitlab.example.com", id: .issProviderMismatch, severity: .error,
      label: "IAM looks up", contains: "gitlab.com"),
    RuleCase(
      name: "no aud", token: tk.make(claims: tk.gitlabClaims(drop: ["aud"])), id: .audMissing, severity: .error, label: "claims",
      contains: "sub"),
    RuleCase(
      name: "aud not registered", token: tk.make(claims: tk.gitlabClaims()), audiences: ["sts.amazon.com"], id: .audNotRegistered,
      severity: .error, label: "registered client IDs", contains: "sts.amazon.com"),
    RuleCase(
      name: "aud array", token: tk.make(claims: tk.gitlabClaims(["aud": #"["a","b"]"#])), id: .audMultiple, severity: .warning,
      label: "aud",
      contains: "a, b"),
    RuleCase(
      name: "azp differs", token: tk.make(claims: tk.gitlabClaims(["azp": #""app1""#])), audiences: ["sts.amazonaws.com"], id: .azpDiffers,
      severity: .warning, label: "azp registered", contains: "no"),
    RuleCase(
      name: "job sub", token: tk.make(claims: tk.gitlabClaims(["sub": #""job_1212""#])), id: .subNotScoping, severity: .warning,
      label: "predicted sub", contains: "project_path:group/project:ref_type:branch:ref:main"),
    RuleCase(
      name: "want project_path on gitlab.com", token: tk.make(claims: tk.gitlabClaims()), wantClaims: ["project_path"],
      id: .claimNotConditionable, severity: .error, label: "claim project_path", contains: "gitlab.com:project_path not evaluated by IAM"),
    RuleCase(
      name: "want email (unconfirmed)", token: tk.make(claims: tk.gitlabClaims()), wantClaims: ["email"], id: .claimNotConditionable,
      severity: .warning, label: "condition key", contains: "unconfirmed"),
    RuleCase(
      name: "want absent key", token: tk.make(claims: tk.gitlabClaims()), wantClaims: ["user_access_level"], id: .claimNotConditionable,
      severity: .warning, label: "token value", contains: "(absent)"),
    RuleCase(
      name: "tags not arrays",
      token: tk.make(claims: tk.gitlabClaims(["https://aws.amazon.com/tags": #"{"principal_tags":{"Project":"x"}}"#])),
      id: .sessionTagsInvalid, severity: .error, label: "tag Project", contains: "one-element"),
    RuleCase(
      name: "tags present",
      token: tk.make(claims: tk.gitlabClaims(["https://aws.amazon.com/tags": #"{"principal_tags":{"Project":["x"]}}"#])),
      id: .sessionTagsNeedTagSession, severity: .info, label: "tag keys", contains: "Project"),
  ]

  @Test(arguments: cases)
  func rule(_ c: RuleCase) {
    let findings = TestToken.diagnose(c.token, audiences: c.audiences, providerURL: c.providerURL, wantClaims: c.wantClaims)
    let hit = findings.first { $0.id == c.id && $0.severity == c.severity }
    #expect(hit != nil, "\(c.id) \(c.severity) not in \(findings.map { "\($0.id.rawValue)/\($0.severity)" })")
    #expect(hit?.evidence(c.label)?.contains(c.contains) == true, "\(hit?.evidence ?? [])")
  }

  @Test func healthyGitLabTokenHasNoTokenLevelFindings() {
    let findings = TestToken.diagnose(
      TestToken.make(claims: TestToken.gitlabClaims()), audiences: ["sts.amazonaws.com"], wantClaims: ["project_id", "ref_protected"])
    #expect(findings.isEmpty, "\(findings.map(\.id))")
  }

  @Test func everyFindingRunsNotJustTheFirst() {
    let token = TestToken.make(
      header: #"{"alg":"HS256"}"#, claims: TestToken.gitlabClaims(["iss": #""gitlab.com""#, "sub": #""job_1""#], drop: ["aud", "exp"]))
    let ids = TestToken.diagnose(token).ids
    #expect(ids.isSuperset(of: [.algUnsupported, .kidMissing, .issNotHTTPS, .audMissing, .expMissing, .subNotScoping]))
  }

  @Test func unconfirmedFactsAreNeverErrors() {
    let token = TestToken.make(
      header: #"{"alg":"RS256"}"#, claims: TestToken.gitlabClaims(["aud": #"["a"]"#, "azp": #""x""#, "nbf": "\(Self.now + 4000)"]))
    let findings = TestToken.diagnose(token, wantClaims: ["oaud"])
    #expect(!findings.isEmpty)
    for finding in findings where finding.confidence == .unconfirmed { #expect(finding.severity != .error, "\(finding.id)") }
  }

  @Test func awsErrorTextsAreExact() {
    let findings = TestToken.diagnose(TestToken.make(claims: TestToken.gitlabClaims(["exp": "\(Self.now - 3600)"], drop: ["aud"])))
    #expect(findings.first(.audMissing)?.awsError == "InvalidIdentityToken: Missing a required claim: aud")
    #expect(
      findings.first(.tokenExpired)?.awsError
        == "ExpiredTokenException: Token expired: current date/time \(Self.now) must be before the expiration date/time \(Self.now - 3600)")
  }

  @Test func githubEnvironmentSubIsPredicted() {
    let claims =
      #"{"iss":"https://token.actions.githubusercontent.com","sub":"repo:o/r:environment:prod","aud":"sts.amazonaws.com","repository":"o/r","environment":"prod","ref":"refs/heads/main","event_name":"push","iat":\#(Self.now),"exp":\#(Self.now + 300)}"#
    #expect(SubPrediction.github(claims: try! JSONParser.parse(claims)) == "repo:o/r:environment:prod")
    let pr = #"{"repository":"o/r","event_name":"pull_request","ref":"refs/pull/1/merge"}"#
    #expect(SubPrediction.github(claims: try! JSONParser.parse(pr)) == "repo:o/r:pull_request")
    let push = #"{"repository":"o/r","event_name":"push","ref":"refs/heads/main"}"#
    #expect(SubPrediction.github(claims: try! JSONParser.parse(push)) == "repo:o/r:ref:refs/heads/main")
  }
}

extension TokenRuleTests {
  @Test(arguments: [
    #"{"iss":5,"sub":{},"aud":7,"exp":"x","iat":null,"nbf":[1],"https://aws.amazon.com/tags":[1]}"#,
    #"{"iss":"","sub":"","aud":[],"exp":1e400,"azp":false}"#,
    #"{"iss":"https://","sub":"job_","aud":[1,2],"exp":-9223372036854775808,"iat":9223372036854775807}"#,
    "{}",
  ])
  func oddClaimTypesNeverCrashAndAreReported(claims: String) {
    let findings = TestToken.diagnose(TestToken.make(claims: claims), audiences: ["a"], wantClaims: ["iss", "", "x"])
    #expect(Verdict(findings) == .reject)
  }

  @Test func nonStringIssIsNamedByType() {
    let f = TestToken.diagnose(TestToken.make(claims: TestToken.gitlabClaims(["iss": "5"]))).first(.issMissing)
    #expect(f?.title == "iss is a integer, not a string" || f?.title == "iss is an integer, not a string")
  }
}
