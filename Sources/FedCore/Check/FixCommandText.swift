/// A finding's fix command in the text report, still runnable when copied: a shell command is
/// broken between arguments with ` \` continuations; a YAML snippet keeps its lines.
enum FixCommandText {
  static func lines(_ command: String, width: Int) -> [String] {
    let safe = command.split(separator: "\n", omittingEmptySubsequences: false).map { TextSafety.escaped(String($0)) }
    if safe.count > 1 { return ["    snippet:"] + safe.map { "      " + $0 } }
    let words = arguments(safe.first ?? "")
    var out: [String] = []
    var line = "    $"
    for word in words {
      if line.count + 1 + word.count + 2 > width, line.count > 5 {
        out.append(line + " \\")
        line = "  "  // shallow, so that a 75-character provider ARN still fits 80 columns
      }
      line += " " + word
    }
    return out + [line]
  }

  /// The command split at spaces outside single quotes (quoted arguments stay whole).
  static func arguments(_ command: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quoted = false
    for ch in command {
      if ch == "'" { quoted.toggle() }
      if ch == " " && !quoted {
        if !current.isEmpty { words.append(current) }
        current = ""
      } else {
        current.append(ch)
      }
    }
    if !current.isEmpty { words.append(current) }
    return words
  }
}
