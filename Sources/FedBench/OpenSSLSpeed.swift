/// The reference rates: `openssl speed -mr` for RSA-2048 and ECDSA P-256 verification.
///
/// `openssl speed` counts CPU (user) time by default, so the in-process figures compared with
/// it are measured in thread CPU time too; both are single-threaded.
enum OpenSSLSpeed {
  /// Sign and verify operations per second from one `openssl speed -mr` run.
  struct Rates: Equatable {
    var sign: Double
    var verify: Double
  }

  /// Parses machine-readable output: RSA rows are `+F2:index:bits:sign/s:verify/s[:…]`, ECDSA
  /// rows `+F4:index:bits:sign/s:verify/s` (OpenSSL 3.x). `bits` selects the row.
  static func parse(_ output: String, tag: String, bits: Int) -> Rates? {
    for line in output.split(separator: "\n") {
      let fields = line.split(separator: ":")
      guard fields.count >= 5, fields[0] == "+" + tag, Int(fields[2]) == bits,
        let sign = Double(fields[3]), let verify = Double(fields[4])
      else { continue }
      return Rates(sign: sign, verify: verify)
    }
    return nil
  }

  /// Runs `openssl speed -mr -seconds N rsa2048` and returns the rates.
  static func rsa2048(seconds: Int) -> Rates? {
    run(["openssl", "speed", "-mr", "-seconds", String(seconds), "rsa2048"]).flatMap { parse($0, tag: "F2", bits: 2048) }
  }

  /// Runs `openssl speed -mr -seconds N ecdsap256` and returns the rates.
  static func ecdsaP256(seconds: Int) -> Rates? {
    run(["openssl", "speed", "-mr", "-seconds", String(seconds), "ecdsap256"]).flatMap { parse($0, tag: "F4", bits: 256) }
  }

  static func run(_ argv: [String]) -> String? {
    guard let done = Subprocess.run(argv, stderr: .null), done.status == 0 else { return nil }
    return done.output
  }
}
