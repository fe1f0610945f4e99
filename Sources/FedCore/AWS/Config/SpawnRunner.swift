#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The live `CommandRunner`: `posix_spawn` with both outputs on pipes (read in memory, never
/// written anywhere), the operator's environment passed through, standard input closed.
public struct SpawnRunner: CommandRunner {
  /// A command that prints more than this is cut off (credentials JSON is a few hundred bytes).
  static let maxBytes = 1 << 20

  public init() {}

  public func which(_ name: String) -> String? {
    if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
    let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") where !directory.isEmpty {
      let candidate = "\(directory)/\(name)"
      if access(candidate, X_OK) == 0 { return candidate }
    }
    return nil
  }

  public func run(_ arguments: [String]) -> CommandOutput? {
    guard let program = arguments.first.flatMap(which) else { return nil }
    var out: [Int32] = [-1, -1]
    var err: [Int32] = [-1, -1]
    guard pipe(&out) == 0 else { return nil }
    guard pipe(&err) == 0 else {
      close(out[0])
      close(out[1])
      return nil
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, out[1], 1)
    posix_spawn_file_actions_adddup2(&actions, err[1], 2)
    for fd in [out[0], out[1], err[0], err[1]] { posix_spawn_file_actions_addclose(&actions, fd) }
    var pid: pid_t = 0
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
    close(out[1])
    close(err[1])
    defer {
      close(out[0])
      close(err[0])
    }
    guard spawned == 0 else { return nil }
    let (stdout, stderr) = Self.drain(out[0], err[0])
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return CommandOutput(status: exit, stdout: stdout, stderr: stderr)
  }

  /// Reads both pipes to their end (poll, so neither can fill up and block the child).
  static func drain(_ a: Int32, _ b: Int32) -> ([UInt8], [UInt8]) {
    var buffers: [[UInt8]] = [[], []]
    var open = [true, true]
    var chunk = [UInt8](repeating: 0, count: 16 * 1024)
    while open[0] || open[1] {
      var fds = [
        pollfd(fd: open[0] ? a : -1, events: Int16(POLLIN), revents: 0), pollfd(fd: open[1] ? b : -1, events: Int16(POLLIN), revents: 0),
      ]
      if poll(&fds, 2, -1) < 0 {
        if errno == EINTR { continue }
        break
      }
      for i in 0..<2 where open[i] && fds[i].revents != 0 {
        let n = chunk.withUnsafeMutableBytes { read(fds[i].fd, $0.baseAddress, $0.count) }
        if n <= 0 {
          if n < 0 && errno == EINTR { continue }
          open[i] = false
        } else if buffers[i].count < maxBytes {
          buffers[i].append(contentsOf: chunk[0..<n])
        }
      }
    }
    return (buffers[0], buffers[1])
  }
}
