import FedCore

/// One labelled line of the Provider or Keys pane. Values are already escaped.
struct InfoRow: Equatable, Sendable {
  enum Kind: Equatable, Sendable { case section, item, note }
  var kind: Kind
  var label: String
  var value: String
  var style: Style = .plain
  /// What `y` copies (unescaped); nil when the row has nothing worth copying.
  var copy: String?

  static func section(_ title: String) -> InfoRow { InfoRow(kind: .section, label: title, value: "", style: .title) }
  static func item(_ label: String, _ value: String, style: Style = .plain, copy: String? = nil) -> InfoRow {
    InfoRow(kind: .item, label: label, value: TextSafety.escaped(value), style: style, copy: copy ?? value)
  }
  static func note(_ text: String, style: Style = .dim) -> InfoRow {
    InfoRow(kind: .note, label: "", value: TextSafety.escaped(text), style: style, copy: nil)
  }
}

/// Every pane's rows, precomputed when data changes so that a key press only moves a cursor
/// and draws the visible rows.
struct PaneRows: Equatable, Sendable {
  var provider: [InfoRow] = []
  var keys: [InfoRow] = []
  var claims: [ClaimRow] = []
  /// Indices into `claims` that pass the `/` filter.
  var visibleClaims: [Int] = []
  var findings: [Finding] = []

  /// Rebuilds everything from the model's data.
  static func build(_ m: Model) -> PaneRows {
    var rows = PaneRows()
    rows.provider = ProviderPane.rows(m) + AWSSection.rows(m)
    rows.keys = KeysPane.rows(m)
    rows.claims = TokenPane.rows(m)
    rows.visibleClaims = TokenPane.filter(rows.claims, m.claimFilter)
    rows.findings = (m.outcome?.findings ?? []).sortedBySeverity()
    return rows
  }

  /// How many selectable rows a pane has.
  func count(_ pane: PaneID) -> Int {
    switch pane {
    case .provider: provider.count
    case .keys: keys.count
    case .token: visibleClaims.count
    case .findings: findings.count
    case .policy: 0
    }
  }
}

extension Model {
  /// Recomputes the precomputed rows and keeps every selection in range.
  mutating func rebuildRows() {
    rows = PaneRows.build(self)
    for pane in PaneID.allCases {
      var state = list(pane)
      state.move(0, count: rows.count(pane))
      lists[pane] = state
    }
  }
}
