import Foundation
import Testing

@testable import FedCore

/// Inputs shaped to exhaust time or memory: each must be refused or handled in bounded work.
/// (No timed assertions: the work is bounded by caps the tests check; durations are printed.)
@Suite struct HostileInputTests {
  /// Regression: `Explainer.normalize` lower-cased the whole remaining text once per stripped
  /// prefix, so a paste of "error: " repeated took quadratic time (70 KB: 9 s in debug builds;
  /// 1.4 MB did not finish in 5 min). Now the input is capped and stripping is linear.
  @Test func explainOfAHugeRepeatedPrefixPasteIsBounded() {
    let text = String(repeating: "error: ", count: 200_000) + "Missing a required claim: aud"
    let start = ContinuousClock.now
    let explanation = Explainer.explain(text)
    print("explain of \(text.utf8.count) bytes took \(ContinuousClock.now - start)")
    #expect(explanation.message.count <= Explainer.maxInputCharacters)
    #expect(!explanation.recognised)  // the real message sits past the cap
  }

  @Test func explainStillStripsStackedToolPrefixes() {
    let text = "Error: Could not assume role with OIDC:   No OpenIDConnect provider found in your account for https://gitlab.com"
    let explanation = Explainer.explain(text)
    #expect(explanation.message.hasPrefix("No OpenIDConnect provider found"))
    #expect(explanation.ruleIDs.contains(.issProviderMismatch))
  }
}
