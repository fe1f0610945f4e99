import FedCore
import Testing

@testable import FedTUI

@Suite struct WizardUpdateTests {
  /// The demo with the wizard driven to the review step for platform/deployer in 123456789012.
  static func reviewed() -> Model {
    var m = Model.demo()
    _ = Models.press(&m, [.char("w"), .enter, .enter])
    _ = Models.type(&m, "123456789012")
    _ = Models.press(&m, [.enter, .enter])
    _ = Models.type(&m, "platform/deployer")
    _ = Models.press(&m, [.enter, .enter])
    return m
  }

  @Test func wStartsTheWizardOnThePolicyPaneWithTheKeys() {
    var m = Model.demo()
    _ = Models.press(&m, [.char("w")])
    #expect(m.focus == .policy && m.wizard.active)
    #expect(m.wizard.wizard?.step == .provider)
    // q is typed into fields, not a quit, while the wizard has the keys.
    _ = Models.press(&m, [.enter, .enter])
    #expect(m.wizard.wizard?.step == .account)
    #expect(Models.type(&m, "q").isEmpty && !m.quit)
  }

  @Test func invalidAccountBlocksWithTheValidatorsMessage() {
    var m = Model.demo()
    _ = Models.press(&m, [.char("w"), .enter, .enter])
    _ = Models.type(&m, "12345")
    _ = Models.press(&m, [.enter])
    #expect(m.wizard.wizard?.step == .account)
    #expect(m.wizard.issues.contains { $0.hasPrefix("--account-id") })
    _ = Models.type(&m, "6789012")
    _ = Models.press(&m, [.enter])
    #expect(m.wizard.wizard?.step == .audiences && m.wizard.issues.isEmpty)
  }

  @Test func choicesCycleWithArrows() {
    var m = Model.demo()
    _ = Models.press(&m, [.char("w"), .right])
    #expect(m.wizard.wizard?.answers.provider == .github)
    #expect(m.wizard.wizard?.answers.audiences == ["sts.amazonaws.com"])
    _ = Models.press(&m, [.left, .left])
    #expect(m.wizard.wizard?.answers.provider == .generic)
  }

  @Test func reviewShowsOutputsAndTheTraceAgainstTheToken() {
    var m = Self.reviewed()
    #expect(m.wizard.wizard?.step == .review)
    let trace = m.wizard.outputs[.trace] ?? []
    #expect(trace.first?.hasPrefix("✖ DENY") == true)  // the demo token has no aud and a bare-host iss
    #expect(trace.contains { $0.contains("gitlab.com:sub") })
    #expect((m.wizard.outputs[.json] ?? []).contains { $0.contains("sts:AssumeRoleWithWebIdentity") })
    _ = Models.press(&m, [.tab])
    #expect(m.wizard.output == .json)
    guard case .copy(let text)? = Models.press(&m, [.char("y")]).first else {
      Issue.record("y did not copy")
      return
    }
    #expect(text.contains("arn:aws:iam::123456789012:oidc-provider/gitlab.com"))
  }

  @Test func backTabGoesBackAndEscGivesTheKeysBack() {
    var m = Self.reviewed()
    _ = Models.press(&m, [.backTab])
    #expect(m.wizard.wizard?.step == .extras)
    _ = Models.press(&m, [.escape])
    #expect(!m.wizard.active)
    _ = Models.press(&m, [.tab])
    #expect(m.focus == .provider)
  }

  @Test func prefillFromAGitLabTokenAllowsItsOwnPolicy() {
    var m = Model.empty()
    _ = Models.press(&m, [.escape])
    let payload =
      #"{"iss":"https://gitlab.com","aud":"https://gitlab.com","sub":"project_path:g/p:ref_type:branch:ref:main","project_path":"g/p","ref_type":"branch","ref":"main"}"#
    _ = App.update(&m, .paste(Models.token(payload: payload)))
    _ = Models.press(&m, [.char("w"), .enter, .enter])
    _ = Models.type(&m, "123456789012")
    _ = Models.press(&m, [.enter, .enter, .enter, .enter])
    #expect(m.wizard.wizard?.step == .review)
    #expect(m.wizard.outputs[.trace]?.first?.hasPrefix("✔ ALLOW") == true)
  }
}
