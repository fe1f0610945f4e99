#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One whole-process command of a side-by-side comparison.
struct TimedCommand {
  var name: String
  var argv: [String]
  var env: [String: String] = [:]
  /// The exit code a correct run has; any other aborts the comparison (a fast failure is no win).
  var expectedStatus: Int32 = 0
}

/// Whole-process wall times, measured in interleaved rounds so every command sees the same
/// machine load: round r runs each command once, in an order rotated by r.
enum ProcessTiming {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Milliseconds per command and round (after `warmup` discarded rounds).
  static func interleaved(_ commands: [TimedCommand], rounds: Int, warmup: Int = 3) throws(Failure) -> [[Double]] {
    var samples = Array(repeating: [Double](), count: commands.count)
    for round in 0..<(warmup + rounds) {
      for offset in 0..<commands.count {
        let index = (offset + round) % commands.count
        let ms = try once(commands[index])
        if round >= warmup { samples[index].append(ms) }
      }
    }
    return samples
  }

  /// One run: spawn to reaped, in milliseconds.
  static func once(_ command: TimedCommand) throws(Failure) -> Double {
    let start = monotonicSeconds()
    guard let child = Subprocess.spawn(command.argv, env: command.env) else {
      throw Failure(description: "cannot start \(command.argv[0])")
    }
    let (status, _) = Subprocess.wait(child.pid)
    let elapsed = (monotonicSeconds() - start) * 1000
    if status != command.expectedStatus {
      throw Failure(
        description: "\(command.name): exit \(status), expected \(command.expectedStatus): \(command.argv.joined(separator: " "))")
    }
    return elapsed
  }

  /// Peak resident set of `command` in kB, from `wait4`'s `ru_maxrss`. A child's high-water
  /// mark carries its parent's across exec, so the command is started by a small parent: GNU
  /// `/usr/bin/time` (~1 MB) when installed, else a fresh copy of this program in `--rss-child`
  /// mode (~8 MB). `RSSSection` prints that floor next to the figures.
  static func peakRSS(_ command: TimedCommand, runs: Int) -> Stats? {
    let gnuTime = access("/usr/bin/time", X_OK) == 0
    let prefix = gnuTime ? ["/usr/bin/time", "-f", "FEDBENCH_RSS_KB=%M"] : [CommandLine.arguments[0], "--rss-child"]
    var values: [Double] = []
    for _ in 0..<runs {
      // GNU time reports on stderr, the helper on stdout: read the one that carries the line.
      guard
        let child = Subprocess.spawn(
          prefix + command.argv, env: command.env, stdout: gnuTime ? .null : .pipe, stderr: gnuTime ? .pipe : .null)
      else { return nil }
      let text = Subprocess.readAll(child.output!)
      _ = close(child.output!)
      _ = Subprocess.wait(child.pid)
      guard let line = text.split(separator: "\n").last(where: { $0.hasPrefix("FEDBENCH_RSS_KB=") }),
        let kb = Double(line.dropFirst("FEDBENCH_RSS_KB=".count))
      else { return nil }
      values.append(kb)
    }
    return Stats(values)
  }

  /// The `--rss-child` mode: run `argv` (output discarded), print its peak RSS in kB, exit.
  static func rssChild(_ argv: [String]) -> Never {
    guard let child = Subprocess.spawn(argv) else { exit(1) }
    let (_, usage) = Subprocess.wait(child.pid)
    emit("FEDBENCH_RSS_KB=\(usage.ru_maxrss)")
    exit(0)
  }
}
