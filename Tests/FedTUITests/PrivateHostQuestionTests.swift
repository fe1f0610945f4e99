import FedCore
import Testing

@testable import FedTUI

/// The dashboard asks once per host before fetching an issuer that is not public.
@Suite struct PrivateHostQuestionTests {
  static let refused = Finding(
    .issuerNotPublic, .error, title: "Not fetched: gitlab.internal resolves to 10.1.2.3, a private address (RFC 1918)",
    evidence: [Evidence("host", "gitlab.internal"), Evidence("address", "10.1.2.3")])

  static func finished(_ m: inout Model) -> [Effect] {
    let effects = App.refetch(&m)
    guard case .check(let job, _)? = effects.last else { return effects }
    return App.update(&m, .checkFinished(job: job, CheckOutcome(snapshot: nil, findings: [refused])))
  }

  @Test func asksOnceAndYesRefetchesWithConsent() {
    var m = Model.demo()
    _ = Self.finished(&m)
    #expect(
      m.prompt?.label == "gitlab.internal resolves to 10.1.2.3, a private address (RFC 1918). Fetch it from here? y/n ")
    let effects = Models.press(&m, [.char("y")])
    guard case .check(_, let input)? = effects.last else {
      Issue.record("y did not refetch: \(effects)")
      return
    }
    #expect(input.options.consent.allows(host: "gitlab.internal"))
    #expect(!input.options.consent.allows(host: "other.internal"))
    // The same host again: no second question.
    _ = App.update(&m, .checkFinished(job: m.jobs[0].id, CheckOutcome(snapshot: nil, findings: [Self.refused])))
    #expect(m.prompt == nil)
  }

  @Test func noLeavesItUnfetched() {
    var m = Model.demo()
    _ = Self.finished(&m)
    #expect(Models.press(&m, [.char("x")]).isEmpty && m.prompt != nil)
    #expect(Models.press(&m, [.char("n")]).isEmpty)
    #expect(m.prompt == nil && m.jobs.isEmpty)
    _ = Self.finished(&m)
    #expect(m.prompt == nil)
  }
}
