import Testing

@testable import FedCore

/// generate → lint → evaluate: every generated variant passes the linter with no error or warning,
/// allows the tokens it names and denies the ones it does not.
@Suite struct PolicyRoundTripTests {
  typealias S = PolicyTestSupport

  struct Variant: CustomTestStringConvertible, Sendable {
    var name: String
    var answers: WizardAnswers
    /// Claims that must be allowed, and claims that must be denied.
    var allowed: [JSONValue]
    var denied: [JSONValue]
    var testDescription: String { name }
  }

  static func answers(
    _ provider: PolicyProvider, issuer: String? = nil, audiences: [String]? = nil, partition: AWSPartition = .aws,
    tags: Bool = false, _ scope: ScopeAnswers
  ) -> WizardAnswers {
    var w = PolicyWizard(provider: provider)
    w.edit {
      if let issuer { $0.issuer = issuer }
      $0.accountID = S.account
      $0.partition = partition
      $0.scope = scope
      $0.sessionTags = tags
    }
    if let audiences { w.edit { $0.audiences = audiences } }
    return w.answers
  }

  static func gitlab(_ project: String, _ refType: String, _ ref: String, iss: String = "https://gitlab.com", aud: String? = nil)
    -> JSONValue
  {
    S.gitlabClaims(iss: iss, aud: .string(aud ?? iss), project: project, refType: refType, ref: ref)
  }

  static func github(_ sub: String, aud: String = "sts.amazonaws.com", iss: String = "https://token.actions.githubusercontent.com")
    -> JSONValue
  {
    .object([JSONMember("iss", .string(iss)), JSONMember("aud", .string(aud)), JSONMember("sub", .string(sub))])
  }

  static let tagsClaim = JSONMember(
    "https://aws.amazon.com/tags", .object([JSONMember("principal_tags", .object([JSONMember("team", ["a"])]))]))

  static let variants: [Variant] = [
    Variant(
      name: "gitlab.com one project, main branch",
      answers: answers(.gitlab, ScopeAnswers(projectPaths: ["g/app"], refTypes: [.branch], refs: ["main"])),
      allowed: [gitlab("g/app", "branch", "main")],
      denied: [
        gitlab("g/app", "tag", "main"), gitlab("g/other", "branch", "main"), gitlab("g/app", "branch", "dev"),
        gitlab("g/app", "branch", "main", aud: "https://gitlab.com/"), gitlab("g/app", "branch", "main", iss: "https://gitlab.example.com"),
      ]),
    Variant(
      name: "gitlab.com two projects, release branches or any tag",
      answers: answers(.gitlab, ScopeAnswers(projectPaths: ["g/a", "g/sub/b"], refTypes: [.branch], refs: ["release/*"])),
      allowed: [gitlab("g/a", "branch", "release/1.0"), gitlab("g/sub/b", "branch", "release/x/y")],
      denied: [gitlab("g/a", "branch", "main"), gitlab("g/a", "tag", "release/1"), gitlab("g/c", "branch", "release/1")]),
    Variant(
      name: "self-managed GitLab, any ref",
      answers: answers(.gitlab, issuer: "https://gitlab.example.com", ScopeAnswers(projectPaths: ["team/svc"])),
      allowed: [
        gitlab("team/svc", "branch", "main", iss: "https://gitlab.example.com"),
        gitlab("team/svc", "tag", "v1", iss: "https://gitlab.example.com"),
      ],
      denied: [gitlab("team/svc2", "branch", "main", iss: "https://gitlab.example.com"), gitlab("team/svc", "branch", "main")]),
    Variant(
      name: "GitLab tags, aws-cn, two audiences",
      answers: answers(
        .gitlab, audiences: ["https://gitlab.com", "sts.amazonaws.com"], partition: .awsCN,
        ScopeAnswers(projectPaths: ["g/app"], refTypes: [.tag], refs: ["v*"])),
      allowed: [gitlab("g/app", "tag", "v1.2.3"), gitlab("g/app", "tag", "v2", aud: "sts.amazonaws.com")],
      denied: [gitlab("g/app", "branch", "v1"), gitlab("g/app", "tag", "v1", aud: "other")]),
    Variant(
      name: "GitHub main branch", answers: answers(.github, ScopeAnswers(repos: ["octo/app"], branches: ["main"])),
      allowed: [github("repo:octo/app:ref:refs/heads/main")],
      denied: [
        github("repo:octo/app:ref:refs/heads/dev"), github("repo:Octo/app:ref:refs/heads/main"), github("repo:octo/app:pull_request"),
        github("repo:octo/app:ref:refs/heads/main", aud: "https://github.com/octo"),
      ]),
    Variant(
      name: "GitHub environment or pull request, two repos",
      answers: answers(.github, ScopeAnswers(repos: ["octo/app", "octo/web"], environments: ["prod"], pullRequest: true)),
      allowed: [github("repo:octo/app:environment:prod"), github("repo:octo/web:pull_request")],
      denied: [
        github("repo:octo/app:environment:staging"), github("repo:octo/app:ref:refs/heads/main"), github("repo:octo/api:pull_request"),
      ]),
    Variant(
      name: "GitHub any context in one repo, enterprise issuer, us-gov",
      answers: answers(
        .github, issuer: "https://token.actions.githubusercontent.com/acme", partition: .awsUSGov, ScopeAnswers(repos: ["acme/app"])),
      allowed: [github("repo:acme/app:ref:refs/tags/v1", iss: "https://token.actions.githubusercontent.com/acme")],
      denied: [
        github("repo:acme/app:ref:refs/tags/v1"),
        github("repo:acme/other:pull_request", iss: "https://token.actions.githubusercontent.com/acme"),
      ]),
    Variant(
      name: "GitHub tags with session tags", answers: answers(.github, tags: true, ScopeAnswers(repos: ["octo/app"], tags: ["v*"])),
      allowed: [github("repo:octo/app:ref:refs/tags/v1"), .object(github("repo:octo/app:ref:refs/tags/v2").objectMembers! + [tagsClaim])],
      denied: [github("repo:octo/app:ref:refs/heads/v1")]),
    Variant(
      name: "generic exact sub",
      answers: answers(
        .generic, issuer: "https://ci.example.com/oidc", audiences: ["sts.amazonaws.com"], ScopeAnswers(subs: ["job:deploy"])),
      allowed: [github("job:deploy", iss: "https://ci.example.com/oidc")],
      denied: [github("job:deploy2", iss: "https://ci.example.com/oidc"), github("job:deploy", iss: "https://ci.example.com")]),
    Variant(
      name: "generic Terraform Cloud pattern",
      answers: answers(
        .generic, issuer: "https://app.terraform.io", audiences: ["aws.workload.identity"],
        ScopeAnswers(subs: ["organization:acme:project:*:workspace:prod:run_phase:*"])),
      allowed: [
        github(
          "organization:acme:project:Default Project:workspace:prod:run_phase:apply", aud: "aws.workload.identity",
          iss: "https://app.terraform.io")
      ],
      denied: [
        github("organization:evil:project:x:workspace:prod:run_phase:apply", aud: "aws.workload.identity", iss: "https://app.terraform.io")
      ]),
  ]

  @Test(arguments: variants) func roundTrip(_ v: Variant) throws {
    let wizard = PolicyWizard(answers: v.answers)
    #expect(wizard.allIssues.isEmpty, "\(wizard.allIssues)")
    let spec = try wizard.spec().get()
    let json = PolicyExporter.export(spec, format: .json)
    // The linter sees the exported text, as a user's `check --policy-file` would, with the real knowledge table.
    let findings = PolicyLinter.lint(
      text: json, context: PolicyLintContext(issuer: spec.issuer, accountID: S.account, partition: spec.partition))
    #expect(findings.filter { $0.severity != .info }.isEmpty, "\(findings.map(\.id))")
    let document = try PolicyParser.parse(json).get()
    for claims in v.allowed {
      let d = PolicyEvaluator.evaluate(document, claims: claims, issuer: claims["iss"]!.stringValue!)
      #expect(d.allowed, "\(JSONWriter.string(claims)): \(d.reason)")
    }
    for claims in v.denied {
      let d = PolicyEvaluator.evaluate(document, claims: claims, issuer: claims["iss"]!.stringValue!)
      #expect(!d.allowed, "\(JSONWriter.string(claims)) should be denied")
    }
  }

  /// Many generated variants, none with a linter error or warning (with the test profiles and the real table).
  @Test func everyGeneratedVariantLintsClean() {
    var count = 0
    let refSets: [[String]] = [[], ["main"], ["main", "release/*"], ["v?.*"]]
    for provider in PolicyProvider.allCases {
      for partition in AWSPartition.allCases {
        for refs in refSets {
          for tags in [false, true] {
            let scope: ScopeAnswers
            switch provider {
            case .gitlab: scope = ScopeAnswers(projectPaths: ["g/a", "g/s/b"], refTypes: refs.isEmpty ? [] : [.branch, .tag], refs: refs)
            case .github:
              scope = ScopeAnswers(repos: ["o/a"], branches: refs, tags: refs.filter { $0.hasPrefix("v") }, pullRequest: refs.count == 2)
            case .generic: scope = ScopeAnswers(subs: refs.isEmpty ? ["exact-subject"] : refs.map { "pipeline:x:ref:" + $0 })
            }
            let a = Self.answers(
              provider, issuer: provider == .generic ? "https://ci.example.com" : nil,
              audiences: provider == .generic ? ["sts.amazonaws.com"] : nil,
              partition: partition, tags: tags, scope)
            guard case .success(let spec) = PolicyWizard(answers: a).spec() else {
              Issue.record("wizard refused \(provider) \(refs)")
              continue
            }
            let profile: ProviderProfile = provider == .gitlab ? S.gitlabCom : provider == .github ? S.github : S.privateIssuer
            for context in [
              PolicyLintContext(
                issuer: spec.issuer, accountID: spec.accountID, partition: partition, profile: profile, tokenHasSessionTags: tags),
              PolicyLintContext(issuer: spec.issuer, accountID: spec.accountID, partition: partition, tokenHasSessionTags: tags),
            ] {
              let findings = PolicyLinter.lint(text: PolicyExporter.export(spec, format: .json), context: context)
              #expect(findings.filter { $0.severity != .info }.isEmpty, "\(provider) \(refs): \(findings.map(\.id))")
              count += 1
            }
          }
        }
      }
    }
    #expect(count == 3 * 3 * 4 * 2 * 2)
  }
}
