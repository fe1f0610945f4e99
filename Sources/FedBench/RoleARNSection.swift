/// Issue 13's second speed target: `check --role-arn` reads IAM concurrently with the provider
/// probe, so it takes at most the slower of the two plus 10%. IAM is a stand-in on the same
/// loopback test server (`POST /`, every answer after the same delay): GetRole and
/// GetOpenIDConnectProvider each take one delay, like the provider chain.
enum RoleARNSection {
  /// The route the IAM stand-in answers on (a recorded `GetRoleResponse`).
  static func route(delayMs: Int) -> String {
    let xml =
      "<GetRoleResponse><GetRoleResult><Role><Path>/</Path><AssumeRolePolicyDocument>%7B%7D</AssumeRolePolicyDocument>"
      + "<MaxSessionDuration>3600</MaxSessionDuration><RoleName>deploy</RoleName>"
      + "<Arn>arn:aws:iam::123456789012:role/deploy</Arn></Role></GetRoleResult></GetRoleResponse>"
    return "\"/\": {\"body\": \"\(xml)\", \"headers\": [[\"Content-Type\", \"text/xml\"]], \"delay_ms\": \(delayMs)}"
  }

  static func run(
    _ options: Options, _ inputs: Inputs, server: OnlineSection.Server, online: TimedCommand, onlineMedian: Double,
    _ report: inout Report
  ) {
    var command = TimedCommand(
      name: "fedtui check --role-arn (IAM +\(OnlineSection.delayMs) ms too)",
      argv: online.argv + ["--role-arn", "arn:aws:iam::123456789012:role/deploy"],
      env: [
        "AWS_ENDPOINT_URL_IAM": server.base, "AWS_CA_BUNDLE": server.ca, "AWS_ACCESS_KEY_ID": "AKIAFEDBENCH00000000",
        "AWS_SECRET_ACCESS_KEY": "bench", "AWS_SESSION_TOKEN": "", "AWS_PROFILE": "",
      ])
    guard let probe = Subprocess.run(command.argv, env: command.env, stderr: .null) else { return }
    command.expectedStatus = probe.status
    do {
      let samples = try ProcessTiming.interleaved([command], rounds: max(8, options.rounds / 4), warmup: 1)
      let stats = Stats(samples[0])
      let limit = 1.1 * max(onlineMedian, Double(OnlineSection.delayMs))
      report.add(
        "online", command.name, stats, unit: "ms", digits: 0, target: "<= \(fmt(limit, 0)) ms (1.1x the slower chain)",
        pass: stats.median <= limit)
    } catch {
      report.note("online --role-arn: \(error)")
    }
  }
}
