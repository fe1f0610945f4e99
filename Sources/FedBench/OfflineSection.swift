/// Target 1: offline `fedtui check` (RS256) as a whole process against Debian's `jose jws ver`
/// and the same verification in Python with joserfc, interleaved round by round.
enum OfflineSection {
  static func checkCommand(_ options: Options, _ inputs: Inputs, alg: String) -> TimedCommand {
    TimedCommand(
      name: "fedtui check \(alg) offline",
      argv: [
        options.fedtui, "check", "--token-file", inputs.path("\(alg).jwt"), "--discovery-file",
        inputs.path("discovery.json"), "--jwks-file", inputs.path("\(alg).jwks"), "--audience",
        "sts.amazonaws.com", "--now", inputs.now,
      ])
  }

  static func run(_ options: Options, _ inputs: Inputs, _ report: inout Report) {
    let fedtui = checkCommand(options, inputs, alg: "rs256")
    let jose = TimedCommand(
      name: "jose jws ver RS256 (Debian jose)",
      argv: ["jose", "jws", "ver", "-i", inputs.path("rs256.jwt"), "-k", inputs.path("rs256.jwks")])
    let python = TimedCommand(
      name: "python3 joserfc verify RS256",
      argv: [
        "python3", "scripts/bench/verify_joserfc.py", inputs.path("rs256.jwt"), inputs.path("discovery.json"),
        inputs.path("rs256.jwks"), "sts.amazonaws.com", inputs.now,
      ])
    let es256 = checkCommand(options, inputs, alg: "es256")
    let commands = [fedtui, jose, python, es256]
    let samples: [[Double]]
    do {
      samples = try ProcessTiming.interleaved(commands, rounds: options.rounds)
    } catch {
      report.note("offline: \(error)")
      return
    }
    for (command, series) in zip(commands, samples) {
      report.add("offline", command.name, Stats(series), unit: "ms")
    }
    let vsJose = pairedRatios(samples[0], samples[1])
    report.add("offline", "ratio fedtui check / jose (paired)", vsJose, unit: "x", target: "<= 2.0x", pass: vsJose.median <= 2)
    let vsPython = pairedRatios(samples[2], samples[0])
    report.add(
      "offline", "ratio python joserfc / fedtui check (paired)", vsPython, unit: "x", digits: 1, target: ">= 5x",
      pass: vsPython.median >= 5)
  }
}

/// Target 4: peak resident memory of `check` (wait4 ru_maxrss through a small helper process).
enum RSSSection {
  static func run(_ options: Options, _ inputs: Inputs, _ report: inout Report) {
    let runs = max(5, options.rounds / 6)
    var commands = [
      OfflineSection.checkCommand(options, inputs, alg: "rs256"),
      OfflineSection.checkCommand(options, inputs, alg: "es256"),
      TimedCommand(name: "fedtui --version", argv: [options.fedtui, "--version"]),
      TimedCommand(
        name: "jose jws ver RS256", argv: ["jose", "jws", "ver", "-i", inputs.path("rs256.jwt"), "-k", inputs.path("rs256.jwks")]),
    ]
    commands.append(TimedCommand(name: "/bin/true (measuring floor)", argv: ["/bin/true"]))
    commands[0].name = "peak RSS fedtui check rs256 offline"
    for (index, command) in commands.enumerated() {
      guard let stats = ProcessTiming.peakRSS(command, runs: runs) else {
        report.note("rss: the --rss-child helper did not run")
        return
      }
      let mb = Stats(stats.sorted.map { $0 / 1024 })
      let name = index == 0 ? command.name : "peak RSS " + command.name
      report.add("rss", name, mb, unit: "MB", digits: 1, target: index == 0 ? "< 25 MB" : "", pass: index == 0 ? mb.max < 25 : nil)
    }
  }
}
