/// The INI files of the AWS CLI and SDKs (`~/.aws/config`, `~/.aws/credentials`): sections of
/// `key = value` lines. In `config`, profiles are `[profile NAME]` (but `[default]`); in
/// `credentials` they are `[NAME]` (AWS CLI docs, "Configuration and credential file settings").
public struct AWSConfigFile: Sendable, Equatable {
  /// Section name (as written between the brackets) -> settings.
  public var sections: [String: [String: String]]

  public init(sections: [String: [String: String]] = [:]) { self.sections = sections }

  /// Parses the text; comment lines (`#`, `;`) and nested `sub =` blocks (indented lines) are skipped.
  public static func parse(_ text: String) -> AWSConfigFile {
    var file = AWSConfigFile()
    var current: String?
    for raw in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
      if raw.first == " " || raw.first == "\t" { continue }
      let line = trimmed(raw)
      if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
      if line.hasPrefix("["), line.hasSuffix("]") {
        let name = trimmed(line.dropFirst().dropLast())
        current = name
        if file.sections[name] == nil { file.sections[name] = [:] }
      } else if let current, let equals = line.firstIndex(of: "=") {
        file.sections[current]?[trimmed(line[..<equals]).lowercased()] = trimmed(line[line.index(after: equals)...])
      }
    }
    return file
  }

  /// A profile's settings in a `config` file (`[default]` or `[profile NAME]`).
  public func configProfile(_ name: String) -> [String: String]? {
    name == "default" ? sections["default"] ?? sections["profile default"] : sections["profile \(name)"]
  }

  /// A profile's settings in a `credentials` file (`[NAME]`).
  public func credentialsProfile(_ name: String) -> [String: String]? { sections[name] }

  static func trimmed<S: StringProtocol>(_ text: S) -> String {
    var view = Substring(text)
    while let c = view.first, c == " " || c == "\t" { view.removeFirst() }
    while let c = view.last, c == " " || c == "\t" { view.removeLast() }
    return String(view)
  }
}
