/// The trust-policy half of a diagnosis: lint a policy and evaluate it against a token
/// (`findings.md` trust policy rules; used by `fedtui check --policy-file` and the Policy pane).
public enum PolicyChecks {
  /// Every `policy-*` finding for a policy text and a token: the linter's, then
  /// `policy-denies-token` (error) or `policy-allows-token` (info) with the evaluation trace as evidence.
  /// `issuer` defaults to the token's `iss`; `profile` to `KnownProviders`.
  public static func findings(
    policyText: String, token: JWT, issuer: String? = nil, accountID: String? = nil, profile: ProviderProfile? = nil
  ) -> [Finding] {
    let document: PolicyDocument
    switch PolicyParser.parse(policyText) {
    case .success(let d): document = d
    case .failure(let error): return [PolicyLinter.invalid(error)]
    }
    let iss = issuer ?? token.iss
    let profile = profile ?? iss.map { KnownProviders.profile(forIssuer: $0, claims: token.claims) }
    let context = PolicyLintContext(
      issuer: iss, accountID: accountID, profile: profile, tokenHasSessionTags: token.claims[RequestContext.tagsClaim] != nil)
    var findings = PolicyLinter.lint(document, context: context)
    guard let iss else { return findings }
    let decision = PolicyEvaluator.evaluate(document, claims: token.claims, issuer: iss, profile: profile)
    findings.append(finding(for: decision))
    return findings
  }

  /// `policy-denies-token` or `policy-allows-token` for a decision.
  public static func finding(for decision: PolicyDecision) -> Finding {
    let evidence =
      [Evidence("decision", decision.allowed ? "allow" : "deny"), Evidence("reason", decision.reason)]
      + PolicyTrace.evidence(decision)
    if decision.allowed {
      return Finding(.policyAllowsToken, .info, title: "The trust policy allows this token", evidence: evidence)
    }
    return Finding(
      .policyDeniesToken, .error, title: "The trust policy denies this token", evidence: evidence,
      awsError: AWSErrorText.notAuthorized,
      fix: "Change the failing condition, or the token's claims, so that every condition of one Allow statement holds.")
  }
}

/// The evaluation trace as text lines and evidence (values escaped for terminals).
public enum PolicyTrace {
  /// One evidence item per statement and per condition:
  /// `statement 1 condition 2` → `StringLike gitlab.com:sub expected ["a","b"] actual "c": fail`.
  public static func evidence(_ decision: PolicyDecision) -> [Evidence] {
    decision.statements.flatMap { s -> [Evidence] in
      let head = Evidence(
        "statement \(s.number)",
        "\(s.effect.rawValue)\(s.sid.map { " (\($0))" } ?? ""): principal \(s.principalMatched ? "matches" : "does not match"); "
          + "actions \(s.matchedActions.isEmpty ? "do not cover \(decision.requiredActions.joined(separator: ", "))" : "cover \(s.matchedActions.joined(separator: ", "))")"
      )
      return [head] + s.conditions.enumerated().map { i, c in Evidence("statement \(s.number) condition \(i + 1)", line(c)) }
    }
  }

  /// `<operator> <key> expected <values> actual <value|absent>: pass|fail [(note)]`.
  public static func line(_ c: ConditionResult) -> String {
    let expected = JSONWriter.string(.array(c.condition.values.map { .string($0) }))
    let actual =
      c.actual.map { v in v.count == 1 ? JSONWriter.string(.string(v[0])) : JSONWriter.string(.array(v.map { .string($0) })) } ?? "absent"
    let note = c.note.map { " (\($0))" } ?? ""
    return TextSafety.escaped(
      "\(c.condition.op) \(c.condition.key) expected \(expected) actual \(actual): \(c.passed ? "pass" : "fail")\(note)")
  }
}
