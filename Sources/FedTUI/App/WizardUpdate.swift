import FedCore

extension App {
  /// `w`: opens the wizard (prefilled from the loaded token the first time) and gives it the keys.
  static func startWizard(_ m: inout Model) {
    if m.wizard.wizard == nil { m.wizard.wizard = WizardPrefill.wizard(for: m.jwt) }
    m.focus = .policy
    m.wizard.active = true
    m.wizard.draft = nil
  }

  /// Keys while the wizard is active: printable characters edit the selected text field;
  /// the key map's wizard scope does the rest.
  static func wizardKey(_ m: inout Model, _ key: Key) -> [Effect] {
    guard let field = selectedField(m) else { return wizardAction(&m, KeyMap.action(for: key, in: .wizard)) }
    if field.choices == nil {
      switch key {
      case .char(let c):
        editDraft(&m, field) { $0.append(c) }
        return []
      case .backspace, .delete:
        editDraft(&m, field) { if !$0.isEmpty { $0.removeLast() } }
        return []
      case .ctrl("u"):
        editDraft(&m, field) { $0 = "" }
        return []
      default: break
      }
    }
    return wizardAction(&m, KeyMap.action(for: key, in: .wizard))
  }

  static func selectedField(_ m: Model) -> WizardInput? {
    guard let w = m.wizard.wizard else { return nil }
    let fields = WizardInput.fields(w.step, w.answers.provider)
    return fields.indices.contains(m.wizard.field) ? fields[m.wizard.field] : nil
  }

  /// Edits the typed text and applies it to the wizard at once (its validation runs on Enter).
  static func editDraft(_ m: inout Model, _ field: WizardInput, _ change: (inout String) -> Void) {
    guard var w = m.wizard.wizard else { return }
    var text = m.wizard.draft ?? field.value(w.answers)
    change(&text)
    field.apply(text, to: &w)
    m.wizard.wizard = w
    m.wizard.draft = text
  }

  static func wizardAction(_ m: inout Model, _ action: Action?) -> [Effect] {
    guard var w = m.wizard.wizard else { return [] }
    let fieldCount = WizardInput.fields(w.step, w.answers.provider).count
    switch action {
    case .nextStep:
      m.wizard.draft = nil
      m.wizard.issues = w.next().map(\.description)
      if m.wizard.issues.isEmpty { enterStep(&m, w) } else { m.wizard.wizard = w }
    case .previousStep:
      w.back()
      enterStep(&m, w)
    case .up: moveField(&m, -1, fieldCount)
    case .down: moveField(&m, 1, fieldCount)
    case .nextOutput:
      if w.step == .review {
        m.wizard.output = WizardPane.Output(rawValue: (m.wizard.output.rawValue + 1) % WizardPane.Output.allCases.count)!
        m.wizard.scroll = 0
      } else {
        moveField(&m, 1, fieldCount, wrap: true)
      }
    case .choiceLeft: cycleChoice(&m, -1)
    case .choiceRight: cycleChoice(&m, 1)
    case .pageUp: m.wizard.scroll = max(0, m.wizard.scroll - max(1, m.height - 10))
    case .pageDown: m.wizard.scroll += max(1, m.height - 10)
    case .copy: return copyWizardOutput(&m)
    case .close:
      m.wizard.active = false
      m.wizard.draft = nil
    case .quit: return quit(&m)
    default: break
    }
    return []
  }

  static func enterStep(_ m: inout Model, _ w: PolicyWizard) {
    m.wizard.wizard = w
    m.wizard.field = 0
    m.wizard.draft = nil
    m.wizard.scroll = 0
    m.wizard.outputs = [:]
    m.wizard.issues = []
    if w.step == .review {
      if let review = w.review {
        m.wizard.outputs = WizardPane.outputs(review, jwt: m.jwt)
      } else {
        m.wizard.issues = w.allIssues.map(\.description)
      }
    }
  }

  static func moveField(_ m: inout Model, _ delta: Int, _ count: Int, wrap: Bool = false) {
    guard count > 0 else { return }
    m.wizard.draft = nil
    let next = m.wizard.field + delta
    m.wizard.field = wrap ? (next + count) % count : min(max(0, next), count - 1)
  }

  static func cycleChoice(_ m: inout Model, _ delta: Int) {
    guard var w = m.wizard.wizard, let field = selectedField(m), let choices = field.choices else { return }
    let current = choices.firstIndex(of: field.value(w.answers)) ?? 0
    field.apply(choices[(current + delta + choices.count) % choices.count], to: &w)
    m.wizard.wizard = w
  }

  /// `y` on the review step: the selected output, as generated (not escaped: it goes to the clipboard).
  static func copyWizardOutput(_ m: inout Model) -> [Effect] {
    guard let review = m.wizard.wizard?.review, m.wizard.wizard?.step == .review else {
      m.flash = Flash(text: "Copy works on the review step", isError: true)
      return []
    }
    switch m.wizard.output {
    case .trace: return [.copy((m.wizard.outputs[.trace] ?? []).joined(separator: "\n"))]
    case .json: return [.copy(review.export(.json))]
    case .awsCLI: return [.copy(review.export(.awsCLI))]
    case .terraform: return [.copy(review.export(.terraform))]
    case .cloudformation: return [.copy(review.export(.cloudformation))]
    }
  }
}
