/// The runnable form of a finding's fix: AWS CLI calls with the provider ARN, issuer and audience
/// filled in, or the CI snippet to paste. The account is `<account>` unless a role ARN names it.
/// Commands are text for the operator to run; FedTUI runs none of them.
enum FixCommands {
  static func attach(_ finding: Finding, _ c: DiagnosisContext) -> Finding {
    var f = finding
    f.fixCommands = commands(for: f.id, c)
    return f
  }

  static func commands(for id: RuleID, _ c: DiagnosisContext) -> [String] {
    switch id {
    case .audNotRegistered: return addClientIDs(c)
    case .issProviderMismatch: return createProvider(c).map { [$0] } ?? []
    case .audMissing, .audProviderDefault, .audPartitionMismatch: return ciSnippet(c).map { [$0] } ?? []
    default: return []
    }
  }

  /// `arn:<partition>:iam::<account>:oidc-provider/<host>` for the token's issuer.
  static func providerARN(_ c: DiagnosisContext) -> String? {
    guard let iss = c.jwt?.iss ?? c.issuer, !iss.isEmpty else { return nil }
    if let given = c.input.providerURL, given.hasPrefix("arn:"), given.contains(":oidc-provider/") { return given }
    return IAMNaming.providerARN(issuer: iss, account: account(c), partition: (c.partition ?? .aws).rawValue)
  }

  /// The role ARN's account, else a placeholder.
  static func account(_ c: DiagnosisContext) -> String {
    guard let arn = c.input.roleARN else { return "<account>" }
    let fields = arn.split(separator: ":", omittingEmptySubsequences: false)
    return fields.count > 4 && fields[4].count == 12 && fields[4].allSatisfy(\.isNumber) ? String(fields[4]) : "<account>"
  }

  /// `aws iam add-client-id-to-open-id-connect-provider` for each of the token's audiences not registered.
  static func addClientIDs(_ c: DiagnosisContext) -> [String] {
    guard let arn = providerARN(c), let values = c.jwt?.aud?.values else { return [] }
    return values.filter { !c.input.audiences.contains($0) }.map { aud in
      "aws iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn \(quote(arn)) --client-id \(quote(aud))"
    }
  }

  /// `aws iam create-open-id-connect-provider` through `--cli-input-json` (AWS CLI v1 would fetch
  /// an `https://` value given as a parameter: AWS CLI v1 "paramfile" URL handling).
  static func createProvider(_ c: DiagnosisContext) -> String? {
    guard let iss = c.jwt?.iss, !iss.isEmpty else { return nil }
    let audiences = c.jwt?.aud?.values ?? []
    let request = JSONValue.object([JSONMember("Url", .string(iss)), JSONMember("ClientIDList", .array(audiences.map { .string($0) }))])
    return "aws iam create-open-id-connect-provider --cli-input-json \(quote(JSONWriter.string(request)))"
  }

  /// The CI side: GitLab's `id_tokens:` entry, or GitHub's permission and the action's `audience`.
  static func ciSnippet(_ c: DiagnosisContext) -> String? {
    let partition = c.partition ?? .aws
    let registered = c.input.audiences.first
    switch c.profile.kind {
    case .gitlabCom, .gitlabSelfManaged:
      let aud = registered ?? c.jwt?.iss ?? c.issuer ?? "<client-id>"
      return "id_tokens:\n  AWS_ID_TOKEN:\n    aud: \(yamlQuoted(aud))"
    case .githubActions:
      let aud = registered ?? partition.defaultAudience
      return
        "permissions:\n  id-token: write\n  contents: read\n# and on aws-actions/configure-aws-credentials:\nwith:\n  audience: \(yamlQuoted(aud))"
    default: return nil
    }
  }

  static func yamlQuoted(_ s: String) -> String {
    var out = ""
    JSONWriter.writeString(s, into: &out)
    return out
  }

  /// POSIX single quoting when the value needs it.
  static func quote(_ s: String) -> String {
    let plain = !s.isEmpty && s.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_./:@=,+".contains($0)) }
    if plain { return s }
    var out = "'"
    for ch in s { out += ch == "'" ? "'\\''" : String(ch) }
    return out + "'"
  }
}
