import CCurl

/// Follows one request through its redirects, hop by hop, inside one total time budget.
///
/// Redirects are followed here rather than by `CURLOPT_FOLLOWLOCATION` so that every hop is
/// recorded (status and target), a loop is recognised as such, and the cap is exact.
struct RedirectWalk {
  var request: FetchRequest
  var trust: TrustSetting
  var cancel: CancelFlag
  var start: ContinuousClock.Instant
  var lookup: HostLookup = .system

  /// The walk's result.
  struct Outcome {
    var result: Result<FetchResponse, FetchFailure>
  }

  static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]

  func run() -> Outcome {
    var url = request.url
    var redirects: [Redirect] = []
    var visited: Set<String> = [url]
    while true {
      let remainingMs = Int(((request.timeout - elapsed()) * 1000).rounded(.up))
      if cancel.isCancelled { return fail(.cancelled, "cancelled", at: url) }
      if remainingMs <= 0 { return fail(.timeout, "timed out after \(request.timeout) s", at: url) }
      let pins: [String]
      switch AddressGuard.check(url, consent: request.consent, lookup: lookup) {
      case .connect(let entries): pins = entries
      case .refuse(let refused): return refuse(refused, at: url, redirects: redirects)
      case .unresolvable(let message): return fail(.dns, message, at: url)
      }
      let hop = CurlHop(
        url: url, timeoutMs: remainingMs, connectTimeoutMs: Int(request.connectTimeout * 1000),
        maxBytes: request.maxBytes, trust: trust,
        headers: Self.sameOrigin(url, request.url) ? request.headers : [], resolve: pins
      ).perform(cancel: cancel)
      let response = FetchResponse(
        requestedURL: request.url, finalURL: url, status: hop.status, headers: hop.headers, body: hop.body,
        redirects: redirects, certificates: hop.certificates, elapsed: elapsed())
      if hop.code != CURLE_OK { return failed(hop, at: url, response: hop.status > 0 ? response : nil) }
      guard Self.redirectStatuses.contains(hop.status) else { return finished(response) }
      guard let target = hop.redirectTarget else {
        return fail(.httpStatus, "HTTP \(hop.status) without a Location header", at: url, response: response)
      }
      redirects.append(Redirect(from: url, to: target, status: hop.status))
      var redirected = response
      redirected.redirects = redirects
      if let refusal = refuse(target, visited: visited, count: redirects.count, at: url, response: redirected) {
        return refusal
      }
      visited.insert(target)
      url = target
    }
  }

  /// Why a redirect is not followed: a non-HTTP(S) target, a loop, or one past the cap.
  private func refuse(_ target: String, visited: Set<String>, count: Int, at url: String, response: FetchResponse)
    -> Outcome?
  {
    if let bad = CurlFetcher.validate(target) {
      return fail(.invalidURL, "redirect to \(target): \(bad.message)", at: url, response: response)
    }
    if CurlFetcher.isHTTPS(url) && !CurlFetcher.isHTTPS(target) {
      return fail(.invalidURL, "redirect from https to \(target) refused: never downgraded to plain http", at: url, response: response)
    }
    if visited.contains(target) {
      return fail(.tooManyRedirects, "redirect loop: \(target) was already visited", at: url, response: response)
    }
    if count > request.maxRedirects {
      return fail(.tooManyRedirects, "more than \(request.maxRedirects) redirects", at: url, response: response)
    }
    return nil
  }

  /// A hop refused by the address check: nothing was sent to it.
  private func refuse(_ refused: RefusedAddress, at url: String, redirects: [Redirect]) -> Outcome {
    let message = refused.sentence + "; not fetched (AWS fetches from the internet and cannot reach it either)"
    let text = url == request.url ? message : "at \(url): \(message)"
    let failure = FetchFailure(url: request.url, stage: .notPublic, message: text, elapsed: elapsed(), refused: refused)
    return Outcome(result: .failure(failure))
  }

  private func finished(_ response: FetchResponse) -> Outcome {
    guard (200...299).contains(response.status) else {
      return fail(.httpStatus, "HTTP \(response.status)", at: response.finalURL, response: response)
    }
    return Outcome(result: .success(response))
  }

  private func failed(_ hop: CurlHop.Outcome, at url: String, response: FetchResponse?) -> Outcome {
    fail(
      CurlFailureStage.stage(hop), CurlFailureStage.message(hop, maxBytes: request.maxBytes), at: url,
      response: response)
  }

  /// A failure on `request.url`; a later hop is named in the message.
  private func fail(_ stage: FetchStage, _ message: String, at url: String, response: FetchResponse? = nil)
    -> Outcome
  {
    let text = url == request.url ? message : "at \(url): \(message)"
    let failure = FetchFailure(url: request.url, stage: stage, message: text, response: response, elapsed: elapsed())
    return Outcome(result: .failure(failure))
  }

  /// Same scheme, host and port (case-insensitive): where request headers may still be sent.
  static func sameOrigin(_ a: String, _ b: String) -> Bool {
    func origin(_ url: String) -> String {
      let lower = Array(url.lowercased().utf8)
      let slash = UInt8(ascii: "/")
      var i = 0
      while i + 2 < lower.count, !(lower[i] == UInt8(ascii: ":") && lower[i + 1] == slash && lower[i + 2] == slash) { i += 1 }
      var end = min(i + 3, lower.count)
      while end < lower.count, lower[end] != slash, lower[end] != UInt8(ascii: "?"), lower[end] != UInt8(ascii: "#") { end += 1 }
      return String(decoding: lower[..<end], as: UTF8.self)
    }
    return origin(a) == origin(b)
  }

  private func elapsed() -> Double { Self.seconds(ContinuousClock.now - start) }

  static func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
  }
}
