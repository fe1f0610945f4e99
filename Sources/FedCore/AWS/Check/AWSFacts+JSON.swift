/// The `"aws"` object of `check --format json` (keys may be added, never renamed):
/// `{"account","partition","region","role":{…}|null,"provider":{…}|null,"registeredProviders",
/// "sources":{"audiences","providerURL","trustPolicy"},"sts":{…}|null,"readFailures"}`.
/// No credential is ever part of it: `AWSFacts` holds none.
extension AWSFacts {
  public func json() -> JSONValue {
    .object([
      JSONMember("account", .string(role.account)),
      JSONMember("partition", .string(role.partition.rawValue)),
      JSONMember("region", .string(region)),
      JSONMember("role", deployedRole.map(Self.roleJSON) ?? .null),
      JSONMember("provider", provider.map(Self.providerJSON) ?? .null),
      JSONMember("providerARN", providerARN.map(JSONValue.string) ?? .null),
      JSONMember("registeredProviders", .array(registeredProviders.map(JSONValue.string))),
      JSONMember("sources", .object(sources.map { JSONMember($0.0, .string($0.1.rawValue)) })),
      JSONMember("sts", sts.map(Self.stsJSON) ?? .null),
      JSONMember(
        "readFailures",
        .array(
          readFailures.map {
            .object([
              JSONMember("action", .string($0.action)), JSONMember("reason", .string($0.reason)),
              JSONMember("fix", .string($0.fix)),
            ])
          })),
    ])
  }

  static func roleJSON(_ role: IAMRole) -> JSONValue {
    .object([
      JSONMember("arn", .string(role.arn)),
      JSONMember("maxSessionDuration", .integer(Int64(role.maxSessionDuration))),
      // The decoded document as JSON when it parses, else its text.
      JSONMember("trustPolicy", (try? JSONParser.parse(role.trustPolicy)) ?? .string(role.trustPolicy)),
    ])
  }

  static func providerJSON(_ provider: IAMOIDCProvider) -> JSONValue {
    .object([
      JSONMember("arn", .string(provider.arn)), JSONMember("url", .string(provider.url)),
      JSONMember("clientIDs", .array(provider.clientIDs.map(JSONValue.string))),
      JSONMember("thumbprints", .array(provider.thumbprints.map(JSONValue.string))),
    ])
  }

  static func stsJSON(_ probe: STSProbeResult) -> JSONValue {
    let optional = { (s: String?) in s.map(JSONValue.string) ?? .null }
    var members = [JSONMember("endpoint", .string(probe.endpoint))]
    switch probe.answer {
    case .success(.success(let s)):
      members += [
        JSONMember("outcome", .string("success")), JSONMember("code", .null), JSONMember("message", .null),
        JSONMember("assumedRoleArn", optional(s.assumedRoleArn)), JSONMember("subject", optional(s.subject)),
        JSONMember("audience", optional(s.audience)), JSONMember("provider", optional(s.provider)),
        JSONMember("expiration", optional(s.expiration)),
      ]
    case .success(.error(let e)):
      members += [
        JSONMember("outcome", .string("error")), JSONMember("code", .string(e.code)), JSONMember("message", .string(e.message)),
      ]
    case .failure(let failure):
      members += [
        JSONMember("outcome", .string("error")), JSONMember("code", .null), JSONMember("message", .string(failure.description)),
        JSONMember("reached", .bool(false)),
      ]
    }
    return .object(members)
  }
}

extension CheckReport {
  /// The report's members, with `"aws"` last when the check read the account.
  func withAWS(_ members: [JSONMember]) -> JSONValue {
    .object(members + (aws.map { [JSONMember("aws", $0.json())] } ?? []))
  }
}
