/// Target 3: `fedtui demo` start to first complete frame, and keypress → frame latency.
enum DashboardSection {
  static func run(_ options: Options, _ inputs: Inputs, _ report: inout Report) {
    report.note("dashboard: not measured yet")
  }
}
