import FedCore

/// The Provider pane: the issuer, discovery checks, TLS and timings.
enum ProviderPane {
  static func rows(_ m: Model) -> [InfoRow] {
    var rows: [InfoRow] = []
    let issuer = m.issuer ?? ""
    rows.append(.section("Issuer"))
    rows.append(.item("issuer", issuer.isEmpty ? "(none: press i, or load a token with an iss)" : issuer))
    if let iss = m.jwt?.iss { rows.append(.item("token iss", iss)) }
    let profile = m.outcome?.report?.profile ?? KnownProviders.profile(forIssuer: m.jwt?.iss ?? issuer, claims: m.jwt?.claims)
    rows.append(.item("provider", profile.name))
    rows.append(.item("IAM provider URL", IAMNaming.providerHost(issuer: issuer)))
    guard let snap = m.outcome?.snapshot else {
      rows.append(.note(m.jobs.isEmpty ? "Not fetched yet (r fetches)." : "Fetching…"))
      return rows
    }
    let source = m.isDemo ? "built-in demo (simulated, no network)" : snap.offline ? "offline (saved documents)" : "network"
    rows.append(.item("source", source))
    rows.append(.section("Discovery"))
    rows += fetchRows(snap.discovery, missing: "not fetched")
    if let body = snap.discovery?.response?.body, let doc = try? JSONParser.parse(body) {
      if let i = doc["issuer"]?.stringValue {
        rows.append(.item("issuer in document", i, style: i == m.jwt?.iss ? .ok : .warning))
      }
      if let j = doc["jwks_uri"]?.stringValue { rows.append(.item("jwks_uri", j)) }
      if let claims = doc["claims_supported"]?.arrayValue {
        rows.append(.item("claims_supported", "\(claims.count) claims"))
      }
    }
    rows.append(.section("TLS and timing"))
    switch snap.publiclyTrusted {
    case .some(true): rows.append(.item("chain", "verifies against the system roots", style: .ok))
    case .some(false): rows.append(.item("chain", "NOT publicly trusted (IAM uses the thumbprint)", style: .warning))
    case .none: rows.append(.item("chain", "not known (offline or plain HTTP)", style: .dim))
    }
    if let top = snap.discovery?.response?.topCertificate {
      rows.append(.item("top cert", top.subject))
      rows.append(.item("thumbprint", top.sha1Thumbprint))
    }
    if let total = snap.discoveryAndJWKSElapsed {
      rows.append(.item("discovery + JWKS", Widgets.seconds(total), style: total > 5 ? .error : total > 2 ? .warning : .plain))
    }
    return rows
  }

  /// Status, elapsed time, redirects and cache headers of one fetch.
  static func fetchRows(_ fetch: DocumentFetch?, missing: String) -> [InfoRow] {
    guard let fetch else { return [.note(missing)] }
    var rows: [InfoRow] = [.item("url", fetch.url)]
    switch fetch.result {
    case .success(let r):
      rows.append(.item("status", "HTTP \(r.status) in \(Widgets.seconds(r.elapsed))", style: r.status == 200 ? .ok : .error))
      for redirect in r.redirects {
        rows.append(.item("redirect", "\(redirect.status) \(redirect.from) → \(redirect.to)", style: .warning))
      }
      for v in r.headerValues("cache-control") { rows.append(.item("cache-control", v)) }
    case .failure(let f):
      rows.append(.item("failed", "\(f.stage.rawValue): \(f.message)", style: .error))
    }
    return rows
  }

  static func render(_ screen: inout Screen, _ rect: Rect, _ m: Model, pane: PaneID = .provider) {
    let rows = pane == .provider ? m.rows.provider : m.rows.keys
    var rect = rect
    if pane == .provider, !m.jobs.isEmpty, !m.fetches.isEmpty {
      // The running fetches, below the rows.
      let fetches = FetchList.lines(m)
      let (top, bottom) = rect.splitBottom(min(fetches.count + 1, rect.height / 2))
      Widgets.lines(&screen, Rect(x: bottom.x, y: bottom.y + 1, width: bottom.width, height: bottom.height - 1), fetches)
      rect = top
    }
    let state = m.list(pane)
    let window = state.window(visible: rect.height, count: rows.count)
    let labelWidth = pane == .keys ? 12 : min(22, max(12, rect.width / 4))
    for (i, row) in rows[window].enumerated() {
      let y = rect.y + i
      switch row.kind {
      case .section: screen.put(row.label, x: rect.x, y: y, style: row.style, limit: rect.width)
      case .note: screen.put("  " + row.value, x: rect.x, y: y, style: row.style, limit: rect.width)
      case .item:
        let used = screen.put("  " + DisplayWidth.padded(row.label, to: labelWidth) + " ", x: rect.x, y: y, style: .dim, limit: rect.width)
        screen.put(row.value, x: rect.x + used, y: y, style: row.style, limit: rect.width - used)
      }
      if window.lowerBound + i == state.selected, m.focus == pane {
        screen.restyle(y: y, x: rect.x, width: rect.width) { $0.reverse = true }
      }
    }
  }
}
