import FedCore

/// The Policy pane: the trust-policy wizard (FedCore's `PolicyWizard`, step by step), the
/// generated outputs and the evaluation trace against the loaded token.
enum WizardPane {
  /// The review step's tabs.
  enum Output: Int, CaseIterable, Sendable {
    case trace, json, awsCLI, terraform, cloudformation

    var title: String {
      switch self {
      case .trace: "Evaluation"
      case .json: "Policy JSON"
      case .awsCLI: "AWS CLI"
      case .terraform: "Terraform"
      case .cloudformation: "CloudFormation"
      }
    }
  }

  struct State: Equatable, Sendable {
    var wizard: PolicyWizard?
    /// True while keys go to the wizard (Esc hands them back to the dashboard).
    var active = false
    var field = 0
    /// Text being typed into the selected field.
    var draft: String?
    var issues: [String] = []
    var output = Output.trace
    var scroll = 0
    /// The review outputs, computed once on entering the review step.
    var outputs: [Output: [String]] = [:]
  }

  static func render(_ screen: inout Screen, _ rect: Rect, _ m: Model) {
    let state = m.wizard
    guard let wizard = state.wizard else {
      Widgets.lines(&screen, rect, intro(m))
      return
    }
    var y = rect.y
    var steps = PolicyWizard.Step.allCases.map { $0 == wizard.step ? "[\($0.title)]" : $0.title }.joined(separator: " › ")
    if DisplayWidth.of(steps) > rect.width {
      steps = "Step \(wizard.step.rawValue + 1) of \(PolicyWizard.Step.allCases.count): \(wizard.step.title)"
    }
    screen.put(steps, x: rect.x, y: y, style: .title, limit: rect.width)
    y += 2
    if wizard.step == .review {
      review(&screen, Rect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y), state)
      return
    }
    for (i, field) in WizardInput.fields(wizard.step, wizard.answers.provider).enumerated() where y < rect.maxY {
      let selected = i == state.field && state.active
      let value = selected ? (state.draft ?? field.value(wizard.answers)) : field.value(wizard.answers)
      let shown = field.choices == nil ? TextSafety.escaped(value) + (selected ? "█" : "") : "‹ " + value + " ›"
      let used = screen.put("  " + DisplayWidth.padded(field.label, to: 16) + " ", x: rect.x, y: y, style: selected ? .key : .dim)
      screen.put(shown, x: rect.x + used, y: y, style: selected ? .bold : .plain, limit: rect.width - used)
      y += 1
    }
    y += 1
    for issue in state.issues where y < rect.maxY {
      y += Widgets.lines(&screen, Rect(x: rect.x, y: y, width: rect.width, height: 1), [("✖ " + TextSafety.escaped(issue), .error)])
    }
    if y < rect.maxY, state.issues.isEmpty {
      screen.put(
        state.active ? "Enter: next step · S-Tab: back · type to edit, ←/→ to choose" : "Press w to continue the wizard", x: rect.x, y: y,
        style: .dim, limit: rect.width)
    }
  }

  static func review(_ screen: inout Screen, _ rect: Rect, _ state: State) {
    var x = rect.x
    for output in Output.allCases {
      let style: Style = output == state.output ? Style(color: .cyan, bold: true, reverse: true) : .dim
      x += screen.put(" " + output.title + " ", x: x, y: rect.y, style: style, limit: max(0, rect.maxX - x)) + 1
    }
    let body = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: max(0, rect.height - 2))
    let issues = state.issues.map { "✖ " + TextSafety.escaped($0) }
    let raw = ((state.outputs[state.output] ?? []) + issues).map {
      ($0, $0.hasPrefix("✖") ? Style.error : $0.hasPrefix("✔") ? .ok : .plain)
    }
    let lines = FindingsPane.wrapped(raw, width: body.width)
    let scroll = min(state.scroll, max(0, lines.count - body.height))
    Widgets.lines(&screen, body, lines, scroll: scroll)
  }

  /// Before the wizard starts: policy findings of the check, and how to start.
  static func intro(_ m: Model) -> [(String, Style)] {
    var lines: [(String, Style)] = [("Trust policy", .title), ("", .plain)]
    let policyFindings = m.rows.findings.filter { $0.id.rawValue.hasPrefix("policy-") }
    for f in policyFindings {
      let b = FindingsPane.badge(f.severity)
      lines.append((b.0 + f.id.rawValue + "  " + TextSafety.escaped(f.title), b.1))
    }
    if policyFindings.isEmpty { lines.append(("No trust policy was checked (fedtui --policy-file PATH checks one).", .dim)) }
    lines.append(("", .plain))
    lines.append(("Press w to build a trust policy step by step: provider, issuer, account, audiences,", .plain))
    lines.append(("subject scope, extras, review. The review shows the policy, the AWS CLI, Terraform and", .plain))
    lines.append(("CloudFormation outputs, and the policy evaluated against the loaded token.", .plain))
    return lines
  }

  /// The review outputs: each export, and the lint findings plus the evaluation trace.
  static func outputs(_ review: WizardReview, jwt: JWT?) -> [Output: [String]] {
    func lines(_ s: String) -> [String] {
      s.split(separator: "\n", omittingEmptySubsequences: false).map { TextSafety.escaped(String($0)) }
    }
    var trace: [String] = []
    if let jwt {
      let decision = PolicyEvaluator.evaluate(review.document, claims: jwt.claims, issuer: jwt.iss ?? review.spec.issuer)
      trace.append((decision.allowed ? "✔ ALLOW: " : "✖ DENY: ") + TextSafety.escaped(decision.reason))
      trace += PolicyTrace.evidence(decision).map { "  " + $0.label + ": " + $0.value }
    } else {
      trace.append("No token loaded: press p to paste one and see this policy evaluated against it.")
    }
    trace.append("")
    trace.append("Admits:")
    trace += EventScope.admitted(review.spec.scope).map { "  " + TextSafety.escaped($0) }
    trace.append("")
    trace.append(review.findings.isEmpty ? "✔ The linter finds nothing to change." : "Linter:")
    trace += review.findings.map { "  \($0.severity.rawValue) \($0.id.rawValue): " + TextSafety.escaped($0.title) }
    return [
      .trace: trace, .json: lines(review.export(.json)), .awsCLI: lines(review.export(.awsCLI)),
      .terraform: lines(review.export(.terraform)), .cloudformation: lines(review.export(.cloudformation)),
    ]
  }
}
