#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `./dev bench` — FedTUI's benchmark suite. Prints one row per figure as it is measured, then
/// the summary table. Figures only: nothing here asserts, and nothing runs in `swift test`.
///
///   FedBench [--rounds N] [--seconds N] [--quick] [--only startup,offline,rss,online,dashboard,throughput,audit]
///   FedBench --profile rs256:decode:1000     one in-process loop only (callgrind / perf)
///   FedBench --rss-child CMD…                 internal: peak RSS of CMD from a small parent
struct Options {
  var rounds = 60
  var seconds = 3
  var sections: Set<String> = ["startup", "offline", "rss", "online", "dashboard", "throughput", "audit"]
  var fedtui = ".build/release/fedtui"
  /// `--profile ALG:PART:N`: only run one in-process loop N times (for callgrind / perf).
  var profile: String?

  init(_ arguments: [String]) {
    var rest = arguments[...]
    while let flag = rest.popFirst() {
      switch flag {
      case "--rounds": rounds = Int(rest.popFirst() ?? "") ?? rounds
      case "--seconds": seconds = Int(rest.popFirst() ?? "") ?? seconds
      case "--quick":
        rounds = 15
        seconds = 1
      case "--only": sections = Set((rest.popFirst() ?? "").split(separator: ",").map(String.init))
      case "--fedtui": fedtui = rest.popFirst() ?? fedtui
      case "--profile": profile = rest.popFirst()
      default:
        emit("usage: FedBench [--rounds N] [--seconds N] [--quick] [--only SECTION,...] [--fedtui PATH]")
        emit("       FedBench --profile rs256|es256:full|decode|verify:N   (one in-process loop, for callgrind)")
        exit(2)
      }
    }
  }
}

if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "--rss-child" {
  ProcessTiming.rssChild(Array(CommandLine.arguments.dropFirst(2)))
}
let options = Options(Array(CommandLine.arguments.dropFirst()))
var report = Report()

emit(Machine.describe())
emit(report.format(Report.header))
guard let inputs = Inputs.mint() else {
  emit("fedbench: could not mint inputs (python3 with joserfc and cryptography: run scripts/setup)")
  exit(1)
}
defer { inputs.remove() }
if let profile = options.profile {
  ThroughputSection.profile(profile, inputs)
  inputs.remove()
  exit(0)
}
let sections: [(String, (Options, Inputs, inout Report) -> Void)] = [
  ("startup", StartupSection.run),
  ("offline", OfflineSection.run),
  ("rss", RSSSection.run),
  ("online", OnlineSection.run),
  ("dashboard", DashboardSection.run),
  ("throughput", ThroughputSection.run),
  ("audit", AuditSection.run),
]
for (name, run) in sections where options.sections.contains(name) {
  run(options, inputs, &report)
}
report.printTable()
inputs.remove()
