/// The trust-policy wizard as a pure state machine (`spec/product.md` capability 6): provider →
/// issuer → account and partition → audiences → subject scope → extras → review. Each step is
/// validated before moving on; `back()` always works. The dashboard and `fedtui policy generate`
/// both drive it.
public struct PolicyWizard: Sendable, Equatable {
  /// The wizard's steps, in order.
  public enum Step: Int, Sendable, Equatable, Comparable, CaseIterable {
    case provider, issuer, account, audiences, scope, extras, review

    /// A short title for a header or breadcrumb.
    public var title: String {
      switch self {
      case .provider: "Provider"
      case .issuer: "Issuer URL"
      case .account: "Account"
      case .audiences: "Audiences"
      case .scope: "Subject scope"
      case .extras: "Extras"
      case .review: "Review"
      }
    }

    public static func < (a: Step, b: Step) -> Bool { a.rawValue < b.rawValue }
  }

  /// The current step.
  public private(set) var step: Step
  /// The answers so far.
  public private(set) var answers: WizardAnswers

  /// A fresh wizard on the provider step, with that provider's defaults filled in.
  public init(provider: PolicyProvider = .gitlab) {
    let issuer = WizardDefaults.issuer(provider)
    step = .provider
    answers = WizardAnswers(
      provider: provider, issuer: issuer, audiences: WizardDefaults.audiences(provider, issuer: issuer),
      roleName: WizardDefaults.roleName(provider))
  }

  /// A wizard over complete answers (the CLI), on the review step if they are valid.
  public init(answers: WizardAnswers) {
    self.answers = answers
    step = .provider
    while step != .review && issues(at: step).isEmpty { step = Step(rawValue: step.rawValue + 1)! }
  }

  /// Chooses the provider; defaults the operator has not changed follow the new provider.
  public mutating func selectProvider(_ provider: PolicyProvider) {
    let old = answers.provider
    guard provider != old else { return }
    if answers.issuer.isEmpty || answers.issuer == WizardDefaults.issuer(old) { answers.issuer = WizardDefaults.issuer(provider) }
    let partition = answers.partition
    if answers.audiences.isEmpty
      || answers.audiences == WizardDefaults.audiences(old, issuer: WizardDefaults.issuer(old), partition: partition)
      || answers.audiences == WizardDefaults.audiences(old, issuer: answers.issuer, partition: partition)
    {
      answers.audiences = WizardDefaults.audiences(provider, issuer: answers.issuer, partition: partition)
    }
    if answers.roleName.isEmpty || answers.roleName == WizardDefaults.roleName(old) { answers.roleName = WizardDefaults.roleName(provider) }
    answers.provider = provider
  }

  /// Sets the issuer; a GitLab audience still equal to the old issuer follows it.
  public mutating func setIssuer(_ issuer: String) {
    let partition = answers.partition
    if answers.audiences.isEmpty
      || answers.audiences == WizardDefaults.audiences(answers.provider, issuer: answers.issuer, partition: partition)
    {
      answers.audiences = WizardDefaults.audiences(answers.provider, issuer: issuer, partition: partition)
    }
    answers.issuer = issuer
  }

  /// Any other edit (account, partition, audiences, scope, extras); a provider or issuer change
  /// goes through `selectProvider`/`setIssuer` so that untouched defaults follow it.
  public mutating func edit(_ change: (inout WizardAnswers) -> Void) {
    var copy = answers
    change(&copy)
    let audiencesEdited = copy.audiences != answers.audiences
    let roleEdited = copy.roleName != answers.roleName
    if copy.provider != answers.provider { selectProvider(copy.provider) }
    if copy.issuer != answers.issuer { setIssuer(copy.issuer) }
    if !audiencesEdited { copy.audiences = answers.audiences }
    // An untouched default audience follows the partition (aws-cn: sts.amazonaws.com.cn).
    if !audiencesEdited, copy.partition != answers.partition,
      copy.audiences == WizardDefaults.audiences(answers.provider, issuer: answers.issuer, partition: answers.partition)
    {
      copy.audiences = WizardDefaults.audiences(answers.provider, issuer: answers.issuer, partition: copy.partition)
    }
    if !roleEdited { copy.roleName = answers.roleName }
    copy.provider = answers.provider
    copy.issuer = answers.issuer
    answers = copy
  }

  /// Validates the current step and moves to the next one; returns the issues that block it.
  @discardableResult public mutating func next() -> [WizardIssue] {
    let blocking = issues(at: step)
    if blocking.isEmpty, let following = Step(rawValue: step.rawValue + 1) { step = following }
    return blocking
  }

  /// Goes back one step (answers are kept).
  public mutating func back() {
    if let previous = Step(rawValue: step.rawValue - 1) { step = previous }
  }

  /// Jumps to an earlier step, or to a later one when every step before it is valid.
  public mutating func go(to target: Step) {
    if target <= step || Step.allCases.filter({ $0 < target }).allSatisfy({ issues(at: $0).isEmpty }) { step = target }
  }

  /// The issues of one step (`.review` checks the generated policy with the linter).
  public func issues(at step: Step) -> [WizardIssue] {
    func one(_ field: WizardField, _ message: String?) -> [WizardIssue] { message.map { [WizardIssue(step, field, $0)] } ?? [] }
    switch step {
    case .provider: return []
    case .issuer: return one(.issuer, WizardValidation.issuer(answers.issuer))
    case .account: return one(.accountID, WizardValidation.accountID(answers.accountID))
    case .audiences: return one(.audiences, WizardValidation.audiences(answers.audiences))
    case .scope: return ScopeValidation.issues(answers)
    case .extras:
      return one(.maxSessionDuration, WizardValidation.maxSessionDuration(answers.maxSessionDuration))
        + one(.roleName, WizardValidation.roleName(answers.roleName))
        + answers.thumbprints.flatMap { one(.thumbprint, WizardValidation.thumbprint($0)) }
    case .review: return reviewIssues()
    }
  }

  /// Every issue of every step, in step order.
  public var allIssues: [WizardIssue] { Step.allCases.flatMap { issues(at: $0) } }

  /// The validated specification, or every issue that blocks it.
  public func spec() -> Result<TrustPolicySpec, WizardIssues> {
    let blocking = Step.allCases.filter { $0 != .review }.flatMap { issues(at: $0) }
    guard blocking.isEmpty else { return .failure(WizardIssues(issues: blocking)) }
    let spec = uncheckedSpec
    let review = reviewIssues()
    return review.isEmpty ? .success(spec) : .failure(WizardIssues(issues: review))
  }

  /// The review: the spec, the policy and the linter's findings (empty when all is well).
  public var review: WizardReview? {
    guard case .success(let spec) = spec() else { return nil }
    return WizardReview(spec: spec)
  }

  var uncheckedSpec: TrustPolicySpec {
    TrustPolicySpec(
      provider: answers.provider, issuer: answers.issuer, accountID: answers.accountID, partition: answers.partition,
      audiences: answers.audiences, scope: answers.scope.scope(for: answers.provider), sessionTags: answers.sessionTags,
      maxSessionDuration: answers.maxSessionDuration, roleName: answers.roleName, thumbprints: answers.thumbprints)
  }

  /// The generated policy must pass FedTUI's own linter with no error or warning.
  func reviewIssues() -> [WizardIssue] {
    let findings = WizardReview(spec: uncheckedSpec).findings.filter { $0.severity != .info }
    return findings.map { f in
      WizardIssue(.review, .policy, f.title + (f.evidence("characters (excluding whitespace)").map { " (\($0) characters)" } ?? ""))
    }
  }
}

/// Issues that block the wizard (an `Error`, so the CLI can throw it).
public struct WizardIssues: Error, Sendable, Equatable {
  public var issues: [WizardIssue]
}

/// The outputs of the review step.
public struct WizardReview: Sendable, Equatable {
  public var spec: TrustPolicySpec
  public var document: PolicyDocument
  /// The linter's findings on the generated policy.
  public var findings: [Finding]

  public init(spec: TrustPolicySpec) {
    self.spec = spec
    document = PolicyGenerator.document(for: spec)
    findings = PolicyLinter.lint(
      document, context: PolicyLintContext(issuer: spec.issuer, accountID: spec.accountID, partition: spec.partition))
  }

  /// One export format of the generated policy and registration.
  public func export(_ format: PolicyFormat) -> String { PolicyExporter.export(spec, format: format) }
}
