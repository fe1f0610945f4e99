/// Target 5: in-process decode + verify throughput on one core against `openssl speed`.
enum ThroughputSection {
  static func run(_ options: Options, _ inputs: Inputs, _ report: inout Report) {
    report.note("throughput: not measured yet")
  }
}
