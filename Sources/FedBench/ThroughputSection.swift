import FedCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Target 5: in-process decode + verify throughput on one core, next to `openssl speed`'s raw
/// verify rate, plus the parts (decode alone, the verify primitive alone) to show where the gap
/// is. All rates are per second of this thread's CPU time, as `openssl speed` counts by default.
enum ThroughputSection {
  /// One token and the key set it verifies against, parsed once (the key import is cached).
  struct Case {
    var alg: String
    var token: String
    var set: JWKSet
    var jwt: JWT
    var key: JWK

    init?(_ inputs: Inputs, alg: String) {
      self.alg = alg
      token = inputs.text("\(alg).jwt")
      guard case .success(let set) = JWKSet.parse(inputs.bytes("\(alg).jwks")),
        case .success(let jwt) = TokenDecoder.decode(token),
        let key = set.keys(withKid: jwt.kid ?? "").first,
        SignatureVerifier.verify(jwt, with: set).isVerified
      else { return nil }
      self.set = set
      self.jwt = jwt
      self.key = key
    }

    /// decode + verify, as the CLI and the dashboard do per token.
    func full() -> Bool {
      guard case .success(let jwt) = TokenDecoder.decode(token) else { return false }
      return SignatureVerifier.verify(jwt, with: set).isVerified
    }

    func decodeOnly() -> Bool {
      if case .success = TokenDecoder.decode(token) { return true }
      return false
    }

    func verifyOnly() -> Bool {
      guard let name = jwt.alg, let alg = JWSAlgorithm(rawValue: name) else { return false }
      return SignatureVerifier.verify(signingInput: jwt.signingInput, signature: jwt.signature, alg: alg, key: key) == .valid
    }
  }

  static func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }

  /// Operations per CPU-second, one sample per batch of about `batchSeconds`.
  static func rates(batches: Int, batchSeconds: Double = 0.1, _ body: () -> Bool) -> Stats {
    var iterations = 16
    var start = threadCPUSeconds()
    for _ in 0..<iterations where !body() { return Stats([]) }
    let calibration = max(threadCPUSeconds() - start, 1e-6)
    iterations = max(16, Int(Double(iterations) * batchSeconds / calibration))
    var samples: [Double] = []
    for _ in 0..<batches {
      start = threadCPUSeconds()
      var ok = true
      for _ in 0..<iterations { ok = body() && ok }
      let elapsed = threadCPUSeconds() - start
      if !ok { return Stats([]) }
      samples.append(Double(iterations) / elapsed)
    }
    return Stats(samples)
  }

  static func run(_ options: Options, _ inputs: Inputs, _ report: inout Report) {
    for (alg, reference) in [("rs256", "rsa2048"), ("es256", "ecdsap256")] {
      guard let c = Case(inputs, alg: alg) else {
        report.note("throughput: the \(alg) token does not verify in process")
        continue
      }
      var openssl: [Double] = []
      var full: [Double] = []
      let reps = max(3, options.rounds / 20)
      for _ in 0..<reps {
        // Interleaved: openssl, then us, so both see the same load.
        let rates = alg == "rs256" ? OpenSSLSpeed.rsa2048(seconds: options.seconds) : OpenSSLSpeed.ecdsaP256(seconds: options.seconds)
        if let rates { openssl.append(rates.verify) }
        full.append(contentsOf: self.rates(batches: options.seconds * 10, c.full).sorted)
      }
      let decode = self.rates(batches: options.seconds * 10, c.decodeOnly)
      let verify = self.rates(batches: options.seconds * 10, c.verifyOnly)
      let name = alg.uppercased()
      report.add("throughput", "\(name) decode only (per CPU-second)", decode, unit: "/s", digits: 0)
      report.add("throughput", "\(name) verify primitive only (pre-decoded)", verify, unit: "/s", digits: 0)
      report.add("throughput", "\(name) decode + verify", Stats(full), unit: "/s", digits: 0)
      guard !openssl.isEmpty else {
        report.note("throughput: `openssl speed \(reference)` did not run")
        continue
      }
      let reference = Stats(openssl)
      report.add("throughput", "openssl speed \(referenceName(alg)) verify", reference, unit: "/s", digits: 0)
      let ratio = Stats(full).median / reference.median
      let ratios = Stats(Stats(full).sorted.map { $0 / reference.median })
      report.add(
        "throughput", "\(name) decode+verify / openssl verify", ratios, unit: "x", digits: 2, target: ">= 0.50x",
        pass: ratio >= 0.5)
    }
  }

  /// Runs one loop (`rs256:full:1000`, parts `full`, `decode`, `verify`) and nothing else.
  static func profile(_ spec: String, _ inputs: Inputs) {
    let parts = spec.split(separator: ":").map(String.init)
    guard parts.count == 3, let n = Int(parts[2]), let c = Case(inputs, alg: parts[0]) else {
      emit("fedbench: --profile ALG:full|decode|verify:N")
      return
    }
    var ok = true
    for _ in 0..<n {
      switch parts[1] {
      case "decode": ok = c.decodeOnly() && ok
      case "verify": ok = c.verifyOnly() && ok
      default: ok = c.full() && ok
      }
    }
    emit("profiled \(spec): \(ok ? "ok" : "FAILED")")
  }

  static func referenceName(_ alg: String) -> String { alg == "rs256" ? "rsa2048" : "ecdsap256" }
}
