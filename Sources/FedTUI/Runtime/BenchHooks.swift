import FedCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Measurement hooks for `./dev bench` (FedBench). Inert unless their environment variable is
/// set; they change no behaviour otherwise.
///
/// - `FEDTUI_BENCH_FIRST_FRAME=1`: the loop returns right after drawing its first frame, so the
///   process's whole run time is start → first complete frame (+ restoring the terminal).
/// - `FEDTUI_BENCH_KEYS=N` (with `FEDTUI_BENCH_TOKEN`, `FEDTUI_BENCH_JWKS`, `FEDTUI_BENCH_DISCOVERY`
///   file paths): `fedtui demo` loads that token and key set instead, replays N scripted key
///   presses through update + view + cell diff in process, and prints each one's time.
enum BenchHooks {
  static let exitAfterFirstFrame = Output.environment("FEDTUI_BENCH_FIRST_FRAME") != nil

  /// Navigation the operator does on a large token and key set: panes, rows, pages, ends,
  /// the detail view, help, and typing a claim filter.
  static let script: [Key] =
    [.tab, .tab] + Array(repeating: .down, count: 12) + [.pageDown, .pageDown, .end, .pageUp, .home, .enter, .escape]
    + [.tab] + Array(repeating: .char("j"), count: 12) + [.pageDown, .end, .char("g"), .char("?"), .escape]
    + [.char("/"), .char("x"), .char("_"), .char("c"), .backspace, .backspace, .backspace, .backspace, .enter, .escape]
    + [.backTab, .backTab, .down, .up, .tab, .tab, .tab]

  /// Runs the keypress benchmark when `FEDTUI_BENCH_KEYS` is set; returns false otherwise.
  static func runKeyLatency() -> Bool {
    guard let count = Output.environment("FEDTUI_BENCH_KEYS").flatMap({ Int($0) }),
      let tokenPath = Output.environment("FEDTUI_BENCH_TOKEN"), let jwksPath = Output.environment("FEDTUI_BENCH_JWKS")
    else { return false }
    var model = loadedModel(tokenPath: tokenPath, jwksPath: jwksPath, discoveryPath: Output.environment("FEDTUI_BENCH_DISCOVERY"))
    var previous = View.render(model)
    var micros: [Int] = []
    var cpuMicros: [Int] = []
    micros.reserveCapacity(count)
    cpuMicros.reserveCapacity(count)
    var changed = 0
    for i in 0..<count {
      let start = monotonicMicros()
      let cpuStart = threadCPUMicros()
      _ = App.update(&model, .key(script[i % script.count]))
      let screen = View.render(model)
      changed &+= diffCount(previous, screen)
      previous = screen
      micros.append(monotonicMicros() - start)
      cpuMicros.append(threadCPUMicros() - cpuStart)
      if model.quit { break }
    }
    Output.write("FEDBENCH_KEYS_US=" + micros.map(String.init).joined(separator: ",") + "\n")
    Output.write("FEDBENCH_KEYS_CPU_US=" + cpuMicros.map(String.init).joined(separator: ",") + "\n")
    Output.write(
      "FEDBENCH_KEYS_INFO=claims:\(model.jwt?.claimMembers.count ?? 0),keys:\(model.outcome?.snapshot?.jwksKeyCount ?? 0),changed-cells:\(changed)\n"
    )
    return true
  }

  /// The dashboard with the token decoded and the check finished (offline, from the files).
  static func loadedModel(tokenPath: String, jwksPath: String, discoveryPath: String?) -> Model {
    var model = Model()
    model.width = Int(Output.environment("FEDTUI_BENCH_COLS") ?? "") ?? 120
    model.height = Int(Output.environment("FEDTUI_BENCH_ROWS") ?? "") ?? 40
    let token = (try? FileIO.read(tokenPath).get()) ?? ""
    let effects = App.loadToken(&model, token)
    let jwks = try? OfflineDocument.read(path: jwksPath).get()
    let discovery = discoveryPath.flatMap { try? OfflineDocument.read(path: $0).get() }
    let options = CheckOptions(tokenText: token, discoveryDocument: discovery, jwksDocument: jwks, now: model.jwt?.iat.flatMap(\.seconds))
    let snapshot = ProviderSnapshot.offline(issuer: model.jwt?.iss ?? "", discovery: discovery, jwks: jwks)
    let report = Checker.report(options, token: TokenInput(raw: token), snapshot: snapshot, now: options.now ?? 0)
    for case .check(let job, _) in effects {
      _ = App.update(&model, .checkFinished(job: job, CheckOutcome(snapshot: snapshot, findings: report.findings)))
    }
    return model
  }

  /// The cells the terminal adapter would rewrite (its diff, without the terminal).
  static func diffCount(_ a: Screen, _ b: Screen) -> Int {
    guard a.width == b.width, a.height == b.height else { return b.width * b.height }
    var n = 0
    for y in 0..<b.height {
      for x in 0..<b.width where b[x, y] != .continuation && a[x, y] != b[x, y] { n += 1 }
    }
    return n
  }

  static func monotonicMicros() -> Int { micros(CLOCK_MONOTONIC) }

  /// This thread's CPU time: the work itself, without time spent waiting for a core.
  static func threadCPUMicros() -> Int { micros(CLOCK_THREAD_CPUTIME_ID) }

  static func micros(_ clock: clockid_t) -> Int {
    var ts = timespec()
    clock_gettime(clock, &ts)
    return Int(ts.tv_sec) * 1_000_000 + Int(ts.tv_nsec) / 1000
  }
}

extension ProviderSnapshot {
  /// Number of keys in the snapshot's key set document, for the benchmark's sanity line.
  fileprivate var jwksKeyCount: Int {
    guard let body = jwks?.response?.body, let doc = try? JSONParser.parse(body) else { return 0 }
    return doc["keys"]?.arrayValue?.count ?? 0
  }
}
