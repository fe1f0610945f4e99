#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Start-up floor: what an empty process, an empty Swift program (dynamic and static runtime),
/// one importing FoundationEssentials and one importing Foundation cost here, next to
/// `fedtui --version`. The probe programs are compiled once into `.build/fedbench-startup/`.
enum StartupSection {
  static let probes: [(name: String, source: String, flags: [String])] = [
    ("swift-empty", "print(\"x\")", []),
    ("swift-empty-static", "print(\"x\")", ["-static-stdlib"]),
    ("swift-foundation-essentials", "import FoundationEssentials\nprint(Date().timeIntervalSince1970 > 0)", []),
    ("swift-foundation", "import Foundation\nprint(Date().timeIntervalSince1970 > 0)", []),
  ]
  static let dir = ".build/fedbench-startup"

  static func run(_ options: Options, _ inputs: Inputs, _ report: inout Report) {
    mkdir(dir, 0o755)
    var commands = [TimedCommand(name: "/bin/true (process floor)", argv: ["/bin/true"])]
    for probe in probes {
      let binary = dir + "/" + probe.name
      if access(binary, X_OK) != 0 {
        let source = binary + ".swift"
        guard let file = fopen(source, "w") else { continue }
        fputs(probe.source + "\n", file)
        fclose(file)
        guard Subprocess.run(["swiftc", "-O", source, "-o", binary] + probe.flags, stderr: .null)?.status == 0 else {
          report.note("could not compile the \(probe.name) probe")
          continue
        }
      }
      commands.append(TimedCommand(name: probe.name, argv: [binary]))
    }
    commands.append(TimedCommand(name: "fedtui --version", argv: [options.fedtui, "--version"]))
    commands.append(TimedCommand(name: "jose alg (jose CLI floor)", argv: ["jose", "alg"]))
    do {
      let samples = try ProcessTiming.interleaved(commands, rounds: options.rounds)
      for (command, series) in zip(commands, samples) {
        report.add("startup", command.name, Stats(series), unit: "ms")
      }
    } catch {
      report.note("startup: \(error)")
    }
  }
}
