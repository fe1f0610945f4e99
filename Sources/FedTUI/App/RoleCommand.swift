import FedCore

extension App {
  /// `:role ARN`: the checks read this role's deployed side from AWS (read-only). A bad ARN is
  /// refused with the field at fault; the loaded token is checked again at once.
  static func setRole(_ m: inout Model, _ text: String) -> [Effect] {
    let arn = text.trimmingSpaces
    if case .failure(let invalid) = RoleARN.parse(arn) {
      m.flash = Flash(text: "role: \(TextSafety.escaped(invalid.reason))", isError: true)
      return []
    }
    guard var input = m.input, !input.token.isEmpty else {
      m.flash = Flash(text: "Load a token first (p pastes one), then :role ARN", isError: true)
      return []
    }
    input.roleARN = arn
    m.input = input
    m.flash = Flash(text: "Role set: the next checks read it from AWS (read-only)", isError: false)
    return startCheck(&m)
  }
}
