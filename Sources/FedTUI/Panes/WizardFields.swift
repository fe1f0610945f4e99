import FedCore

/// One editable field of a wizard step: a text field (lists are comma-separated) or a choice.
enum WizardInput: String, CaseIterable, Sendable {
  case provider, issuer, accountID, partition, audiences
  case projectPaths, refTypes, refs, repos, branches, tags, environments, pullRequest, subs
  case sessionTags, maxSessionDuration, roleName

  var label: String {
    switch self {
    case .provider: "provider"
    case .issuer: "issuer URL"
    case .accountID: "account id"
    case .partition: "partition"
    case .audiences: "audiences"
    case .projectPaths: "project paths"
    case .refTypes: "ref type"
    case .refs: "refs"
    case .repos: "repositories"
    case .branches: "branches"
    case .tags: "tags"
    case .environments: "environments"
    case .pullRequest: "pull requests"
    case .subs: "sub patterns"
    case .sessionTags: "session tags"
    case .maxSessionDuration: "max session (s)"
    case .roleName: "role name"
    }
  }

  /// Choices cycle with ←/→; everything else is typed.
  var choices: [String]? {
    switch self {
    case .provider: PolicyProvider.allCases.map(\.rawValue)
    case .partition: AWSPartition.allCases.map(\.rawValue)
    case .refTypes: ["any", "branch", "tag"]
    case .pullRequest, .sessionTags: ["no", "yes"]
    default: nil
    }
  }

  /// The fields of a step for a provider.
  static func fields(_ step: PolicyWizard.Step, _ provider: PolicyProvider) -> [WizardInput] {
    switch step {
    case .provider: [.provider]
    case .issuer: [.issuer]
    case .account: [.accountID, .partition]
    case .audiences: [.audiences]
    case .scope:
      switch provider {
      case .gitlab: [.projectPaths, .refTypes, .refs]
      case .github: [.repos, .branches, .tags, .environments, .pullRequest]
      case .generic: [.subs]
      }
    case .extras: [.sessionTags, .maxSessionDuration, .roleName]
    case .review: []
    }
  }

  /// The field's value as shown and edited.
  func value(_ a: WizardAnswers) -> String {
    let list = { (v: [String]) in v.joined(separator: ", ") }
    switch self {
    case .provider: return a.provider.rawValue
    case .issuer: return a.issuer
    case .accountID: return a.accountID
    case .partition: return a.partition.rawValue
    case .audiences: return list(a.audiences)
    case .projectPaths: return list(a.scope.projectPaths)
    case .refTypes: return a.scope.refTypes.first?.rawValue ?? "any"
    case .refs: return list(a.scope.refs)
    case .repos: return list(a.scope.repos)
    case .branches: return list(a.scope.branches)
    case .tags: return list(a.scope.tags)
    case .environments: return list(a.scope.environments)
    case .pullRequest: return a.scope.pullRequest ? "yes" : "no"
    case .subs: return list(a.scope.subs)
    case .sessionTags: return a.sessionTags ? "yes" : "no"
    case .maxSessionDuration: return String(a.maxSessionDuration)
    case .roleName: return a.roleName
    }
  }

  /// Applies typed text (or a choice) to the wizard, through its own edit rules.
  func apply(_ text: String, to w: inout PolicyWizard) {
    let list = text.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    switch self {
    case .provider: if let p = PolicyProvider(rawValue: text) { w.selectProvider(p) }
    case .issuer: w.setIssuer(text.trimmingSpaces)
    case .accountID: w.edit { $0.accountID = text.trimmingSpaces }
    case .partition: if let p = AWSPartition(rawValue: text) { w.edit { $0.partition = p } }
    case .audiences: w.edit { $0.audiences = list }
    case .projectPaths: w.edit { $0.scope.projectPaths = list }
    case .refTypes: w.edit { $0.scope.refTypes = GitRefType(rawValue: text).map { [$0] } ?? [] }
    case .refs: w.edit { $0.scope.refs = list }
    case .repos: w.edit { $0.scope.repos = list }
    case .branches: w.edit { $0.scope.branches = list }
    case .tags: w.edit { $0.scope.tags = list }
    case .environments: w.edit { $0.scope.environments = list }
    case .pullRequest: w.edit { $0.scope.pullRequest = text == "yes" }
    case .subs: w.edit { $0.scope.subs = list }
    case .sessionTags: w.edit { $0.sessionTags = text == "yes" }
    case .maxSessionDuration: w.edit { $0.maxSessionDuration = Int(text.trimmingSpaces) ?? 0 }
    case .roleName: w.edit { $0.roleName = text.trimmingSpaces }
    }
  }
}

/// Wizard answers guessed from a loaded token, so the trace evaluates against it.
enum WizardPrefill {
  static func wizard(for jwt: JWT?) -> PolicyWizard {
    guard let jwt, let iss = jwt.iss, iss.hasPrefix("https://") else { return PolicyWizard() }
    let claims = jwt.claims
    let provider: PolicyProvider =
      claims["project_path"] != nil ? .gitlab : claims["repository"] != nil ? .github : .generic
    var w = PolicyWizard(provider: provider)
    w.setIssuer(iss)
    let audiences = jwt.aud?.values ?? []
    w.edit { a in
      if !audiences.isEmpty { a.audiences = audiences }
      if let p = claims["project_path"]?.stringValue { a.scope.projectPaths = [p] }
      if let t = claims["ref_type"]?.stringValue.flatMap(GitRefType.init(rawValue:)) { a.scope.refTypes = [t] }
      if provider == .gitlab, let r = claims["ref"]?.stringValue { a.scope.refs = [r] }
      if let r = claims["repository"]?.stringValue { a.scope.repos = [r] }
      if provider == .generic, let s = jwt.sub { a.scope.subs = [s] }
    }
    return w
  }
}
