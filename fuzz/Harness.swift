// libFuzzer entry points for FedTUI's fuzz targets (see scripts/fuzz).
//
// The harness is compiled together with the FedCore sources into one binary; the target is
// chosen by FEDTUI_FUZZ_TARGET, read once in LLVMFuzzerInitialize. Each target must never
// crash, trap or hang on any input, and checks a few invariants of its own (`FuzzCheck`).
#if canImport(Glibc)
  import Glibc
#endif

/// A fuzz target: feeds one input to one FedCore entry point and checks invariants.
struct FuzzTarget: Sendable {
  var name: String
  /// Inputs longer than this are ignored (scripts/fuzz passes it as -max_len too).
  var maxLength: Int
  var run: @Sendable (UnsafeBufferPointer<UInt8>) -> Void
}

/// Every target, by name. scripts/fuzz lists them with `--list`.
let fuzzTargets: [FuzzTarget] = [
  FuzzTarget(name: "token", maxLength: 32_768, run: TokenFuzz.run),
  FuzzTarget(name: "json", maxLength: 16_384, run: JSONFuzz.run),
  FuzzTarget(name: "jwks", maxLength: 16_384, run: JWKSFuzz.run),
  FuzzTarget(name: "discovery", maxLength: 8_192, run: CheckFuzz.runDiscovery),
  FuzzTarget(name: "check", maxLength: 32_768, run: CheckFuzz.runCheck),
  FuzzTarget(name: "explain", maxLength: 4_096, run: ExplainFuzz.run),
  FuzzTarget(name: "policy", maxLength: 8_192, run: PolicyFuzz.run),
  FuzzTarget(name: "aws", maxLength: 8_192, run: AWSFuzz.run),
  FuzzTarget(name: "url", maxLength: 512, run: URLFuzz.run),
  FuzzTarget(name: "render", maxLength: 16_384, run: RenderFuzz.run),
]

/// The selected target's body: set once in LLVMFuzzerInitialize before any input runs.
nonisolated(unsafe) var selectedTarget: FuzzTarget?

@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
  let name = getenv("FEDTUI_FUZZ_TARGET").map { String(cString: $0) } ?? ""
  if name == "--list" {
    for target in fuzzTargets { print("\(target.name) \(target.maxLength)") }
    exit(0)
  }
  guard let target = fuzzTargets.first(where: { $0.name == name }) else {
    let names = fuzzTargets.map(\.name).joined(separator: " ")
    printError("fedtui-fuzz: set FEDTUI_FUZZ_TARGET to one of: \(names)")
    exit(2)
  }
  selectedTarget = target
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  guard let target = selectedTarget, size <= target.maxLength else { return 0 }
  target.run(UnsafeBufferPointer(start: data, count: size))
  return 0
}

/// One line on stderr, unbuffered (the process is about to abort).
func printError(_ line: String) {
  let bytes = Array((line + "\n").utf8)
  _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}

/// Invariant checks: a violated invariant is a crash, so libFuzzer saves the input.
enum FuzzCheck {
  static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() {
      printError("fedtui-fuzz: invariant violated: \(message())")
      abort()
    }
  }

  /// Text meant for a terminal must carry no scalar a terminal could interpret.
  static func terminalSafe(_ text: String, _ what: String) {
    require(!text.unicodeScalars.contains(where: TextSafety.isUnsafe), "\(what) is not terminal-safe: \(text.debugDescription)")
  }

  /// JSON text written by FedCore must parse back (and be terminal-safe).
  static func writerRoundTrip(_ value: JSONValue, depth: Int = JSONParser.defaultMaxDepth) {
    for pretty in [false, true] {
      let text = JSONWriter.string(value, pretty: pretty)
      if !pretty { terminalSafe(text, "JSONWriter output") }
      switch Result(catching: { () throws(JSONParseError) in try JSONParser.parse(text, maxDepth: depth) }) {
      case .success(let again):
        require(!value.allFloatsFinite || again == value, "JSONWriter round trip changed the value: \(text)")
      case .failure(let error):
        require(false, "JSONWriter output does not parse (\(error)): \(text)")
      }
    }
  }
}

extension JSONValue {
  /// Non-finite doubles are written as null, so they cannot round-trip.
  var allFloatsFinite: Bool {
    switch self {
    case .float(let d): d.isFinite
    case .array(let a): a.allSatisfy(\.allFloatsFinite)
    case .object(let o): o.allSatisfy(\.value.allFloatsFinite)
    default: true
    }
  }
}
