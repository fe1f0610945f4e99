import FedCore
import Foundation
import Testing

@testable import FedTUI

/// The dashboard's face of terminal safety: a token, discovery document, key set, error and
/// prompt text all carrying ESC sequences (OSC 52, screen clear, title change), C1 controls and
/// bidi overrides. No cell of the `Screen` may hold a scalar a terminal would interpret, in any
/// pane or overlay; the escapes are shown visibly. The exported report carries no control and
/// no signature.
@Suite struct TerminalSafetyScreenTests {
  static let escapes = "\u{1B}]52;c;SEVMTE8=\u{07}\u{1B}[2J\u{1B}]0;pwned\u{07}\u{9B}31m\u{202E}evil"
  static let now: Int64 = 1_700_000_100

  static func literal(_ s: String) -> String { JSONWriter.string(.string(s)) }

  static let token: String = {
    let e = literal(escapes)
    let header = #"{"alg":"RS256","kid":\#(e),"typ":"JWT"}"#
    let payload = #"{"iss":"https://gitlab.com","sub":\#(e),"aud":[\#(e)],"exp":1700003600,"iat":1700000000,\#(e):\#(e)}"#
    let signature = (0..<256).map { _ in UInt8.random(in: 0...255) }
    return Base64URL.encode(Array(header.utf8)) + "." + Base64URL.encode(Array(payload.utf8)) + "." + Base64URL.encode(signature)
  }()

  static func document(_ url: String, _ json: String, headers: [HTTPHeader] = []) -> DocumentFetch {
    DocumentFetch(url: url, result: .success(FetchResponse(requestedURL: url, status: 200, headers: headers, body: Array(json.utf8))))
  }

  /// A diagnosed model whose every input is hostile.
  static func hostileModel() -> Model {
    let e = literal(escapes)
    var snapshot = ProviderSnapshot(issuer: "https://gitlab.com")
    snapshot.discovery = document(
      "https://gitlab.com/.well-known/openid-configuration",
      #"{"issuer":\#(e),"jwks_uri":"https://gitlab.com/\#(escapes.unicodeScalars.count)"}"#,
      headers: [HTTPHeader("Server", escapes)])
    snapshot.jwks = document("https://gitlab.com/jwks", #"{"keys":[{"kty":"RSA","kid":\#(e),"n":"AQAB","e":"AQAB","alg":\#(e)}]}"#)
    snapshot.alternates = [
      DocumentFetch(
        url: "https://gitlab.com/-/jwks", result: .failure(FetchFailure(url: "https://gitlab.com/-/jwks", stage: .tls, message: escapes)))
    ]
    var m = Model()
    _ = App.loadToken(&m, token)
    m.jobs = []
    let options = CheckOptions(tokenText: token, audiences: [escapes], wantClaims: [escapes], now: now)
    m.input = CheckInput(options)
    let report = Checker.report(options, token: TokenInput(raw: token), snapshot: snapshot, now: now)
    m.outcome = CheckOutcome(report)
    m.now = now
    m.rebuildRows()
    return m
  }

  static func controls(_ screen: Screen) -> [String] {
    screen.cells.compactMap { cell in
      TextSafety.isUnsafe(cell.char) && cell != .continuation ? String(cell.char.value, radix: 16) : nil
    }
  }

  @Test(arguments: PaneID.allCases.map(\.rawValue))
  func everyPaneShowsEscapesVisibly(pane: Int) {
    var m = Self.hostileModel()
    m.focus = PaneID(rawValue: pane)!
    var sawVisibleEscape = false
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
      for overlay in [nil, Overlay.help(scroll: 0), Overlay.detail(scroll: 0)] {
        var sized = m
        _ = App.update(&sized, .resize(width: w, height: h))
        sized.overlay = overlay
        let screen = View.render(sized)
        #expect(Self.controls(screen).isEmpty, "pane \(pane) \(w)x\(h) \(String(describing: overlay))")
        if screen.text.contains("\\e]52;c;") || screen.text.contains("\\e[2J") { sawVisibleEscape = true }
      }
    }
    if PaneID(rawValue: pane) == .token || PaneID(rawValue: pane) == .findings { #expect(sawVisibleEscape) }
  }

  /// Footer messages and prompts built from paths and errors.
  @Test func flashesAndPromptsAreSafe() {
    var m = Self.hostileModel()
    _ = App.update(&m, .exported(path: Self.escapes, FileFailure(message: Self.escapes)))
    #expect(Self.controls(View.render(m)).isEmpty)
    _ = App.update(&m, .tokenFileRead(path: Self.escapes, .failure(FileFailure(message: Self.escapes))))
    #expect(Self.controls(View.render(m)).isEmpty)
    m.prompt = Prompt(kind: .filter, text: Self.escapes)
    #expect(Self.controls(View.render(m)).isEmpty)
  }

  /// `Screen.put` itself never stores a control, whoever forgets to escape.
  @Test func screenPutEscapesControls() {
    var screen = Screen(width: 60, height: 1)
    screen.put(Self.escapes, x: 0, y: 0)
    #expect(Self.controls(screen).isEmpty)
    #expect(screen.line(0).hasPrefix("\\e]52;c;SEVMTE8="))
  }

  /// The export (`e`) writes what the user asked for: claims yes, signature and token never,
  /// and no raw control in either format.
  @Test(arguments: [false, true])
  func exportedReportIsRedactedAndSafe(json: Bool) throws {
    let m = Self.hostileModel()
    let contents = json ? Report.json(m) : Report.markdown(m)
    let signature = String(Self.token.split(separator: ".")[2])
    #expect(!contents.contains(signature))
    #expect(!contents.contains(String(signature.prefix(12))))
    #expect(!contents.contains(Self.token))
    let controls = contents.unicodeScalars.filter { $0 != "\n" && TextSafety.isUnsafe($0) }
    #expect(controls.isEmpty, "\(controls.map { String($0.value, radix: 16) })")
    if json { #expect((try? JSONParser.parse(contents)) != nil) }
  }

  /// Copying (OSC 52) and writing files happen only on the user's own key press: no other key,
  /// paste, tick, resize or finished check produces a `.copy` or `.writeFile` effect.
  @Test func clipboardAndFilesOnlyOnTheUsersKey() {
    var m = Self.hostileModel()
    var effects: [Effect] = []
    let keys: [Key] = [
      .tab, .down, .down, .enter, .escape, .backTab, .up, .pageDown, .pageUp, .home, .end, .char("?"), .escape,
      .char("r"), .char("w"), .escape, .char("j"), .char("k"), .char("h"), .char("l"), .char("g"), .char("G"),
    ]
    for pane in PaneID.allCases {
      m.focus = pane
      for key in keys {
        effects += App.update(&m, .key(key))
        if m.prompt != nil { effects += App.update(&m, .key(.escape)) }
      }
      effects += App.update(&m, .tick(clock: 1, now: Self.now))
      effects += App.update(&m, .resize(width: 100, height: 30))
    }
    #expect(!effects.contains { if case .copy = $0 { true } else { false } })
    #expect(!effects.contains { if case .writeFile = $0 { true } else { false } })
    m.focus = .token
    #expect(App.update(&m, .key(.char("y"))).contains { if case .copy = $0 { true } else { false } })
  }
}
