import FedCore

/// A y/n question in the footer: it waits for `y` or `n` (Esc is `n`); other keys are ignored.
enum Question: Equatable, Sendable {
  /// A check refused a host that is not public (`issuer-not-public`): fetch it from here anyway?
  case fetchPrivate(host: String, sentence: String)
  /// The export path exists: replace it (a new 0600 file renamed over it, never through a symlink)?
  case replaceFile(path: String)

  var text: String {
    switch self {
    case .fetchPrivate(_, let sentence): "\(sentence). Fetch it from here? y/n "
    case .replaceFile(let path): "\(TextSafety.escaped(path)) exists. Replace it? y/n "
    }
  }
}

extension App {
  /// `y` answers yes, `n` or Esc no; Ctrl-C quits; anything else leaves the question open.
  static func questionKey(_ m: inout Model, _ question: Question, _ key: Key) -> [Effect] {
    switch key {
    case .char("y"), .char("Y"):
      m.prompt = nil
      return answer(&m, question, yes: true)
    case .char("n"), .char("N"), .escape:
      m.prompt = nil
      return answer(&m, question, yes: false)
    case .ctrl("c"):
      return quit(&m)
    default:
      return []
    }
  }

  static func answer(_ m: inout Model, _ question: Question, yes: Bool) -> [Effect] {
    switch question {
    case .fetchPrivate(let host, _):
      guard yes else {
        m.flash = Flash(text: "Not fetched: \(TextSafety.escaped(host)) (press I to enter another issuer)", isError: false)
        return []
      }
      m.baseOptions.consent.allow(host: host)
      m.input?.options.consent.allow(host: host)
      return refetch(&m)
    case .replaceFile(let path):
      guard yes else {
        m.flash = Flash(text: "Not exported: \(TextSafety.escaped(path)) was left as it was", isError: false)
        return []
      }
      guard m.input != nil else { return [] }
      let contents = path.lowercased().hasSuffix(".json") ? Report.json(m) : Report.markdown(m)
      return [.replaceFile(path: path, contents: contents)]
    }
  }

  /// After a check: ask once per host whether to fetch a refused non-public host.
  static func askAboutRefusedHost(_ m: inout Model) {
    guard m.prompt == nil,
      let finding = m.findings.first(where: { $0.id == .issuerNotPublic && !m.askedHosts.contains($0.evidence("host") ?? "") }),
      let host = finding.evidence("host")
    else { return }
    m.askedHosts.insert(host)
    let sentence = finding.title.hasPrefix("Not fetched: ") ? String(finding.title.dropFirst(13)) : finding.title
    m.prompt = Prompt(kind: .question(.fetchPrivate(host: host, sentence: TextSafety.escaped(sentence))))
  }
}
