import FedCore
import Foundation
import Testing

@testable import FedTUI

/// `view(model)` as text at 80×24 and 120×40 for the main states. Expected screens live in
/// Snapshots/; `FEDTUI_RECORD_SNAPSHOTS=1` re-records them.
@Suite struct ViewSnapshotTests {
  static let sizes = [(80, 24), (120, 40)]

  static func loading() -> Model {
    var m = Model.empty()
    _ = Models.press(&m, [.escape])
    let token = Models.token(
      payload:
        #"{"iss":"https://gitlab.example.com","sub":"project_path:g/p:ref_type:branch:ref:main","aud":"sts.amazonaws.com","exp":1700003600,"iat":1700000000}"#
    )
    _ = App.update(&m, .tick(clock: 10, now: 1_700_000_100))
    _ = App.update(&m, .paste(token))
    let issuer = "https://gitlab.example.com"
    _ = App.update(&m, .fetchProgress(job: 1, FetchProgress(url: issuer + "/.well-known/openid-configuration", phase: .started)))
    _ = App.update(&m, .fetchProgress(job: 1, FetchProgress(url: issuer + "/-/jwks", phase: .started)))
    _ = App.update(&m, .tick(clock: 10.5, now: 1_700_000_100))
    _ = App.update(&m, .fetchProgress(job: 1, FetchProgress(url: issuer + "/-/jwks", phase: .finished(ok: true, seconds: 0.4))))
    _ = App.update(&m, .tick(clock: 11.25, now: 1_700_000_101))
    return m
  }

  static func states() -> [(String, Model)] {
    var help = Model.demo()
    _ = Models.press(&help, [.char("?")])
    var wizard = Model.demo()
    _ = Models.press(&wizard, [.char("w")])
    var detail = Model.demo()
    _ = Models.press(&detail, [.down, .down, .enter])
    var token = Model.demo()
    token.focus = .token
    var keys = Model.demo()
    keys.focus = .keys
    return [
      ("empty", .empty()), ("loading", loading()), ("demo", .demo()), ("help", help), ("wizard", wizard),
      ("detail", detail), ("token", token), ("keys", keys), ("wizard-review", WizardUpdateTests.reviewed()),
    ]
  }

  @Test(arguments: ["empty", "loading", "demo", "help", "wizard", "detail", "token", "keys", "wizard-review"])
  func snapshot(state: String) throws {
    let model = try #require(Self.states().first { $0.0 == state }?.1)
    for (w, h) in Self.sizes {
      try Snapshot.check(View.render(Models.sized(model, w, h)), named: state)
    }
  }

  @Test func demoScreenShowsVerdictAndTheThreeIds() {
    let text = View.render(Models.sized(.demo(), 80, 24)).text
    #expect(text.contains("AWS would REJECT — "))
    for id in ["aud-missing", "iss-not-https", "jwks-kid-not-found"] { #expect(text.contains(id)) }
  }

  @Test func helpListsEveryBindingOfTheKeyMap() {
    let lines = KeyMap.helpLines()
    for b in KeyMap.bindings { #expect(lines.contains { $0.contains(KeyMap.label(b)) && $0.contains(b.hint) }) }
  }

  @Test func footerHintsComeFromTheKeyMapAndKeepHelpAndQuit() {
    for width in [40, 80, 200] {
      let hints = Footer.hints(Models.sized(.demo(), width, 24), width: width)
      #expect(hints.contains { $0.keys == "?" } && hints.contains { $0.keys == "q" })
      for h in hints { #expect(KeyMap.hints(.dashboard).contains { $0.keys == h.keys && $0.hint == h.hint }) }
    }
  }

  @Test func controlCharactersFromTheTokenAreShownEscaped() {
    var m = Model.empty()
    _ = Models.press(&m, [.escape])
    let evil = #"{"iss":"https://x.example","sub":"a\u001b]52;c;ZXZpbA==\u0007b\u202e","aud":"\u001b[2J"}"#
    _ = App.update(&m, .paste(Models.token(payload: evil)))
    m.focus = .token
    let screen = View.render(Models.sized(m, 120, 40))
    #expect(!screen.cells.contains { $0 != .continuation && TextSafety.isUnsafe($0.char) })
    #expect(screen.text.contains(#"\e]52;c;ZXZpbA=="#) || screen.text.contains(#"\u001b]52"#))
  }

  @Test func tinyTerminalsDoNotCrash() {
    for (w, h) in [(1, 1), (10, 3), (20, 6), (40, 10)] {
      let screen = View.render(Models.sized(.demo(), w, h))
      #expect(screen.width == w && screen.height == h)
    }
  }

  @Test func wideCharactersTakeTwoCells() {
    var s = Screen(width: 6, height: 1)
    s.put("a漢b", x: 0, y: 0)
    #expect(s.line(0) == "a漢b")
    #expect(s[2, 0] == .continuation)
  }
}

@Suite struct ReadmeKeysTests {
  /// The README's key tables are the key map's own text, so docs, footer and help agree.
  @Test(arguments: [KeyScope.dashboard, .wizard])
  func readmeListsTheKeyMap(scope: KeyScope) throws {
    let readme = try String(
      contentsOfFile: Snapshot.directory.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md").path, encoding: .utf8)
    let table = KeyMap.markdownTable(scope)
    if ProcessInfo.processInfo.environment["FEDTUI_PRINT_KEYS"] == "1" { print(table) }
    #expect(readme.contains(table), "README.md lacks the \(scope.rawValue) key table; FEDTUI_PRINT_KEYS=1 prints it")
  }
}
