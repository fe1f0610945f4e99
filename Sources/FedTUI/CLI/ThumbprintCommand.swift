import ArgumentParser
import FedCore

/// `fedtui thumbprint URL`: the IAM thumbprint of the host's served chain (`spec/product.md`).
struct ThumbprintCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "thumbprint",
    abstract: "Print the IAM thumbprint (SHA-1 of the top certificate) of a host's served TLS chain.",
    discussion: """
      URL is an https:// URL or a bare host (host[:port][/path]). Redirects are not followed: \
      the chain is the named host's. Use the host of the provider's jwks_uri.

      Exit 0 with the thumbprint; 1 when the host could not be reached; 2 on bad usage.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(help: "The https URL (or host) whose served chain to read.")
  var url: String

  @Option(name: .customLong("ca-file"), help: "Extra trust anchors (PEM), added to the system roots.")
  var caFile: String?

  @Option(help: "Total seconds allowed (default 10).")
  var timeout: Double = Limits.fetchTimeout

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  func run() async throws {
    guard let target = ServedChain.targetURL(url) else {
      throw UsageError(message: "URL: '\(TextSafety.escaped(url))' is not an https URL or a host name")
    }
    guard timeout > 0, timeout <= Limits.maxTimeout else {
      throw UsageError(message: "--timeout: expected seconds between 0 and \(Int(Limits.maxTimeout))")
    }
    if let caFile, case .failure(let error) = LocalFile.read(path: caFile, maxBytes: Limits.fileBytes) {
      throw UsageError(message: "--ca-file: \(TextSafety.escaped(error.description))")
    }
    switch await ServedChain.fetch(url: target, timeout: timeout, caFile: caFile) {
    case .failure(let failure):
      Output.error(
        "\(TextSafety.escaped(target)): \(failure.stage.rawValue): \(TextSafety.escaped(failure.message))")
      throw CommandExit(code: ExitCode2.findings)
    case .success(let chain):
      Output.write(format == .json ? ThumbprintReport.json(chain) : ThumbprintReport.text(chain))
    }
  }
}

/// The two renderings of a served chain.
enum ThumbprintReport {
  static func text(_ chain: ServedChain) -> String {
    var out = "thumbprint  \(chain.thumbprint ?? "-")\n"
    out += "chain served by \(TextSafety.escaped(chain.url)) (leaf first, top last):\n"
    for (index, cert) in chain.certificates.enumerated() {
      let top = index == chain.certificates.count - 1 ? "  (top: the certificate IAM pins)" : ""
      out += "  [\(index)] subject  \(TextSafety.escaped(cert.subject))\(top)\n"
      out += "      issuer   \(TextSafety.escaped(cert.issuer))\n"
      out += "      valid    \(TextSafety.escaped(cert.notBefore ?? "?")) to \(TextSafety.escaped(cert.notAfter ?? "?"))\n"
      out += "      sha1     \(cert.sha1Thumbprint)\n"
    }
    out += "trust       \(trustLine(chain.publiclyTrusted))\n"
    return out
  }

  static func trustLine(_ publiclyTrusted: Bool?) -> String {
    switch publiclyTrusted {
    case true?: "verifies against the system roots"
    case false?: "verifies only with --ca-file (not publicly trusted: IAM relies on the thumbprint)"
    case nil: "unknown"
    }
  }

  static func json(_ chain: ServedChain) -> String {
    let certificates: [JSONValue] = chain.certificates.map { cert in
      .object([
        JSONMember("subject", .string(cert.subject)), JSONMember("issuer", .string(cert.issuer)),
        JSONMember("notBefore", cert.notBefore.map(JSONValue.string) ?? .null),
        JSONMember("notAfter", cert.notAfter.map(JSONValue.string) ?? .null),
        JSONMember("sha1", .string(cert.sha1Thumbprint)),
      ])
    }
    let report: JSONValue = .object([
      JSONMember("url", .string(chain.url)),
      JSONMember("thumbprint", chain.thumbprint.map(JSONValue.string) ?? .null),
      JSONMember("publiclyTrusted", chain.publiclyTrusted.map(JSONValue.bool) ?? .null),
      JSONMember("chain", .array(certificates)),
    ])
    return JSONWriter.string(report) + "\n"
  }
}
