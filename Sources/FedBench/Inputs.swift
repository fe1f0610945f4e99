#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The benchmark's inputs, minted fresh into a private temporary directory by
/// `scripts/bench/mint.py` (test keys only; the directory is removed at the end).
struct Inputs {
  let dir: String
  /// A Unix time inside every minted token's validity window.
  let now: String

  func path(_ name: String) -> String { dir + "/" + name }

  static func mint(issuer: String = "https://gitlab.example.com") -> Inputs? {
    var template = Array("/tmp/fedbench.XXXXXX".utf8CString)
    guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else { return nil }
    let dir = String(cString: made)
    guard let done = Subprocess.run(["python3", "scripts/bench/mint.py", dir, issuer]), done.status == 0,
      let now = read(dir + "/now")
    else { return nil }
    return Inputs(dir: dir, now: now)
  }

  /// Signs a fresh RS256 token for `issuer` with the minted signer (`online.jwt`).
  func mintToken(issuer: String, name: String) -> Bool {
    Subprocess.run(["python3", "scripts/bench/mint.py", "--token", dir, issuer, name])?.status == 0
  }

  func remove() {
    _ = Subprocess.run(["rm", "-rf", dir])
  }

  /// A whole small file as text, or nil.
  static func read(_ path: String) -> String? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = fread(&buffer, 1, buffer.count, file)
      if n <= 0 { break }
      bytes.append(contentsOf: buffer[0..<n])
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  func bytes(_ name: String) -> [UInt8] { Array((Inputs.read(path(name)) ?? "").utf8) }
  func text(_ name: String) -> String { Inputs.read(path(name)) ?? "" }
}
