#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Target 3: `fedtui demo` start → first complete frame (whole process in a pseudo-terminal,
/// with `FEDTUI_BENCH_FIRST_FRAME=1` making it leave right after that frame), and keypress →
/// frame latency (update + view + diff, in process) on a 1,000-claim token with a 200-key set.
enum DashboardSection {
  static let cols = 120
  static let rows = 40

  static func run(_ options: Options, _ inputs: Inputs, _ report: inout Report) {
    firstFrame(options, &report)
    keyLatency(options, inputs, &report)
  }

  static func firstFrame(_ options: Options, _ report: inout Report) {
    var samples: [Double] = []
    for round in 0..<(options.rounds + 3) {
      guard let ms = timeInPTY([options.fedtui, "demo"], env: ["FEDTUI_BENCH_FIRST_FRAME": "1"]) else {
        report.note("dashboard: `fedtui demo` did not run in a pseudo-terminal")
        return
      }
      if round >= 3 { samples.append(ms) }
    }
    let stats = Stats(samples)
    report.add(
      "dashboard", "fedtui demo: start to first frame (whole process)", stats, unit: "ms", target: "< 100 ms", pass: stats.median < 100)
  }

  static func keyLatency(_ options: Options, _ inputs: Inputs, _ report: inout Report) {
    var wall: [Double] = []
    var cpu: [Double] = []
    var info = ""
    for _ in 0..<3 {
      let env = [
        "FEDTUI_BENCH_KEYS": String(max(500, options.rounds * 20)), "FEDTUI_BENCH_TOKEN": inputs.path("big.jwt"),
        "FEDTUI_BENCH_JWKS": inputs.path("big.jwks"), "FEDTUI_BENCH_DISCOVERY": inputs.path("discovery.json"),
        "FEDTUI_BENCH_COLS": String(cols), "FEDTUI_BENCH_ROWS": String(rows),
      ]
      guard let done = Subprocess.run([options.fedtui, "demo"], env: env, stderr: .null),
        let wallLine = value(done.output, "FEDBENCH_KEYS_US="), let cpuLine = value(done.output, "FEDBENCH_KEYS_CPU_US=")
      else {
        report.note("dashboard: the keypress hook (FEDTUI_BENCH_KEYS) is not in this build")
        return
      }
      wall += wallLine.split(separator: ",").compactMap { Double($0) }
      cpu += cpuLine.split(separator: ",").compactMap { Double($0) }
      info = value(done.output, "FEDBENCH_KEYS_INFO=") ?? ""
    }
    let wallMs = Stats(wall.map { $0 / 1000 })
    let cpuMs = Stats(cpu.map { $0 / 1000 })
    report.add("dashboard", "keypress to frame, wall (update+view+diff)", wallMs, unit: "ms", digits: 3)
    report.add(
      "dashboard", "  p99 wall (max \(fmt(wallMs.max, 1)) ms)", Stats([wallMs.p99]), unit: "ms", digits: 3, target: "p99 < 8 ms",
      pass: wallMs.p99 < 8)
    report.add("dashboard", "keypress to frame, thread CPU time", cpuMs, unit: "ms", digits: 3)
    report.add(
      "dashboard", "  p99 CPU (max \(fmt(cpuMs.max, 1)) ms)", Stats([cpuMs.p99]), unit: "ms", digits: 3, target: "p99 < 8 ms",
      pass: cpuMs.p99 < 8)
    report.note("dashboard keys: \(wall.count) presses at \(cols)x\(rows); \(info); wall includes time waiting for a core")
  }

  static func value(_ output: String, _ prefix: String) -> String? {
    output.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }).map { String($0.dropFirst(prefix.count)) }
  }

  /// Runs `argv` on a new pseudo-terminal (`cols`×`rows`), draining its output; spawn → exit in ms.
  static func timeInPTY(_ argv: [String], env: [String: String]) -> Double? {
    // Linux devpts: /dev/ptmx, unlock (TIOCSPTLCK 0x40045431), number (TIOCGPTN 0x80045430);
    // grantpt is a no-op there.
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    guard master >= 0 else { return nil }
    defer { close(master) }
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard ioctl(master, UInt(0x4004_5431), &unlock) == 0, ioctl(master, UInt(0x8004_5430), &number) == 0
    else { return nil }
    var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(cols), ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    let slave = "/dev/pts/\(number)"
    var extra = env
    extra["TERM"] = "xterm-256color"
    let start = monotonicSeconds()
    guard let pid = spawnOnTerminal(argv, slave: slave, env: extra) else { return nil }
    drain(master)
    let (status, _) = Subprocess.wait(pid)
    let elapsed = (monotonicSeconds() - start) * 1000
    return status == 0 ? elapsed : nil
  }

  static func spawnOnTerminal(_ argv: [String], slave: String, env: [String: String]) -> pid_t? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    let cArgs = argv.map { strdup($0) } + [nil]
    let cEnv = Subprocess.environment(adding: env).map { strdup($0) } + [nil]
    defer {
      for pointer in cArgs { free(pointer) }
      for pointer in cEnv { free(pointer) }
    }
    var pid: pid_t = 0
    return posix_spawnp(&pid, argv[0], &actions, nil, cArgs, cEnv) == 0 ? pid : nil
  }

  /// Reads the terminal's output until the last slave descriptor closes (EIO).
  static func drain(_ master: Int32) {
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return }
    }
  }
}
