import FedCore
import Testing

@testable import FedTUI

/// A token pasted (or keyed in as a burst) at any prompt goes to the token slot: never into the
/// issuer, a file name or the network as a host; the issuer prompt takes only an issuer URL; the
/// signature never appears whole on screen or in an export.
@Suite struct PasteRoutingTests {
  static let signature = "c2lnbmF0dXJlLWJ5dGVzLWZvci10ZXN0cw"
  static let token = Models.token(payload: #"{"iss":"https://gitlab.example.com","sub":"s","aud":"a","exp":1900000000}"#)

  static func screenText(_ m: Model) -> String {
    View.render(m).text
  }

  @Test func tokenPastedAtTheIssuerPromptGoesToTheTokenSlot() throws {
    var m = Models.sized(Model.empty(), 100, 30)
    #expect(m.prompt?.kind == .issuer(thenToken: true))
    let effects = App.update(&m, .paste(Self.token))
    #expect(m.jwt?.compact == Self.token)
    #expect(m.input?.issuer == nil)
    guard case .check(_, let input)? = effects.last else {
      Issue.record("no check started: \(effects)")
      return
    }
    #expect(input.issuer == nil && input.token == Self.token)
    #expect(!Self.screenText(m).contains(Self.signature))
    let markdown = Report.markdown(m)
    #expect(!markdown.contains(Self.signature) && !markdown.contains(Self.token))
    #expect(!Report.json(m).contains(Self.signature))
  }

  @Test(arguments: [Prompt.Kind.export, .command, .filter, .token]) func tokenPastedAtAnyPromptIsLoaded(kind: Prompt.Kind) {
    var m = Model.demo()
    m.prompt = Prompt(kind: kind, text: "x")
    _ = App.update(&m, .paste(Self.token))
    #expect(m.prompt == nil)
    #expect(m.jwt?.compact == Self.token)
  }

  @Test func issuerPromptAcceptsOnlyAnIssuerURL() {
    var m = Model.demo()
    m.prompt = Prompt(kind: .issuer(thenToken: false))
    _ = Models.type(&m, "https://user:pw@gitlab.example.com")
    #expect(Models.press(&m, [.enter]).isEmpty)
    #expect(m.prompt?.error?.contains("userinfo") == true)
    #expect(Self.screenText(Models.sized(m, 120, 40)).contains("userinfo"))
    _ = Models.press(&m, [.ctrl("u")])
    _ = Models.type(&m, "gitlab.example.com")
    #expect(Models.press(&m, [.enter]).isEmpty && m.prompt?.error != nil)
    _ = Models.press(&m, [.ctrl("u")])
    _ = Models.type(&m, "https://gitlab.example.com")
    let effects = Models.press(&m, [.enter])
    #expect(m.prompt == nil && m.input?.issuer == "https://gitlab.example.com")
    #expect(effects.contains { if case .check = $0 { true } else { false } })
  }

  @Test func keyBurstFormingATokenIsAPaste() {
    let burst = Self.token.map { Msg.key(.char($0)) } + [.key(.enter)]
    let messages = PasteBurst.coalesce(burst)
    #expect(messages.count == 1)
    guard case .paste(let text)? = messages.first else {
      Issue.record("not a paste: \(messages)")
      return
    }
    #expect(text == Self.token)
    // Through the dashboard: `e` (export) inside the burst is never acted on.
    var m = Model.demo()
    let effects = messages.flatMap { App.update(&m, $0) }
    #expect(m.prompt == nil && m.jwt?.compact == Self.token)
    #expect(!effects.contains { if case .writeFile = $0 { true } else { false } })
  }

  @Test func ordinaryKeysAndShortRunsStayKeys() {
    let keys: [Msg] = "jjkq".map { .key(.char($0)) }
    #expect(PasteBurst.coalesce(keys).count == 4)
    let typed: [Msg] = "https://gitlab.example.com/path/to/issuer".map { .key(.char($0)) }
    #expect(PasteBurst.coalesce(typed).allSatisfy { if case .key = $0 { true } else { false } })
    let mixed: [Msg] = [.key(.char("x"))] + Self.token.map { .key(.char($0)) }
    let out = PasteBurst.coalesce(mixed)
    #expect(out.count == 2)
  }
}
