import FedCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing to stdout and stderr without Foundation.
enum Output {
  /// One line on stderr, prefixed with `fedtui: `. Escaped for the terminal as a whole (a
  /// message can quote a path, a flag value or a server's words), so it stays one visible line.
  static func error(_ line: String) {
    var body = Substring(line)
    while body.hasSuffix("\n") { body = body.dropLast() }
    let text = "fedtui: " + TextSafety.escaped(String(body)) + "\n"
    writeAll(fd: 2, text)
  }

  /// Text on stdout (through Swift's buffered `print`, so it orders with other prints).
  static func write(_ text: String) {
    print(text, terminator: "")
  }

  static func writeAll(fd: Int32, _ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeMutableBytes { buffer in
        Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if n <= 0 { return }
      offset += n
    }
  }

  /// Whether a file descriptor is a terminal (colour only there).
  static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

  /// An environment variable, without Foundation.
  static func environment(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    return String(cString: value)
  }

  static func exitProcess(_ code: Int32) -> Never { Glibc.exit(code) }
}
