import CCurl

/// Maps a libcurl result to the stage a fetch failed at (`FetchStage`).
enum CurlFailureStage {
  static func stage(_ outcome: CurlHop.Outcome) -> FetchStage {
    if outcome.cancelled { return .cancelled }
    if outcome.tooLarge { return .tooLarge }
    return stage(for: outcome.code)
  }

  static func stage(for code: CURLcode) -> FetchStage {
    switch code {
    case CURLE_UNSUPPORTED_PROTOCOL, CURLE_URL_MALFORMAT: return .invalidURL
    case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: return .dns
    case CURLE_COULDNT_CONNECT, CURLE_GOT_NOTHING, CURLE_SEND_ERROR, CURLE_RECV_ERROR: return .connect
    case CURLE_OPERATION_TIMEDOUT: return .timeout
    case CURLE_FILESIZE_EXCEEDED: return .tooLarge
    case CURLE_TOO_MANY_REDIRECTS: return .tooManyRedirects
    case CURLE_ABORTED_BY_CALLBACK: return .cancelled
    default: return isTLS(code) ? .tls : .other
    }
  }

  private static func isTLS(_ code: CURLcode) -> Bool {
    let tls: [CURLcode] = [
      CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
      CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
      CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_ENGINE_NOTFOUND, CURLE_SSL_ENGINE_SETFAILED,
      CURLE_SSL_ENGINE_INITFAILED, CURLE_USE_SSL_FAILED, CURLE_SSL_SHUTDOWN_FAILED, CURLE_SSL_CRL_BADFILE,
    ]
    return tls.contains(code)
  }

  /// The sentence for people: libcurl's detailed error text, else its generic one.
  static func message(_ outcome: CurlHop.Outcome, maxBytes: Int) -> String {
    if outcome.cancelled { return "cancelled" }
    if outcome.tooLarge { return "response larger than \(maxBytes) bytes (cut off while reading)" }
    if outcome.code == CURLE_FILESIZE_EXCEEDED { return "response declared larger than \(maxBytes) bytes (refused)" }
    if !outcome.errorText.isEmpty { return outcome.errorText }
    return String(cString: curl_easy_strerror(outcome.code))
  }
}
