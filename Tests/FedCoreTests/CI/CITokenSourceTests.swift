import Testing

@testable import FedCore

/// Where `--from-ci` takes the token from, and the GitHub Actions request and answer.
struct CITokenSourceTests {
  static let url = "https://pipelines.actions.example/abc/idtoken?api-version=2.0"

  @Test(arguments: [
    (["ACTIONS_ID_TOKEN_REQUEST_URL": url, "ACTIONS_ID_TOKEN_REQUEST_TOKEN": "b"], nil as String?, "github"),
    (["GITLAB_CI": "true", "AWS_ID_TOKEN": "t"], "AWS_ID_TOKEN", "env:AWS_ID_TOKEN"),
    // --token-env wins even inside GitHub Actions.
    (["ACTIONS_ID_TOKEN_REQUEST_URL": url, "ACTIONS_ID_TOKEN_REQUEST_TOKEN": "b"], "MY_TOKEN", "env:MY_TOKEN"),
    (["GITHUB_ACTIONS": "true"], nil, "error:githubPermissionMissing"),
    (["ACTIONS_ID_TOKEN_REQUEST_URL": url], nil, "error:githubPermissionMissing"),
    (["GITLAB_CI": "true"], nil, "error:gitlabNeedsTokenEnv"),
    ([:], nil, "error:notInCI"),
    ([:], "1BAD", "error:invalidVariableName"),
    ([:], "A-B", "error:invalidVariableName"),
  ])
  func resolve(environment: [String: String], tokenEnv: String?, expected: String) {
    let got: String
    switch CITokenSource.resolve(environment: environment, tokenEnv: tokenEnv, audience: "sts.amazonaws.com") {
    case .success(.githubActions(let request)):
      got = "github"
      #expect(request.bearer == "b" && request.requestURL == Self.url)
    case .success(.environment(let name)): got = "env:" + name
    case .failure(let error): got = "error:" + String(describing: error).split(separator: "(").first.map(String.init)!
    }
    #expect(got == expected)
  }

  @Test func requestURLCarriesTheEncodedAudienceAndTheBearerHeader() {
    let request = GitHubTokenRequest(requestURL: Self.url, bearer: "secret", audience: "https://github.com/acme x")
    #expect(request.url == Self.url + "&audience=https%3A%2F%2Fgithub.com%2Facme%20x")
    let fetch = request.fetchRequest(timeout: 5, caFile: nil)
    #expect(fetch.headers.contains(HTTPHeader("Authorization", "Bearer secret")))
    #expect(GitHubTokenRequest(requestURL: "https://h/t", bearer: "", audience: "a").url == "https://h/t?audience=a")
  }

  @Test func answerParsing() {
    let ok = FetchResponse(requestedURL: "u", status: 200, body: Array(#"{"count":1,"value":"eyJ.a.b"}"#.utf8))
    #expect(GitHubTokenRequest.token(from: .success(ok)) == .success("eyJ.a.b"))
    let noValue = FetchResponse(requestedURL: "u", status: 200, body: Array(#"{"count":1}"#.utf8))
    #expect(GitHubTokenRequest.token(from: .success(noValue)) == .failure(.requestFailed("HTTP 200: the answer has no \"value\" member")))
    let refused = FetchFailure(
      url: "u", stage: .httpStatus, message: "HTTP 403",
      response: FetchResponse(requestedURL: "u", status: 403, body: Array("no".utf8)))
    guard case .failure(.requestFailed(let reason)) = GitHubTokenRequest.token(from: .failure(refused)) else {
      Issue.record("a 403 must fail")
      return
    }
    #expect(reason.contains("HTTP 403") && reason.contains("id-token: write"))
  }

  @Test func variableReading() {
    #expect(CITokenSource.read(variable: "T", environment: ["T": "eyJ"]) == .success("eyJ"))
    #expect(CITokenSource.read(variable: "T", environment: ["T": " \n"]) == .failure(.variableEmpty("T")))
    #expect(CITokenSource.read(variable: "T", environment: [:]) == .failure(.variableEmpty("T")))
  }

  @Test(arguments: [
    ("https://a.example/x", "https://a.example/y?z", true),
    ("https://A.example:443/x", "https://a.example:443", true),
    ("https://a.example/x", "https://b.example/x", false),
    ("https://a.example/x", "http://a.example/x", false),
    ("https://a.example:8443/x", "https://a.example/x", false),
  ])
  func requestHeadersStayOnTheirOrigin(a: String, b: String, same: Bool) {
    #expect(RedirectWalk.sameOrigin(a, b) == same)
  }
}
