import FedCore

/// One header parameter or claim, ready to draw: escaped, single line, capped.
struct ClaimRow: Equatable, Sendable {
  enum Section: Equatable, Sendable { case header, claims }
  var section: Section
  var name: String
  var type: String
  var value: String
  /// UTC and relative time, for NumericDate claims.
  var time: String?
  /// Whether IAM accepts `<provider>:<name>` as a condition key; nil for header rows.
  var conditionable: Bool?
  /// The operator wants to restrict on this claim (`--want-claim`).
  var wanted = false
  /// What `y` copies: the raw string, or the JSON text of other types.
  var copy: String
  /// Lowercased name and value, for the `/` filter.
  var search: String
}

/// The Token pane: header and claims with types, times and the conditionable marker.
enum TokenPane {
  static let displayCap = 400
  static let timeClaims: Set<String> = ["exp", "nbf", "iat", "auth_time"]

  static func rows(_ m: Model) -> [ClaimRow] {
    guard let jwt = m.jwt else { return [] }
    let profile = m.outcome?.report?.profile ?? KnownProviders.profile(forIssuer: jwt.iss ?? m.issuer ?? "", claims: jwt.claims)
    var out: [ClaimRow] = []
    out.reserveCapacity(jwt.headerMembers.count + jwt.claimMembers.count)
    for member in jwt.headerMembers { out.append(row(member, .header, conditionable: nil, now: m.input?.now ?? m.now)) }
    let wanted = Set(m.input?.options.wantClaims ?? m.baseOptions.wantClaims)
    for member in jwt.claimMembers {
      var claim = row(member, .claims, conditionable: profile.isConditionable(member.name), now: m.input?.now ?? m.now)
      claim.wanted = wanted.contains(member.name)
      out.append(claim)
    }
    return out
  }

  static func row(_ member: JSONMember, _ section: ClaimRow.Section, conditionable: Bool?, now: Int64) -> ClaimRow {
    let raw = member.value.stringValue ?? JSONWriter.string(member.value)
    let shown = JSONWriter.string(member.value)
    let value = TextSafety.escaped(String(shown.prefix(displayCap)))
    var time: String?
    if section == .claims, timeClaims.contains(member.name), let s = TimeClaim(member.value).seconds {
      time = TimeFormat.utc(s) + " (" + TimeFormat.relative(s, now: now) + ")"
    }
    let name = TextSafety.escaped(member.name)
    return ClaimRow(
      section: section, name: name, type: member.value.typeName, value: value, time: time,
      conditionable: conditionable, copy: raw, search: (name + " " + value).lowercased())
  }

  /// Indices of rows whose name or value contains the filter (case-insensitive).
  static func filter(_ rows: [ClaimRow], _ text: String) -> [Int] {
    let needle = text.lowercased()
    if needle.isEmpty { return Array(rows.indices) }
    return rows.indices.filter { rows[$0].search.contains(needle) }
  }

  static func render(_ screen: inout Screen, _ rect: Rect, _ m: Model) {
    guard m.jwt != nil else {
      let text =
        m.decodeError.map { "The token does not decode: " + $0.message } ?? "No token loaded. Press p to paste one (or give a file path)."
      Widgets.lines(&screen, rect, Widgets.wrap(text, width: rect.width).map { ($0, m.decodeError == nil ? .dim : .error) })
      return
    }
    var body = rect
    if !m.claimFilter.isEmpty || m.prompt?.kind == .filter {
      let (top, rest) = rect.splitTop(1)
      let shown = "filter: " + TextSafety.escaped(m.claimFilter) + "  (\(m.rows.visibleClaims.count) of \(m.rows.claims.count))"
      screen.put(shown, x: top.x, y: top.y, style: .key, limit: top.width)
      body = rest
    }
    let nameWidth = min(24, max(10, body.width / 5))
    let (head, list) = body.splitTop(1)
    let header = DisplayWidth.padded("claim", to: nameWidth) + " " + DisplayWidth.padded("type", to: 8) + "IAM  value"
    screen.put(header, x: head.x, y: head.y, style: .bold, limit: head.width)
    let state = m.list(.token)
    let window = state.window(visible: list.height, count: m.rows.visibleClaims.count)
    for (i, index) in m.rows.visibleClaims[window].enumerated() {
      let row = m.rows.claims[index]
      let y = list.y + i
      drawRow(&screen, row, x: list.x, y: y, width: list.width, nameWidth: nameWidth)
      if window.lowerBound + i == state.selected, m.focus == .token {
        screen.restyle(y: y, x: list.x, width: list.width) { $0.reverse = true }
      }
    }
  }

  static func drawRow(_ screen: inout Screen, _ row: ClaimRow, x: Int, y: Int, width: Int, nameWidth: Int) {
    let prefix = row.section == .header ? "hdr." : ""
    var col = x
    col += screen.put(
      DisplayWidth.padded(prefix + row.name, to: nameWidth) + " ", x: col, y: y, style: row.section == .header ? .dim : .bold,
      limit: x + width - col)
    col += screen.put(DisplayWidth.padded(row.type, to: 8), x: col, y: y, style: .dim, limit: x + width - col)
    let marker: (String, Style) =
      switch row.conditionable {
      case .some(true): ("yes  ", .ok)
      case .some(false): row.wanted ? ("NO!  ", .error) : ("no   ", .dim)
      case .none: ("     ", .plain)
      }
    col += screen.put(marker.0, x: col, y: y, style: marker.1, limit: x + width - col)
    col += screen.put(row.value, x: col, y: y, limit: x + width - col)
    if let time = row.time {
      screen.put("  " + time, x: col, y: y, style: .info, limit: x + width - col)
    }
  }

  /// Lines for the detail overlay of the selected claim.
  static func detail(_ m: Model) -> [(String, Style)] {
    let state = m.list(.token)
    guard state.selected < m.rows.visibleClaims.count else { return [] }
    let row = m.rows.claims[m.rows.visibleClaims[state.selected]]
    var lines: [(String, Style)] = [(row.name, .title), ("type: " + row.type, .plain)]
    if let time = row.time { lines.append(("time: " + time, .info)) }
    if let c = row.conditionable {
      let key = IAMNaming.conditionKey(issuer: m.issuer ?? "", claim: row.name)
      lines.append(
        (
          c ? "IAM condition key: " + TextSafety.escaped(key) : "IAM does not evaluate this claim as a condition key for this issuer",
          c ? .ok : .warning
        ))
    }
    if row.wanted, row.conditionable == false {
      lines.append(("You want to restrict on it: see claim-not-conditionable in Findings for the route that works.", .error))
    }
    lines.append(("", .plain))
    lines.append(("value:", .bold))
    lines.append((TextSafety.escaped(row.copy), .plain))
    return lines
  }
}
