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
      throw Failure(description: "\(command.name): exit \(status), expected \(command.expectedStatus): \(command.argv.joined(separator: " "))")
    }
    return elapsed
  }

  /// Peak resident set of `command` in kB, via GNU time (`/usr/bin/time -f %M`): it forks from a
  /// ~1 MB process, so the child's high-water mark is its own (a spawn from this process would
  /// inherit this process's mark across exec).
  static func peakRSS(_ command: TimedCommand, runs: Int) -> Stats? {
    guard access("/usr/bin/time", X_OK) == 0 else { return nil }
    var values: [Double] = []
    for _ in 0..<runs {
      let argv = ["/usr/bin/time", "-f", "FEDBENCH_RSS=%M"] + command.argv
      guard let child = Subprocess.spawn(argv, env: command.env, stderr: .pipe) else { return nil }
      let text = Subprocess.readAll(child.output!)
      _ = close(child.output!)
      _ = Subprocess.wait(child.pid)
      guard let line = text.split(separator: "\n").last(where: { $0.hasPrefix("FEDBENCH_RSS=") }),
        let kb = Double(line.dropFirst("FEDBENCH_RSS=".count))
      else { return nil }
      values.append(kb)
    }
    return Stats(values)
  }
}
