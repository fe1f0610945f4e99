import FedCore

/// The Policy pane: the trust-policy wizard, its generated outputs and the evaluation trace.
enum WizardPane {
  struct State: Equatable, Sendable {
    var active = false
  }

  static func render(_ screen: inout Screen, _ rect: Rect, _ m: Model) {
    var lines: [(String, Style)] = [("Trust policy", .title), ("", .plain)]
    let policyFindings = m.rows.findings.filter { $0.id.rawValue.hasPrefix("policy-") }
    if policyFindings.isEmpty {
      lines.append(("No trust policy checked. Press w for the wizard.", .dim))
    } else {
      for f in policyFindings {
        let b = FindingsPane.badge(f.severity)
        lines.append((b.0 + f.id.rawValue, b.1))
      }
    }
    Widgets.lines(&screen, rect, lines)
  }
}
