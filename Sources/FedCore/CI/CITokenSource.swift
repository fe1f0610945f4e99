/// Where `fedtui check --from-ci` gets the job's own ID token, decided from the environment.
///
/// - GitHub Actions hands a job with `permissions: id-token: write` a request URL and a bearer
///   token (`ACTIONS_ID_TOKEN_REQUEST_URL`, `ACTIONS_ID_TOKEN_REQUEST_TOKEN`); the ID token comes
///   from `GET <url>&audience=<aud>` as `{"value": "<jwt>"}`. Source: GitHub Docs, "About security
///   hardening with OpenID Connect" → "Methods for requesting the OIDC token" (documented).
/// - GitLab CI puts each `id_tokens:` entry in a CI/CD variable the job names itself, so the
///   operator names it with `--token-env`. Source: GitLab Docs, "OpenID Connect (OIDC)
///   Authentication Using ID Tokens" → `id_tokens` (documented).
public enum CITokenSource: Sendable, Equatable {
  /// Request the token from the Actions runtime.
  case githubActions(GitHubTokenRequest)
  /// Read it from this environment variable.
  case environment(name: String)

  /// The environment variables this face reads (documented names).
  public enum Variable {
    public static let requestURL = "ACTIONS_ID_TOKEN_REQUEST_URL"
    public static let requestToken = "ACTIONS_ID_TOKEN_REQUEST_TOKEN"
    public static let githubActions = "GITHUB_ACTIONS"
    public static let gitlabCI = "GITLAB_CI"
  }

  /// Picks the source: `--token-env` first (GitLab and any other system), else the Actions
  /// runtime when its variables are present. The error says what to add to the job.
  public static func resolve(environment: [String: String], tokenEnv: String?, audience: String)
    -> Result<CITokenSource, CITokenError>
  {
    if let tokenEnv {
      guard isVariableName(tokenEnv) else { return .failure(.invalidVariableName(tokenEnv)) }
      return .success(.environment(name: tokenEnv))
    }
    let url = environment[Variable.requestURL].flatMap { $0.isEmpty ? nil : $0 }
    let bearer = environment[Variable.requestToken].flatMap { $0.isEmpty ? nil : $0 }
    switch (url, bearer) {
    case (let url?, let bearer?):
      return .success(.githubActions(GitHubTokenRequest(requestURL: url, bearer: bearer, audience: audience)))
    case (nil, nil) where environment[Variable.githubActions] == "true", (.some, nil), (nil, .some):
      return .failure(.githubPermissionMissing)
    case (nil, nil) where environment[Variable.gitlabCI] == "true":
      return .failure(.gitlabNeedsTokenEnv)
    default:
      return .failure(.notInCI)
    }
  }

  /// The token text from the variable `name`, or why there is none.
  public static func read(variable name: String, environment: [String: String]) -> Result<String, CITokenError> {
    guard let value = environment[name], !value.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\t" }) else {
      return .failure(.variableEmpty(name))
    }
    return .success(value)
  }

  /// A POSIX environment variable name: a letter or `_`, then letters, digits, `_`.
  static func isVariableName(_ name: String) -> Bool {
    guard let first = name.utf8.first, !(48...57).contains(first), name.utf8.count <= 256 else { return false }
    return name.utf8.allSatisfy { (65...90).contains($0) || (97...122).contains($0) || (48...57).contains($0) || $0 == 95 }
  }
}

/// Why no CI token could be had; each message says what to change in the job.
public enum CITokenError: Error, Sendable, Equatable {
  case notInCI
  case githubPermissionMissing
  case gitlabNeedsTokenEnv
  case invalidVariableName(String)
  case variableEmpty(String)
  /// The Actions runtime did not hand out a token (status or body), described without secrets.
  case requestFailed(String)

  public var message: String {
    switch self {
    case .notInCI:
      return "--from-ci: no CI token source found (\(CITokenSource.Variable.requestURL) is not set); "
        + "in GitLab CI or elsewhere name the variable holding the ID token with --token-env NAME"
    case .githubPermissionMissing:
      return "--from-ci: GitHub Actions gave this job no ID token request credentials "
        + "(\(CITokenSource.Variable.requestURL) / \(CITokenSource.Variable.requestToken)); "
        + "add `permissions: id-token: write` to the job or workflow"
    case .gitlabNeedsTokenEnv:
      return "--from-ci: in GitLab CI, name the id_tokens: variable with --token-env NAME "
        + "(e.g. id_tokens: { AWS_ID_TOKEN: { aud: sts.amazonaws.com } } and --token-env AWS_ID_TOKEN)"
    case .invalidVariableName(let name):
      return "--token-env: \(TextSafety.escaped(name)) is not an environment variable name"
    case .variableEmpty(let name):
      return "--token-env: the variable \(name) is not set or empty in this job"
    case .requestFailed(let reason):
      return "--from-ci: the GitHub Actions token request failed: \(reason)"
    }
  }
}

extension CITokenSource {
  /// The token from this source: the variable's value, or the Actions runtime's answer.
  public func obtain(environment: [String: String], fetcher: any Fetcher, timeout: Double, caFile: String?) async
    -> Result<String, CITokenError>
  {
    switch self {
    case .environment(let name):
      return Self.read(variable: name, environment: environment)
    case .githubActions(let request):
      let result = await fetcher.fetch(request.fetchRequest(timeout: timeout, caFile: caFile))
      return GitHubTokenRequest.token(from: result)
    }
  }

  /// True when obtaining the token needs the network.
  public var needsNetwork: Bool {
    if case .githubActions = self { return true }
    return false
  }
}
