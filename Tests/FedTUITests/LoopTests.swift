import FedCore
import Testing

@testable import FedTUI

/// The whole loop against an in-memory terminal: scripted keys, the effect runner, background
/// checks posting back through the inbox, and the screens drawn. The loop runs on its own
/// thread (`UIThread`), as in the app, so background checks keep the cooperative pool.
@Suite struct LoopTests {
  final class Outcome: @unchecked Sendable {
    var model = Model()
    var screens: [Screen] = []
    var copies: [String] = []
    var started = true
  }

  static func run(_ model: Model, script: [[Msg]], initial: [Effect] = [], size: (Int, Int) = (80, 24)) async -> (Int32, Outcome) {
    let outcome = Outcome()
    let start = DashboardLauncher.Start(model: model, initial: initial)
    let code = await UIThread.run {
      let terminal = MemoryTerminal(width: size.0, height: size.1, script: script)
      let loop = Loop(model: start.model, terminal: terminal, backend: OfflineBackend(snapshot: DemoScenario.snapshot))
      terminal.isBusy = { [unowned loop] in !loop.model.jobs.isEmpty }
      let code = (try? loop.run(initial: start.initial)) ?? -1
      outcome.model = loop.model
      outcome.screens = terminal.screens
      outcome.copies = terminal.copies
      outcome.started = terminal.started
      return code
    }
    return (code, outcome)
  }

  /// Waits (as a quiet terminal) until the background check is done, up to ~60 s: idle batches
  /// are skipped as soon as no job runs, so the bound only matters on a loaded machine, where the
  /// whole suite shares two cores with other builds.
  static let idle: [[Msg]] = Array(repeating: [], count: 3000)

  @Test func refetchRunsInTheBackgroundAndTheResultIsDrawn() async throws {
    var script: [[Msg]] = [[.key(.char("r"))]]
    script += Self.idle
    script += [[.key(.char("y"))], [.key(.char("q"))]]
    let (code, out) = await Self.run(.demo(), script: script)
    #expect(code == 0 && !out.started && out.model.quit)
    // The spinner was drawn while the check ran, then the verdict again.
    #expect(out.screens.contains { $0.line(0).contains("diagnosing") })
    let last = try #require(out.screens.last)
    #expect(last.text.contains("AWS would REJECT") && last.text.contains("jwks-kid-not-found"))
    #expect(out.copies == [out.model.findings[0].id.rawValue])
  }

  @Test func initialEffectsStartAfterTheFirstFrame() async throws {
    var model = Model.empty()
    model.prompt = nil
    let effects = App.update(&model, .paste(DemoScenario.token))
    let (code, out) = await Self.run(model, script: Self.idle + [[.key(.char("q"))]], initial: effects, size: (100, 30))
    #expect(code == 0)
    #expect(out.screens.first?.text.contains("Checking…") == true)
    #expect(out.model.jobs.isEmpty)
    #expect(out.model.findings.contains { $0.id == .audMissing })
  }
}
