/// A provider document saved to a file (`--discovery-file`, `--jwks-file`), for offline use.
public struct OfflineDocument: Sendable, Equatable {
  public var path: String
  public var bytes: [UInt8]

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  /// Reads a saved document (capped like its network counterpart; `LocalFileError` names the file).
  public static func read(path: String, maxBytes: Int = Limits.fileBytes) -> Result<OfflineDocument, LocalFileError> {
    LocalFile.read(path: path, maxBytes: maxBytes).map { OfflineDocument(path: path, bytes: $0) }
  }

  /// The document as a fetch result: status 200 from `file://<path>`, `.notJSON` when not JSON.
  public var fetch: DocumentFetch {
    let url = "file://" + path
    let response = FetchResponse(requestedURL: url, status: 200, body: bytes)
    return DocumentFetch(url: url, result: DocumentCheck.requireJSON(.success(response)))
  }
}

extension ProviderSnapshot {
  /// A snapshot built from saved documents instead of the network (`spec/product.md` capability 10):
  /// `offline = true`, no alternates, trust and timing unknown. Either document may be absent.
  public static func offline(issuer: String, discovery: OfflineDocument?, jwks: OfflineDocument?) -> ProviderSnapshot {
    ProviderSnapshot(issuer: issuer, discovery: discovery?.fetch, jwks: jwks?.fetch, offline: true)
  }
}
