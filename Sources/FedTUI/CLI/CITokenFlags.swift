import ArgumentParser
import FedCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `check --from-ci` / `--token-env NAME`: the check inside the CI job, on the job's own token,
/// which never passes through an argument, a file or the job log.
struct CITokenFlags: ParsableArguments {
  @Flag(
    name: .customLong("from-ci"),
    help: "Check this CI job's own ID token (GitHub Actions: requested with --audience; elsewhere: --token-env).")
  var fromCI = false
  @Option(
    name: .customLong("token-env"),
    help: ArgumentHelp("The environment variable holding the ID token (GitLab CI: the id_tokens: name).", valueName: "name"))
  var tokenEnv: String?

  /// True when the token comes from the CI environment rather than `--token-file`.
  var isUsed: Bool { fromCI || tokenEnv != nil }

  /// The AWS client ID requested by default: the audience STS docs use for GitHub.
  static let defaultAudience = "sts.amazonaws.com"

  /// Where the token comes from, or a usage error naming what the job lacks.
  func source(audiences: [String]) throws -> CITokenSource {
    switch CITokenSource.resolve(
      environment: environment(), tokenEnv: tokenEnv, audience: audiences.first ?? Self.defaultAudience)
    {
    case .success(let source): return source
    case .failure(let error): throw UsageError(message: error.message)
    }
  }

  /// The token text, fetched or read; a failure is a usage error (exit 2) that names no secret.
  func token(_ source: CITokenSource, timeout: Double, caFile: String?) async throws -> String {
    let result = await source.obtain(
      environment: environment(), fetcher: CurlFetcher(), timeout: timeout, caFile: caFile)
    switch result {
    case .success(let token): return token
    case .failure(let error): throw UsageError(message: error.message)
    }
  }

  /// The process environment (only the variables `CITokenSource` reads are looked at).
  func environment() -> [String: String] {
    var names = [
      CITokenSource.Variable.requestURL, CITokenSource.Variable.requestToken, CITokenSource.Variable.githubActions,
      CITokenSource.Variable.gitlabCI,
    ]
    if let tokenEnv { names.append(tokenEnv) }
    var values: [String: String] = [:]
    for name in names { if let value = Output.environment(name) { values[name] = value } }
    return values
  }
}
