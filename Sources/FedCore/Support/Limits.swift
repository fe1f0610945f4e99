/// Every cap FedTUI puts on untrusted input, in one place. Tokens, documents and policies come
/// from anywhere; each limit says what happens when it is hit (README "Limits").
public enum Limits {
  /// Pasted or read token text, in UTF-8 bytes after cleaning. Longer text is refused before
  /// decoding (`token-malformed` "over the limit"); STS's own limit, 20,000, is `token-length`.
  public static let tokenBytes = 1 << 20
  /// Nesting depth of JSON arrays and objects (tokens, discovery, JWKS, policies). Deeper
  /// input is refused as not JSON ("nesting deeper than 64 levels").
  public static let jsonDepth = 64
  /// Discovery document body. Larger bodies are cut while reading: `discovery-unreachable`, stage `too-large`.
  public static let discoveryBytes = 1 << 20
  /// JWKS body, and each alternate key location. Larger: `jwks-unreachable`, stage `too-large`.
  public static let jwksBytes = 4 << 20
  /// Response headers of one response; more aborts the fetch (stage `too-large`).
  public static let headerBytes = 256 << 10
  /// Files named on the command line (`--token-file`, `--discovery-file`, `--jwks-file`,
  /// `--policy-file`, `--ca-file`) and token files opened from the dashboard. Larger: exit 2.
  public static let fileBytes = 4 << 20
  /// Seconds per fetch, connect + TLS + redirects + body (`--timeout`, at most `maxTimeout`).
  /// When it runs out: `*-unreachable`, stage `timeout`.
  public static let fetchTimeout: Double = 10
  /// The largest `--timeout` accepted.
  public static let maxTimeout: Double = 300
  /// Seconds to connect (TCP + TLS), never more than the fetch timeout.
  public static let connectTimeout: Double = 5
  /// Redirects followed per fetch; one more, or a repeat, fails with stage `redirects`.
  public static let redirects = 3
  /// Keys tried per signature check: the first this many with the token's `kid` (STS uses one key
  /// per `kid`; a set holding thousands with the same `kid` must not cost seconds). Evidence says
  /// how many there were; `jwks-duplicate-kid` reports the duplication.
  public static let signatureCandidates = 16
  /// Failed RSA checks that get the forensics pass (recovering what the key signed); the rest
  /// are reported as plain failures.
  public static let forensicCandidates = 4
  /// RSA public exponents longer than this many bits make the key unusable here
  /// (`jwks-exponent-too-large`): real keys use 65537 (17 bits), OpenSSL refuses exponents over
  /// 64 bits for moduli over 3072 bits (OPENSSL_RSA_MAX_PUBEXP_BITS), and a 2048-bit exponent
  /// costs a full modular exponentiation per check.
  public static let rsaExponentBits = 64
  /// `StringLike` work per policy evaluation, in character steps (value length × pattern words,
  /// summed over every value pair of every condition). A condition past it is not evaluated
  /// (it fails, and the trace says so), so a 4 MiB policy against a 1 MiB token stays bounded.
  public static let patternMatchWork = 150_000_000
  /// Characters of pasted AWS error text that `explain` reads; the rest is ignored.
  public static let explainCharacters = 16_384
}
