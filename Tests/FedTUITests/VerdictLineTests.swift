import FedCore
import Testing

@testable import FedTUI

/// The dashboard's verdict line shows all three verdicts, as `check` does.
@Suite struct VerdictLineTests {
  static func model(_ findings: [Finding]) -> Model {
    var m = Model.demo()
    m.outcome = CheckOutcome(snapshot: nil, findings: findings)
    m.rebuildRows()
    return m
  }

  @Test func unknownWhenTheOnlyErrorMayBeLocal() {
    let url = "https://gitlab.example.com/.well-known/openid-configuration"
    let finding = Finding(.discoveryUnreachable, .error, title: "t", uncertainty: url + " could not be reached from here")
    let m = Self.model([finding])
    #expect(VerdictLine.text(m).hasPrefix("cannot tell: \(url) could not be reached from here; AWS fetches from the internet"))
    #expect(VerdictLine.style(m) == .warning)
    #expect(Report.verdict(m) == .unknown)
    #expect(View.render(Models.sized(m, 120, 40)).text.contains("cannot tell: "))
  }

  @Test func rejectAndAccept() {
    #expect(VerdictLine.text(Self.model([Finding(.tokenExpired, .error, title: "t")])) == "AWS would REJECT — 1 error")
    #expect(VerdictLine.text(Self.model([])) == "AWS would ACCEPT")
    #expect(VerdictLine.style(Self.model([])) == .ok)
  }
}
