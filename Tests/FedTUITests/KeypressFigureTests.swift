import FedCore
import Foundation
import Testing

@testable import FedTUI

/// Prints keypress → frame figures (update + view) with a 1,000-claim token and a 200-key JWKS.
/// A figure, not a timed assertion: the benchmark suite owns the target.
@Suite struct KeypressFigureTests {
  static func bigModel() -> Model {
    var members = (0..<1_000).map { #""claim_\#($0)":"value number \#($0) with some text""# }
    members.append(#""iss":"https://gitlab.com","aud":"https://gitlab.com","sub":"project_path:g/p:ref_type:branch:ref:main""#)
    let token = Models.token(payload: "{" + members.joined(separator: ",") + "}")
    let keys = (0..<200).map { #"{"kty":"RSA","kid":"key-\#($0)","e":"AQAB","n":"AQAB","alg":"RS256"}"# }
    let body = Array(#"{"keys":["#.utf8) + Array(keys.joined(separator: ",").utf8) + Array("]}".utf8)
    let jwks = DocumentFetch(
      url: "https://gitlab.com/oauth/discovery/keys", result: .success(FetchResponse(requestedURL: "x", status: 200, body: body)))
    var m = Model.empty()
    _ = Models.press(&m, [.escape])
    _ = App.update(&m, .paste(token))
    _ = App.update(
      &m, .checkFinished(job: 1, CheckOutcome(snapshot: ProviderSnapshot(issuer: "https://gitlab.com", jwks: jwks), findings: [])))
    return Models.sized(m, 120, 40)
  }

  @Test func demoFirstFrameFigure() {
    let start = DispatchTime.now().uptimeNanoseconds
    let screen = View.render(Models.sized(.demo(), 100, 30))
    let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    #expect(screen.text.contains("AWS would REJECT"))
    print("demo model + first frame (in-process, debug build): \(ms) ms")
  }

  @Test func keypressToFrameFigures() {
    var m = Self.bigModel()
    #expect(m.rows.claims.count > 1_000)
    #expect(m.rows.keys.count > 200)
    let keys: [Key] =
      [.tab, .tab] + Array(repeating: .down, count: 300) + [.tab, .tab, .char("/")] + "claim_9".map { .char($0) } + [.enter]
      + Array(repeating: .down, count: 100)
    var samples: [Double] = []
    for key in keys {
      let start = DispatchTime.now().uptimeNanoseconds
      _ = App.update(&m, .key(key))
      let screen = View.render(m)
      let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
      samples.append(ms)
      #expect(screen.width == 120)
    }
    samples.sort()
    let p50 = samples[samples.count / 2]
    let p99 = samples[samples.count * 99 / 100]
    print(
      "keypress→frame (update + view, debug build, 120x40, 1,000 claims, 200 keys): p50 \(p50) ms, p99 \(p99) ms over \(samples.count) keys"
    )
  }
}
