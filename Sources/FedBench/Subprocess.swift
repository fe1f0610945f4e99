#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Child processes for the benchmarks, through `posix_spawn` (cheap and steady to time).
enum Subprocess {
  /// Where a child's standard stream goes.
  enum Stream {
    case inherit
    case null
    case pipe
  }

  /// A started child, with the parent's ends of any pipes.
  struct Child {
    var pid: pid_t
    var stdin: Int32?
    /// The read end of the one piped output stream (stdout or stderr).
    var output: Int32?
  }

  /// The result of a finished child: exit code (or 128 + signal), output and resource usage.
  struct Finished {
    var status: Int32
    var output: String
    var usage: rusage
  }

  static func environment(adding extra: [String: String]) -> [String] {
    var env: [String] = []
    var index = 0
    while let entry = environ[index] {
      let text = String(cString: entry)
      let name = String(text.prefix(while: { $0 != "=" }))
      if extra[name] == nil { env.append(text) }
      index += 1
    }
    for (name, value) in extra.sorted(by: { $0.key < $1.key }) { env.append("\(name)=\(value)") }
    return env
  }

  /// Starts `argv` (looked up on PATH).
  static func spawn(
    _ argv: [String], env extra: [String: String] = [:], stdin: Stream = .null, stdout: Stream = .null,
    stderr: Stream = .null
  ) -> Child? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var close: [Int32] = []
    var child = Child(pid: 0)
    for (fd, stream) in [(Int32(0), stdin), (1, stdout), (2, stderr)] {
      switch stream {
      case .inherit: break
      case .null:
        posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
      case .pipe:
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        let (childEnd, parentEnd) = fd == 0 ? (ends[0], ends[1]) : (ends[1], ends[0])
        _ = fcntl(parentEnd, F_SETFD, FD_CLOEXEC)
        posix_spawn_file_actions_adddup2(&actions, childEnd, fd)
        posix_spawn_file_actions_addclose(&actions, childEnd)
        close.append(childEnd)
        if fd == 0 { child.stdin = parentEnd } else { child.output = parentEnd }
      }
    }
    let cArgs = argv.map { strdup($0) } + [nil]
    let cEnv = environment(adding: extra).map { strdup($0) } + [nil]
    defer {
      for pointer in cArgs { free(pointer) }
      for pointer in cEnv { free(pointer) }
    }
    let rc = posix_spawnp(&child.pid, argv[0], &actions, nil, cArgs, cEnv)
    for fd in close { _ = Glibc.close(fd) }
    return rc == 0 ? child : nil
  }

  /// Waits for `pid` and returns its exit code (128 + signal when killed) and usage.
  static func wait(_ pid: pid_t) -> (Int32, rusage) {
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return (code, usage)
  }

  /// Reads a descriptor to its end.
  static func readAll(_ fd: Int32) -> String {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { break }
      bytes.append(contentsOf: buffer[0..<n])
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Reads one line (without its newline) from a descriptor, byte by byte.
  static func readLine(_ fd: Int32) -> String? {
    var bytes: [UInt8] = []
    var byte: UInt8 = 0
    while true {
      let n = read(fd, &byte, 1)
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
      if byte == 0x0A { return String(decoding: bytes, as: UTF8.self) }
      bytes.append(byte)
    }
  }

  /// Runs `argv` to completion, capturing stdout.
  static func run(_ argv: [String], env: [String: String] = [:], stderr: Stream = .inherit) -> Finished? {
    guard let child = spawn(argv, env: env, stdout: .pipe, stderr: stderr) else { return nil }
    let output = readAll(child.output!)
    _ = Glibc.close(child.output!)
    let (status, usage) = wait(child.pid)
    return Finished(status: status, output: output, usage: usage)
  }

  /// Writes all of `text` to a descriptor.
  static func write(_ fd: Int32, _ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
      if n <= 0 { return }
      offset += n
    }
  }
}

/// Monotonic time in seconds.
func monotonicSeconds() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_MONOTONIC, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Writes one line to stdout at once (unbuffered, so rows appear as they are measured).
func emit(_ line: String) {
  Subprocess.write(1, line + "\n")
}
