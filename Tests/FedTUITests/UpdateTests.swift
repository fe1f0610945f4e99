import FedCore
import Testing

@testable import FedTUI

@Suite struct UpdateTests {
  @Test(arguments: [
    (Key.tab, PaneID.policy), (.backTab, .token), (.char("l"), .policy), (.char("h"), .token), (.right, .policy),
  ])
  func panesCycle(key: Key, expected: PaneID) {
    var m = Model.demo()
    #expect(m.focus == .findings)
    #expect(App.update(&m, .key(key)).isEmpty)
    #expect(m.focus == expected)
  }

  @Test func tabWrapsAround() {
    var m = Model.demo()
    _ = Models.press(&m, Array(repeating: .tab, count: 5))
    #expect(m.focus == .findings)
  }

  @Test func arrowsAndHJKLMoveTheSelectionWithinBounds() {
    var m = Model.demo()
    _ = Models.press(&m, [.down, .char("j"), .down, .down, .down])
    #expect(m.list(.findings).selected == m.findings.count - 1)
    _ = Models.press(&m, [.up, .char("k")])
    #expect(m.list(.findings).selected == max(0, m.findings.count - 3))
    _ = Models.press(&m, [.char("G")])
    #expect(m.list(.findings).selected == m.findings.count - 1)
    _ = Models.press(&m, [.char("g")])
    #expect(m.list(.findings).selected == 0)
  }

  @Test func demoHasTheThreeFailureIdsAndRejects() {
    let m = Model.demo()
    let ids = Set(m.findings.map(\.id))
    #expect(ids.isSuperset(of: [.audMissing, .issNotHTTPS, .jwksKidNotFound]))
    #expect(VerdictLine.text(m).hasPrefix("AWS would REJECT — "))
    #expect(m.findings == m.findings.sortedBySeverity())
  }

  @Test func enterOpensDetailAndEscClosesIt() {
    var m = Model.demo()
    _ = Models.press(&m, [.enter])
    #expect(m.overlay == .detail(scroll: 0))
    _ = Models.press(&m, [.down])
    #expect(m.overlay == .detail(scroll: 1))
    _ = Models.press(&m, [.escape])
    #expect(m.overlay == nil)
  }

  @Test func helpOpensAndClosesWithQuestionMarkAndQDoesNotQuitInsideIt() {
    var m = Model.demo()
    _ = Models.press(&m, [.char("?")])
    #expect(m.overlay == .help(scroll: 0))
    #expect(Models.press(&m, [.char("q")]).isEmpty)
    #expect(m.overlay == nil && !m.quit)
  }

  @Test func quitAsksTheRunnerToQuit() {
    var m = Model.demo()
    #expect(Models.press(&m, [.char("q")]) == [.quit])
    #expect(m.quit)
    var n = Model.demo()
    #expect(Models.press(&n, [.ctrl("c")]) == [.quit])
  }

  @Test func refetchStartsACheckWithTheInput() {
    var m = Model.demo()
    let effects = Models.press(&m, [.char("r")])
    #expect(effects == [.check(job: 1, CheckInput(DemoScenario.options))])
    #expect(m.jobs.map(\.id) == [1])
    // A second r cancels the first job.
    #expect(Models.press(&m, [.char("r")]) == [.cancel(job: 1), .check(job: 2, CheckInput(DemoScenario.options))])
  }

  @Test func escCancelsRunningFetchesAndLateResultsAreIgnored() {
    var m = Model.demo()
    _ = Models.press(&m, [.char("r")])
    #expect(Models.press(&m, [.escape]) == [.cancel(job: 1)])
    #expect(m.jobs.isEmpty)
    let before = m.outcome
    _ = App.update(&m, .checkFinished(job: 1, CheckOutcome(snapshot: nil, findings: [])))
    #expect(m.outcome == before)
  }

  @Test func fetchProgressTracksEachFetchOfTheRunningJobOnly() {
    var m = Model.demo()
    _ = Models.press(&m, [.char("r")])
    _ = App.update(&m, .tick(clock: 2, now: 0))
    _ = App.update(&m, .fetchProgress(job: 1, FetchProgress(url: "https://a/x", phase: .started)))
    _ = App.update(&m, .fetchProgress(job: 7, FetchProgress(url: "https://stale/y", phase: .started)))
    #expect(m.fetches.map(\.url) == ["https://a/x"] && m.fetches[0].started == 2)
    _ = App.update(&m, .fetchProgress(job: 1, FetchProgress(url: "https://a/x", phase: .finished(ok: false, seconds: 1.5))))
    #expect(m.fetches[0].result?.ok == false && m.fetches[0].result?.seconds == 1.5)
    _ = Models.press(&m, [.char("r")])
    #expect(m.fetches.isEmpty)
  }

  @Test func finishedCheckReplacesFindingsSortedBySeverity() {
    var m = Model.demo()
    _ = Models.press(&m, [.char("r")])
    let info = Finding(.signatureVerified, .info, title: "ok")
    let warn = Finding(.kidMissing, .warning, title: "no kid")
    _ = App.update(&m, .checkFinished(job: 1, CheckOutcome(snapshot: nil, findings: [info, warn])))
    #expect(m.findings.map(\.id) == [.kidMissing, .signatureVerified])
    #expect(VerdictLine.text(m) == "AWS would ACCEPT — 1 warning")
  }

  @Test func emptyDashboardAsksForIssuerThenToken() {
    var m = Model.empty()
    #expect(m.prompt?.kind == .issuer(thenToken: true))
    _ = Models.type(&m, "https://gitlab.com")
    #expect(Models.press(&m, [.enter]).isEmpty)
    #expect(m.prompt?.kind == .token)
    let token = Models.token(payload: #"{"iss":"https://gitlab.com","sub":"x"}"#)
    _ = Models.type(&m, token)
    let effects = Models.press(&m, [.enter])
    guard case .check(let job, let input)? = effects.last else {
      Issue.record("expected a check, got \(effects)")
      return
    }
    #expect(job == 1)
    #expect(input.issuer == "https://gitlab.com")
    #expect(input.token == token)
    #expect(m.jwt?.sub == "x")
  }

  @Test func bracketedPasteLoadsAToken() {
    var m = Model.empty()
    _ = Models.press(&m, [.escape])
    let token = Models.token(payload: #"{"iss":"https://a.example","aud":"sts.amazonaws.com"}"#)
    let effects = App.update(&m, .paste("Bearer " + token + "\n"))
    #expect(effects.count == 1)
    #expect(m.input?.token == token)
    #expect(m.jwt?.iss == "https://a.example")
  }

  @Test(arguments: ["/tmp/token.jwt", "~/ci.jwt", "./token", "token.txt", "tokens/ci.jwt.txt"])
  func aFilePathAsksTheRunnerToReadIt(path: String) {
    var m = Model.empty()
    m.prompt = nil
    #expect(App.update(&m, .paste(path)) == [.readTokenFile(path: path)])
  }

  @Test func tokenFileResultLoadsOrReports() {
    var m = Model.empty()
    m.prompt = nil
    let token = Models.token(payload: #"{"sub":"s"}"#)
    let effects = App.update(&m, .tokenFileRead(path: "/t", .success(token + "\n")))
    #expect(effects.count == 1 && m.jwt?.sub == "s")
    _ = App.update(&m, .tokenFileRead(path: "/nope", .failure(FileFailure(message: "No such file or directory"))))
    #expect(m.flash?.isError == true)
  }

  @Test func filterNarrowsClaimsAsYouTypeAndEscClears() {
    var m = Model.demo()
    _ = Models.press(&m, [.char("/")])
    #expect(m.focus == .token && m.prompt?.kind == .filter)
    _ = Models.type(&m, "user_")
    let names = m.rows.visibleClaims.map { m.rows.claims[$0].name }
    #expect(names == ["user_id", "user_login", "user_email"])
    #expect(m.rows.claims.count > names.count)
    _ = Models.press(&m, [.enter])
    #expect(m.prompt == nil && m.claimFilter == "user_")
    _ = Models.press(&m, [.escape])
    #expect(m.claimFilter.isEmpty && m.rows.visibleClaims.count == m.rows.claims.count)
  }

  @Test func copySendsTheSelectedClaimValue() {
    var m = Model.demo()
    _ = Models.press(&m, [.char("/")])
    _ = Models.type(&m, "project_id")
    _ = Models.press(&m, [.enter])
    #expect(Models.press(&m, [.char("y")]) == [.copy("42")])
    _ = App.update(&m, .copied(.refused("standard output is not a terminal")))
    #expect(m.flash?.text.contains("refused") == true)
  }

  @Test func copyOnFindingsCopiesTheRuleId() {
    var m = Model.demo()
    #expect(Models.press(&m, [.char("y")]) == [.copy(m.findings[0].id.rawValue)])
  }

  @Test(arguments: [("report.md", false), ("out/report.json", true)])
  func exportWritesARedactedReport(path: String, json: Bool) throws {
    var m = Model.demo()
    _ = Models.press(&m, [.char("e")])
    #expect(m.prompt?.kind == .export)
    _ = Models.press(&m, [.ctrl("u")])
    _ = Models.type(&m, path)
    let effects = Models.press(&m, [.enter])
    guard case .writeFile(let written, let contents)? = effects.first else {
      Issue.record("expected writeFile, got \(effects)")
      return
    }
    #expect(written == path)
    let signature = String(DemoScenario.token.split(separator: ".")[2])
    #expect(!contents.contains(signature))
    #expect(!contents.contains(DemoScenario.token))
    let redacted: String = String(signature.prefix(4)) + "…" + String(signature.suffix(4))
    // Markdown shows the signature's edges; JSON is check's object, which carries none of it.
    #expect(contents.contains(redacted) == !json)
    #expect(contents.contains("aud-missing"))
    #expect(contents.hasPrefix("{") == json)
  }

  @Test func exportWithoutATokenSaysSo() {
    var m = Model.empty()
    m.prompt = nil
    #expect(Models.press(&m, [.char("e")]).isEmpty)
    #expect(m.prompt == nil && m.flash?.isError == true)
  }

  @Test func commandLineSetsTheIssuerAndRechecks() {
    var m = Model.demo()
    _ = Models.press(&m, [.char(":")])
    _ = Models.type(&m, "issuer https://gitlab.example.com")
    let effects = Models.press(&m, [.enter])
    #expect(m.input?.issuer == "https://gitlab.example.com")
    #expect(effects.contains { if case .check = $0 { true } else { false } })
  }

  @Test func resizeAndTickOnlyChangeTheModel() {
    var m = Model.demo()
    #expect(App.update(&m, .resize(width: 120, height: 40)).isEmpty)
    #expect(App.update(&m, .tick(clock: 3, now: 5)).isEmpty)
    #expect(m.width == 120 && m.height == 40 && m.clock == 3)
  }

  @Test func malformedPasteShowsTheDecodeError() {
    var m = Model.empty()
    m.prompt = nil
    _ = App.update(&m, .paste("eyJhbGciOi.not-base64!.x"))
    #expect(m.jwt == nil)
    #expect(m.decodeError != nil)
  }
}
