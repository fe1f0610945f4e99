import ArgumentParser
import FedCore

/// `fedtui policy generate|evaluate` (`spec/product.md` CLI contract).
struct PolicyCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "policy", abstract: "Generate a trust policy, or evaluate one against a token.",
    subcommands: [PolicyGenerateCommand.self, PolicyEvaluateCommand.self])
}

/// Builds the wizard's answers from flags, runs the same validation as the dashboard's wizard,
/// and prints the chosen format.
struct PolicyGenerateCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate", abstract: "Write a trust policy and the OIDC provider registration.",
    discussion: """
      Repeated scope options mean "any of these". Values with * or ? use StringLike, exact values StringEquals.
      GitLab: --project-path [--ref-type branch|tag] [--ref NAME]; GitHub: --repo with --branch, --tag,
      --environment or --pull-request; generic: --sub PATTERN.
      """)

  @Option(help: "gitlab, github or generic.") var provider: String
  @Option(help: "The issuer exactly as the token's iss (default: the provider's).") var issuer: String?
  @Option(name: .customLong("account-id"), help: "The 12-digit AWS account id.") var accountID: String
  @Option(help: "aws, aws-cn or aws-us-gov.") var partition: String = "aws"
  @Option(help: "A client ID (repeatable; default: the provider's).") var audience: [String] = []
  @Option(name: .customLong("project-path"), help: "GitLab group/project (repeatable).") var projectPath: [String] = []
  @Option(name: .customLong("ref-type"), help: "GitLab ref type: branch or tag (repeatable).") var refType: [String] = []
  @Option(help: "GitLab short ref name, e.g. main or release/* (repeatable).") var ref: [String] = []
  @Option(help: "GitHub owner/repo (repeatable).") var repo: [String] = []
  @Option(help: "GitHub branch name (repeatable).") var branch: [String] = []
  @Option(help: "GitHub tag name (repeatable).") var tag: [String] = []
  @Option(help: "GitHub environment name (repeatable).") var environment: [String] = []
  @Flag(name: .customLong("pull-request"), help: "GitHub pull_request runs.") var pullRequest = false
  @Option(help: "A raw sub value or pattern (repeatable; generic).") var sub: [String] = []
  @Flag(name: .customLong("session-tags"), help: "Allow sts:TagSession (the token carries session tags).") var sessionTags = false
  @Option(name: .customLong("max-session-duration"), help: "Role MaxSessionDuration, 3600-43200.") var maxSessionDuration = 3600
  @Option(name: .customLong("role-name"), help: "The role name.") var roleName: String?
  @Option(help: "A provider SHA-1 thumbprint (repeatable; optional).") var thumbprint: [String] = []
  @Option(help: "json, aws-cli, terraform or cloudformation.") var format: String = "json"

  func run() async throws {
    guard let chosenFormat = PolicyFormat(rawValue: format) else {
      throw UsageError(message: "--format: must be json, aws-cli, terraform or cloudformation (found \"\(format)\")")
    }
    let wizard = PolicyWizard(answers: try answers())
    switch wizard.spec() {
    case .success(let spec): Output.write(PolicyExporter.export(spec, format: chosenFormat))
    case .failure(let failure): throw UsageError(message: failure.issues.first.map(String.init(describing:)) ?? "invalid input")
    }
  }

  /// The wizard answers these flags give; provider defaults fill what is not given.
  func answers() throws -> WizardAnswers {
    guard let kind = PolicyProvider(rawValue: provider) else {
      throw UsageError(message: "--provider: must be gitlab, github or generic (found \"\(provider)\")")
    }
    guard let part = AWSPartition(rawValue: partition) else {
      throw UsageError(message: "--partition: must be aws, aws-cn or aws-us-gov (found \"\(partition)\")")
    }
    try checkScopeFlags(for: kind)
    var types: [GitRefType] = []
    for t in refType {
      guard let type = GitRefType(rawValue: t) else {
        throw UsageError(message: "--ref-type: GitLab ref_type is only branch or tag (found \"\(t)\")")
      }
      types.append(type)
    }
    var wizard = PolicyWizard(provider: kind)
    if let issuer { wizard.setIssuer(issuer) }
    wizard.edit { a in
      a.accountID = accountID
      a.partition = part
      if !audience.isEmpty { a.audiences = audience }
      a.scope = ScopeAnswers(
        projectPaths: projectPath, refTypes: types, refs: ref, repos: repo, branches: branch, tags: tag, environments: environment,
        pullRequest: pullRequest, subs: sub)
      a.sessionTags = sessionTags
      a.maxSessionDuration = maxSessionDuration
      if let roleName { a.roleName = roleName }
      a.thumbprints = thumbprint
    }
    return wizard.answers
  }

  /// Scope flags of another provider are a usage error, not silently ignored.
  func checkScopeFlags(for kind: PolicyProvider) throws {
    let given: [(String, Bool, PolicyProvider)] = [
      ("--project-path", !projectPath.isEmpty, .gitlab), ("--ref-type", !refType.isEmpty, .gitlab), ("--ref", !ref.isEmpty, .gitlab),
      ("--repo", !repo.isEmpty, .github), ("--branch", !branch.isEmpty, .github), ("--tag", !tag.isEmpty, .github),
      ("--environment", !environment.isEmpty, .github), ("--pull-request", pullRequest, .github), ("--sub", !sub.isEmpty, .generic),
    ]
    if let wrong = given.first(where: { $0.1 && $0.2 != kind }) {
      throw UsageError(message: "\(wrong.0): applies to --provider \(wrong.2.rawValue), not \(kind.rawValue)")
    }
  }
}
