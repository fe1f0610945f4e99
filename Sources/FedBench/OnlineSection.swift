import FedCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Target 2: online `fedtui check` against the loopback HTTPS test server
/// (`scripts/testserver.py`) with every response delayed by `delayMs`. The `jwks_uri` here is
/// also an alternate key location (GitLab's `/oauth/discovery/keys`), fetched concurrently with
/// discovery and reused, so the whole run should take about one delay (issue 13: at most 1.3x).
enum OnlineSection {
  static let delayMs = 300
  /// Every path the probe may request; each answers after the delay (unknown paths get a 404
  /// without delay, which would flatter the figure, so they are all listed).
  static let keyPaths = [
    "/oauth/discovery/keys", "/-/jwks", "/.well-known/jwks", "/.well-known/jwks.json", "/jwks", "/jwks.json", "/oauth/jwks", "/keys",
    "/oauth2/v1/keys",
  ]

  static func config(_ inputs: Inputs) -> String {
    let discovery =
      "{\"issuer\": \"{base}\", \"jwks_uri\": \"{base}/oauth/discovery/keys\", \"response_types_supported\": [\"code\"], "
      + "\"subject_types_supported\": [\"public\"], \"id_token_signing_alg_values_supported\": [\"RS256\"]}"
    var routes = ["\"/.well-known/openid-configuration\": {\"json\": \(discovery), \"delay_ms\": \(delayMs)}"]
    let jwks = inputs.text("rs256.jwks")
    for path in keyPaths { routes.append("\"\(path)\": {\"json\": \(jwks), \"delay_ms\": \(delayMs)}") }
    routes.append(RoleARNSection.route(delayMs: delayMs))
    return "{\"routes\": {" + routes.joined(separator: ", ") + "}}"
  }

  /// A running test server: its base URL, CA file and control pipes.
  struct Server {
    var child: Subprocess.Child
    var base: String
    var ca: String

    static func start(config: String) -> Server? {
      guard access("scripts/testserver.py", R_OK) == 0,
        let child = Subprocess.spawn(["python3", "scripts/testserver.py", config], stdin: .pipe, stdout: .pipe, stderr: .null),
        let line = Subprocess.readLine(child.output!),
        let info = try? JSONParser.parse(line),
        let base = info["base"]?.stringValue, let ca = info["ca"]?.stringValue
      else { return nil }
      return Server(child: child, base: base, ca: ca)
    }

    /// Sends one control command and returns the server's one-line answer.
    func command(_ text: String) -> JSONValue? {
      Subprocess.write(child.stdin!, text + "\n")
      return Subprocess.readLine(child.output!).flatMap { try? JSONParser.parse($0) }
    }

    func stop() {
      _ = close(child.stdin!)
      _ = Subprocess.wait(child.pid)
      _ = close(child.output!)
    }
  }

  static func run(_ options: Options, _ inputs: Inputs, _ report: inout Report) {
    guard let server = Server.start(config: config(inputs)) else {
      report.note("online: scripts/testserver.py is not available or did not start")
      return
    }
    defer { server.stop() }
    guard inputs.mintToken(issuer: server.base, name: "online.jwt") else {
      report.note("online: could not mint the token")
      return
    }
    var command = TimedCommand(
      name: "fedtui check online (every response +\(delayMs) ms)",
      argv: [
        options.fedtui, "check", "--token-file", inputs.path("online.jwt"), "--ca-file", server.ca, "--audience",
        "sts.amazonaws.com", "--now", inputs.now,
      ])
    _ = server.command("clear")
    guard let probe = Subprocess.run(command.argv, stderr: .null) else { return }
    command.expectedStatus = probe.status
    report.note("online: first run exit \(probe.status); requests: " + describe(server.command("log")))
    let rounds = max(8, options.rounds / 4)
    do {
      let samples = try ProcessTiming.interleaved([command], rounds: rounds, warmup: 1)
      let stats = Stats(samples[0])
      let limit = 1.3 * Double(delayMs)
      report.add(
        "online", command.name, stats, unit: "ms", digits: 0, target: "<= \(fmt(limit, 0)) ms (1.3x delay)", pass: stats.median <= limit)
      report.add(
        "online", "  in units of the delay", Stats(samples[0].map { $0 / Double(delayMs) }), unit: "x", target: "<= 1.3x",
        pass: stats.median <= limit)
      RoleARNSection.run(options, inputs, server: server, online: command, onlineMedian: stats.median, &report)
    } catch {
      report.note("online: \(error)")
    }
    if let rss = ProcessTiming.peakRSS(command, runs: 3) {
      report.add(
        "rss", "peak RSS fedtui check online", Stats(rss.sorted.map { $0 / 1024 }), unit: "MB", digits: 1, target: "< 25 MB",
        pass: rss.max / 1024 < 25)
    }
  }

  /// The request log as "path@start-offset-ms…", to show which requests overlapped.
  static func describe(_ log: JSONValue?) -> String {
    guard let requests = log?["requests"]?.arrayValue, let first = requests.first?["t_start"]?.numberValue else { return "no log" }
    return requests.map { request in
      let path = request["path"]?.stringValue ?? "?"
      let start = ((request["t_start"]?.numberValue ?? first) - first) * 1000
      let end = ((request["t_end"]?.numberValue ?? first) - first) * 1000
      return "\(path) \(fmt(start, 0))–\(fmt(end, 0)) ms"
    }.joined(separator: ", ")
  }
}
