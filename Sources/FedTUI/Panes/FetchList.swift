import FedCore

/// The running check's fetches: a spinner and elapsed time on each running one, the outcome
/// and duration on each finished one.
enum FetchList {
  static func lines(_ m: Model) -> [(String, Style)] {
    m.fetches.map { f in
      let url = TextSafety.escaped(f.url)
      guard let result = f.result else {
        let elapsed = m.clock - f.started
        return (Widgets.spinner(elapsed: elapsed) + " " + url + "  " + Widgets.seconds(elapsed), .warning)
      }
      return ((result.ok ? "✔ " : "✖ ") + url + "  " + Widgets.seconds(result.seconds), result.ok ? .ok : .dim)
    }
  }
}
