import FedCore

/// The five panes, in Tab order.
enum PaneID: Int, CaseIterable, Sendable {
  case provider, keys, token, findings, policy

  var title: String {
    switch self {
    case .provider: "Provider"
    case .keys: "Keys"
    case .token: "Token"
    case .findings: "Findings"
    case .policy: "Policy"
    }
  }
}

/// A box drawn over the dashboard.
enum Overlay: Equatable, Sendable {
  case help(scroll: Int)
  case detail(scroll: Int)
}

/// A one-line text prompt in the footer.
struct Prompt: Equatable, Sendable {
  enum Kind: Equatable, Sendable {
    /// Asking for the issuer; `thenToken` chains to the token prompt (first start).
    case issuer(thenToken: Bool)
    case token, export, filter, command
    /// A y/n question (`Question`): no text is typed.
    case question(Question)
  }

  var kind: Kind
  var text: String = ""
  /// True while `text` is the proposed default: the first typed character replaces it.
  var isDefault = false
  /// Why the last submitted text was refused (shown after it; cleared by typing).
  var error: String?

  var label: String {
    switch kind {
    case .issuer: "Issuer URL (empty: the token's iss): "
    case .token: "Token, or a file path: "
    case .export: "Export report to (.md or .json): "
    case .filter: "Filter claims: "
    case .command: ":"
    case .question(let q): q.text
    }
  }
}

/// A background job with its start time, for the spinner.
struct Job: Equatable, Sendable {
  var id: Int
  var label: String
  var started: Double
}

/// One fetch of the running check, for its spinner and elapsed time.
struct FetchLine: Equatable, Sendable {
  var url: String
  var started: Double
  /// Set when it finished: whether it returned HTTP 200, and its own elapsed seconds.
  var result: (ok: Bool, seconds: Double)?

  static func == (a: FetchLine, b: FetchLine) -> Bool {
    a.url == b.url && a.started == b.started && a.result?.ok == b.result?.ok && a.result?.seconds == b.result?.seconds
  }
}

/// A one-line message in the footer (copy results, export results, errors).
struct Flash: Equatable, Sendable {
  var text: String
  var isError: Bool
}

/// The whole state of the dashboard. `update` changes it; `view` draws it.
struct Model: Equatable, Sendable {
  var width = 80
  var height = 24
  var focus: PaneID = .findings
  var overlay: Overlay?
  var prompt: Prompt?
  var flash: Flash?
  var quit = false
  var isDemo = false

  /// Monotonic seconds (spinners) and wall-clock Unix seconds (relative times), from ticks.
  var clock: Double = 0
  var now: Int64 = 0

  /// What the operator gave: issuer, token and options. Nil until a token is loaded.
  var input: CheckInput?
  /// The options from the command line (audiences, wanted claims, saved documents, policy),
  /// used for every token loaded later.
  var baseOptions = CheckOptions()
  /// The issuer typed before a token arrived.
  var pendingIssuer: String?
  var jwt: JWT?
  var decodeError: TokenDecodeError?
  var outcome: CheckOutcome?
  var jobs: [Job] = []
  /// The fetches of the running (or last) check, in the order they started.
  var fetches: [FetchLine] = []
  var nextJobID = 1

  /// Precomputed rows for each pane (rebuilt when data changes, never per key).
  var rows = PaneRows()
  var lists: [PaneID: ListState] = [:]
  var claimFilter = ""

  var wizard = WizardPane.State()
  /// Hosts the operator was already asked about (`issuer-not-public`): asked once each.
  var askedHosts: Set<String> = []

  init() {}

  func list(_ pane: PaneID) -> ListState { lists[pane] ?? ListState() }

  /// The findings shown: the check's, sorted by severity.
  var findings: [Finding] { rows.findings }

  /// The issuer in use: the typed one, else the token's `iss`.
  var issuer: String? { input?.issuer ?? pendingIssuer ?? jwt?.iss }
}
