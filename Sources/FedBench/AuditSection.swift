/// Issue 14's speed target: `fedtui audit` over saved details of 10,000 roles in 100 account
/// files in at most 2 s, peak memory bounded by the largest file; and the same trust policies
/// linted by `parliament` (PyPI), a Python IAM policy linter, for the ratio.
enum AuditSection {
  static let accounts = 100
  static let rolesPerAccount = 100

  static func run(_ options: Options, _ inputs: Inputs, _ report: inout Report) {
    let dir = inputs.path("audit-corpus")
    guard
      Subprocess.run(["python3", "scripts/bench/audit_corpus.py", dir, String(accounts), String(rolesPerAccount)])?.status == 0
    else {
      report.note("audit: could not write the corpus (scripts/bench/audit_corpus.py)")
      return
    }
    var argv = [options.fedtui, "audit", "--format", "json"]
    for i in 0..<accounts { argv += ["--authorization-details", "\(dir)/details-\(i).json", "--providers", "\(dir)/providers-\(i).json"] }
    var command = TimedCommand(name: "fedtui audit \(accounts * rolesPerAccount) roles / \(accounts) files", argv: argv)
    command.expectedStatus = 1  // the corpus has error findings (roles without sub)
    let stats: Stats
    do {
      stats = Stats(try ProcessTiming.interleaved([command], rounds: max(3, options.rounds / 10), warmup: 1)[0])
      report.add("audit", command.name, stats, unit: "ms", digits: 0, target: "<= 2000 ms", pass: stats.median <= 2000)
    } catch {
      report.note("audit: \(error)")
      return
    }
    if let rss = ProcessTiming.peakRSS(command, runs: 3) {
      let mb = Stats(rss.sorted.map { $0 / 1024 })
      report.add("audit", "peak RSS " + command.name, mb, unit: "MB", digits: 1)
    }
    guard let lint = Subprocess.run(["python3", "scripts/bench/audit_parliament.py", dir], stderr: .null), lint.status == 0,
      let field = lint.output.split(separator: " ").first(where: { $0.hasPrefix("seconds=") }),
      let seconds = Double(field.dropFirst("seconds=".count))
    else {
      report.note("audit: parliament is not installed (pip install parliament) — no comparison")
      return
    }
    report.add("audit", "parliament, same trust policies (one process)", Stats([seconds * 1000]), unit: "ms", digits: 0)
    report.note("audit: parliament / fedtui = \(fmt(seconds * 1000 / stats.median, 1))x (parliament runs its own rule set)")
  }
}
