/// The one loop: terminal input and background results arrive as messages; `update` runs;
/// effects go to the runner; `view` renders and the terminal writes the diff. Runs entirely on
/// the calling thread, which is the only one that touches the terminal.
final class Loop {
  let terminal: TerminalDevice
  let runner: EffectRunner
  let inbox: Inbox
  private(set) var model: Model

  init(model: Model, terminal: TerminalDevice, backend: CheckBackend) {
    self.model = model
    self.terminal = terminal
    inbox = Inbox()
    runner = EffectRunner(backend: backend, inbox: inbox)
  }

  /// Runs until quit or a signal; returns the exit status. `initial` effects (a check for
  /// `--token-file`) start right after the first frame.
  func run(initial: [Effect] = []) throws -> Int32 {
    try terminal.start()
    defer {
      runner.cancelAll()
      terminal.stop()
    }
    let size = terminal.size
    dispatch(.resize(width: size.width, height: size.height))
    dispatch(.tick(clock: Clock.monotonic(), now: Clock.unix()))
    terminal.draw(View.render(model))
    for effect in initial { runner.perform(effect, terminal: terminal) }
    while !model.quit {
      if let signal = Signals.pending() { return 128 + signal }
      let messages = terminal.read(timeoutMs: model.jobs.isEmpty ? 250 : 80) + inbox.drain()
      for msg in messages { dispatch(msg) }
      dispatch(.tick(clock: Clock.monotonic(), now: Clock.unix()))
      if model.quit { break }
      terminal.draw(View.render(model))
    }
    return 0
  }

  func dispatch(_ msg: Msg) {
    for effect in App.update(&model, msg) { runner.perform(effect, terminal: terminal) }
  }
}
