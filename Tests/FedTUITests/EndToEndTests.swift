import Foundation
import Testing

@testable import FedTUI

/// Drives the real `fedtui` binary in a real pseudo-terminal under tmux (a private socket,
/// always killed): the demo's verdict and ids, help, a resize to 80×24, and a clean exit that
/// leaves the alternate screen.
@Suite(.serialized) struct EndToEndTests {
  /// `.build/debug/fedtui`, next to the test bundle (built by `swift build --build-tests`).
  static var binary: String {
    let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for dir in [bundleDir, bundleDir.deletingLastPathComponent()] {
      let candidate = dir.appendingPathComponent("fedtui").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(".build/debug/fedtui").path
  }

  final class Tmux {
    let socket = "fedtui-test-\(getpid())-\(UInt32.random(in: 0...999_999))"

    /// Runs a tmux command with `posix_spawn` + `waitpid`. (Foundation's `Process` waits for a
    /// socket it hands the child to close, and the tmux server a client forks keeps it open.)
    @discardableResult
    func run(_ args: [String], output: Bool = true) throws -> String {
      try Spawn.run(["tmux", "-L", socket, "-f", "/dev/null"] + args, captureOutput: output)
    }

    func capture() throws -> String { try run(["capture-pane", "-p", "-t", "e2e"]) }
    func display(_ format: String) throws -> String {
      try run(["display-message", "-p", "-t", "e2e", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }
    func keys(_ keys: String...) throws { try run(["send-keys", "-t", "e2e"] + keys) }

    /// Polls until the condition holds on a capture (up to ~15 s), returning the last capture.
    func wait(for what: String, _ condition: (String) throws -> Bool) throws -> String {
      var last = ""
      for _ in 0..<150 {
        last = try capture()
        if try condition(last) { return last }
        usleep(100_000)
      }
      Issue.record("timed out waiting for \(what); screen was:\n\(last)")
      return last
    }

    func kill() {
      _ = try? run(["kill-server"], output: false)
      let dir = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
      unlink("\(dir)/tmux-\(getuid())/\(socket)")
    }
  }

  @Test func demoHelpResizeAndQuitRestoreTheTerminal() throws {
    let bin = Self.binary
    try #require(FileManager.default.isExecutableFile(atPath: bin), "build fedtui first: \(bin)")
    let tmux = Tmux()
    defer { tmux.kill() }
    try tmux.run(["new-session", "-d", "-s", "e2e", "-x", "100", "-y", "30", "env PS1='$ ' TERM=screen-256color sh"], output: false)
    try tmux.keys("'\(bin)' demo; echo fedtui-exit=$?", "Enter")

    let demo = try tmux.wait(for: "the demo verdict") { $0.contains("AWS would REJECT") && $0.contains("jwks-kid-not-found") }
    for id in ["aud-missing", "iss-not-https", "jwks-kid-not-found"] { #expect(demo.contains(id)) }
    #expect(try tmux.display("#{alternate_on}") == "1")

    // y copies the selected rule id with OSC 52; the footer says it was sent, and the screen is intact.
    try tmux.keys("y")
    let copied = try tmux.wait(for: "the copy message") { $0.contains("OSC 52") }
    #expect(copied.contains("AWS would REJECT") && copied.contains("aud-missing"))

    try tmux.keys("?")
    _ = try tmux.wait(for: "help") { $0.contains("Help: keys") && $0.contains("filter claims") }
    try tmux.keys("Escape")
    _ = try tmux.wait(for: "help to close") { !$0.contains("Help: keys") }

    try tmux.run(["resize-window", "-t", "e2e", "-x", "80", "-y", "24"])
    let small = try tmux.wait(for: "the 80x24 layout") { screen in
      let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
      return lines.first { $0.hasPrefix("└") }?.count == 80 && screen.contains("AWS would REJECT")
    }
    #expect(small.contains("aud-missing") && small.contains("? help") && small.contains("q quit"))
    #expect(try tmux.display("#{pane_width}x#{pane_height}") == "80x24")

    try tmux.keys("Tab")
    _ = try tmux.wait(for: "the Policy pane") { $0.contains("┌─ Policy") }

    try tmux.keys("q")
    let after = try tmux.wait(for: "the shell to return") { $0.contains("fedtui-exit=0") }
    #expect(!after.contains("AWS would REJECT"))
    #expect(try tmux.display("#{alternate_on}") == "0")
  }

  @Test func loadedFromFlagsChecksAtOnceOffline() throws {
    let bin = Self.binary
    try #require(FileManager.default.isExecutableFile(atPath: bin), "build fedtui first: \(bin)")
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fedtui-e2e-\(getpid())-\(UInt32.random(in: 0...999_999))")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    // A test-minted token (no real secret): https iss, no aud; the saved JWKS lacks its kid.
    let token = Models.token(
      payload: #"{"iss":"https://issuer.example","sub":"repo:o/r:ref:refs/heads/main","exp":1900000000,"iat":1800000000}"#)
    try token.write(to: dir.appendingPathComponent("token"), atomically: true, encoding: .utf8)
    try #"{"issuer":"https://issuer.example","jwks_uri":"https://issuer.example/keys"}"#.write(
      to: dir.appendingPathComponent("discovery.json"), atomically: true, encoding: .utf8)
    try #"{"keys":[{"kty":"RSA","kid":"other","e":"AQAB","n":"AQAB"}]}"#.write(
      to: dir.appendingPathComponent("jwks.json"), atomically: true, encoding: .utf8)
    let tmux = Tmux()
    defer { tmux.kill() }
    try tmux.run(["new-session", "-d", "-s", "e2e", "-x", "100", "-y", "30", "env PS1='$ ' TERM=screen-256color sh"], output: false)
    let d = dir.path
    try tmux.keys(
      "'\(bin)' --token-file '\(d)/token' --discovery-file '\(d)/discovery.json' --jwks-file '\(d)/jwks.json' --now 1800000100; echo fedtui-exit=$?",
      "Enter")
    let screen = try tmux.wait(for: "the loaded verdict") { $0.contains("AWS would REJECT") && $0.contains("aud-missing") }
    #expect(screen.contains("jwks-kid-not-found"))
    #expect(!screen.contains(token))
    try tmux.keys("q")
    _ = try tmux.wait(for: "the shell to return") { $0.contains("fedtui-exit=0") }
  }

  @Test func sigtermRestoresTheTerminal() throws {
    let bin = Self.binary
    try #require(FileManager.default.isExecutableFile(atPath: bin), "build fedtui first: \(bin)")
    let tmux = Tmux()
    defer { tmux.kill() }
    try tmux.run(["new-session", "-d", "-s", "e2e", "-x", "100", "-y", "30", "env PS1='$ ' TERM=screen-256color sh"], output: false)
    try tmux.keys("'\(bin)' demo; echo fedtui-exit=$?", "Enter")
    _ = try tmux.wait(for: "the demo") { $0.contains("AWS would REJECT") }
    #expect(try tmux.display("#{alternate_on}") == "1")
    let pid = try tmux.display("#{pane_pid}")
    // The pane's shell runs fedtui in the foreground: its one child.
    let text = try Spawn.run(["pgrep", "-P", pid], captureOutput: true)
    let child = try #require(text.split(separator: "\n").first.flatMap { Int32($0) })
    #expect(Foundation.kill(child, SIGTERM) == 0)
    _ = try tmux.wait(for: "the shell to return after SIGTERM") { $0.contains("fedtui-exit=143") }
    #expect(try tmux.display("#{alternate_on}") == "0")
  }
}

/// `posix_spawnp` with stdout captured through a pipe, stdin and stderr on /dev/null.
enum Spawn {
  struct Failed: Error { var message: String }

  static func run(_ argv: [String], captureOutput: Bool) throws -> String {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { throw Failed(message: "pipe failed") }
    _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
    _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if captureOutput {
      posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    // The child must not inherit the test runner's blocked signals: a tmux server with SIGCHLD
    // blocked never notices its shell exit and hangs on kill-server.
    var attr = posix_spawnattr_t()
    posix_spawnattr_init(&attr)
    defer { posix_spawnattr_destroy(&attr) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attr, &empty)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for s in [SIGCHLD, SIGTERM, SIGINT, SIGHUP, SIGPIPE, SIGWINCH] { sigaddset(&defaults, s) }
    posix_spawnattr_setsigdefault(&attr, &defaults)
    posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var cArgs = argv.map { strdup($0) } + [nil]
    defer { for a in cArgs { free(a) } }
    var pid: pid_t = 0
    let rc = posix_spawnp(&pid, argv[0], &actions, &attr, &cArgs, environ)
    close(fds[1])
    defer { close(fds[0]) }
    guard rc == 0 else { throw Failed(message: "cannot run \(argv[0]): \(String(cString: strerror(rc)))") }
    var data: [UInt8] = []
    if captureOutput {
      var buffer = [UInt8](repeating: 0, count: 65_536)
      while true {
        let n = read(fds[0], &buffer, buffer.count)
        if n <= 0 { break }
        data += buffer[0..<n]
      }
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return String(decoding: data, as: UTF8.self)
  }
}
