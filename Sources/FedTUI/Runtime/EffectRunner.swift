/// Performs effects: checks and file reads/writes as tasks off the UI thread, whose results
/// come back through the inbox; clipboard writes on the UI thread (they go to the terminal).
final class EffectRunner {
  let backend: CheckBackend
  let inbox: Inbox
  private var tasks: [Int: Task<Void, Never>] = [:]

  init(backend: CheckBackend, inbox: Inbox) {
    self.backend = backend
    self.inbox = inbox
  }

  func perform(_ effect: Effect, terminal: TerminalDevice) {
    let inbox = self.inbox
    switch effect {
    case .check(let job, let input):
      let backend = self.backend
      tasks[job] = Task.detached {
        let outcome = await backend.check(input, now: input.now ?? Clock.unix()) { progress in
          inbox.post(.fetchProgress(job: job, progress))
        }
        if !Task.isCancelled { inbox.post(.checkFinished(job: job, outcome)) }
      }
    case .cancel(let job):
      tasks.removeValue(forKey: job)?.cancel()
    case .readTokenFile(let path):
      Task.detached { inbox.post(.tokenFileRead(path: path, FileIO.read(path))) }
    case .writeFile(let path, let contents):
      Task.detached { inbox.post(.exported(path: path, FileIO.create(path, contents))) }
    case .replaceFile(let path, let contents):
      Task.detached { inbox.post(.exported(path: path, FileIO.replace(path, contents))) }
    case .copy(let text):
      inbox.post(.copied(terminal.copy(text)))
    case .quit:
      cancelAll()
    }
  }

  func cancelAll() {
    for task in tasks.values { task.cancel() }
    tasks.removeAll()
  }
}
