import Foundation
import Testing

@testable import FedCore

/// Inputs found by fuzzing (scripts/fuzz) or while writing the fuzz targets, each once a crash.
/// The same inputs sit in fuzz/regressions/<target>/ so every fuzz run replays them too.
@Suite struct FuzzRegressionTests {
  static func token(claims: String) -> String {
    Base64URL.encode(Array(#"{"alg":"RS256","kid":"k1"}"#.utf8)) + "." + Base64URL.encode(Array(claims.utf8)) + ".c2ln"
  }

  /// `exp`/`iat`/`nbf` at the ends of Int64 trapped in `TimeFormat.utc` (days * 86400 overflowed).
  @Test(arguments: [
    (Int64.min, "-292277022657-01-27T08:29:52Z"),
    (Int64.max, "292277026596-12-04T15:30:07Z"),
    (-1, "1969-12-31T23:59:59Z"),
    (-86_400, "1969-12-31T00:00:00Z"),
  ])
  func utcIsTotal(seconds: Int64, expected: String) {
    #expect(TimeFormat.utc(seconds) == expected)
  }

  /// `relative` subtracted `seconds - now` and trapped when the distance exceeded Int64.
  @Test func relativeIsTotal() {
    #expect(TimeFormat.relative(Int64.min, now: 1_700_000_000) == "106751991186976 d ago")
    #expect(TimeFormat.relative(Int64.max, now: Int64.min) == "in 213503982334601 d")
    #expect(TimeFormat.relative(Int64.min, now: Int64.max) == "213503982334601 d ago")
  }

  /// The crashing token: decoding works and every time claim formats.
  @Test(arguments: ["-9223372036854775808", "-9223372036854775807", "9223372036854775807"])
  func extremeTimeClaimsFormat(value: String) throws {
    let jwt = try TokenDecoder.decode(Self.token(claims: #"{"exp":\#(value),"iat":\#(value)}"#)).get()
    let seconds = try #require(jwt.exp?.seconds)
    #expect(String(seconds) == value)
    #expect(TimeFormat.utc(seconds).hasSuffix("Z"))
    #expect(!TimeFormat.relative(seconds, now: 1_700_000_000).isEmpty)
  }

  /// `TimeRules` added the 300 s grace with `+` and trapped for `--now` (or a claim) near Int64.max.
  @Test(arguments: [(Int64.max, Int64.max - 100), (Int64.max, Int64.min), (Int64.min, Int64.max), (Int64.max - 1, Int64.max)])
  func timeRulesSaturate(now: Int64, claim: Int64) throws {
    let token = Self.token(claims: #"{"iss":"https://gitlab.com","sub":"x","aud":"a","exp":\#(claim),"nbf":\#(claim),"iat":\#(claim)}"#)
    let findings = Diagnosis.diagnose(DiagnosisInput(token: TokenInput(raw: token)), now: now)
    let expired = findings.first { $0.id == .tokenExpired }
    #expect((expired != nil) == (now > claim))
    #expect((expired?.severity == .error) == (now > claim && now - 300 > claim))
  }

  /// `policy evaluate` computed `exp + 300` and trapped on a token whose exp is Int64.max.
  @Test func policyEvaluateSurvivesMaximalExp() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fedtui-regression-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let policy = dir.appendingPathComponent("trust.json").path
    try
      #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::123456789012:oidc-provider/gitlab.com"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"gitlab.com:aud":"a"}}}]}"#
      .write(toFile: policy, atomically: true, encoding: .utf8)
    let token = Self.token(claims: #"{"iss":"https://gitlab.com","sub":"x","aud":"a","exp":9223372036854775807}"#)
    let outcome = try FedTUIProcess.run(["policy", "evaluate", "--policy-file", policy, "--token-file", "-"], stdin: Array(token.utf8))
    #expect(outcome.status == 0, "\(outcome.stderrText)")
  }
}
