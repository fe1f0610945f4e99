/// The benchmark table: one row per measured figure, with the spread and, where there is a
/// target, the comparison and whether it is met.
struct Report {
  struct Row {
    var section: String
    var name: String
    var median: String
    var spread: String
    var n: String
    var target: String
    var status: String
  }

  var rows: [Row] = []
  var notes: [String] = []

  /// A timing row: median and p10–p90 of `stats`, in `unit`.
  mutating func add(
    _ section: String, _ name: String, _ stats: Stats, unit: String, digits: Int = 2, target: String = "",
    pass: Bool? = nil
  ) {
    rows.append(
      Row(
        section: section, name: name, median: fmt(stats.median, digits) + " " + unit,
        spread: fmt(stats.p10, digits) + "–" + fmt(stats.p90, digits), n: String(stats.count), target: target,
        status: pass.map { $0 ? "PASS" : "MISS" } ?? ""))
    printRow(rows.last!)
  }

  mutating func note(_ text: String) {
    notes.append(text)
    emit("  note: " + text)
  }

  static let header = Row(
    section: "section", name: "measure", median: "median", spread: "p10–p90", n: "n", target: "target",
    status: "")

  func format(_ row: Row) -> String {
    pad(row.section, 10) + " " + pad(row.name, 50) + " " + pad(row.median, 14, right: true) + "  "
      + pad(row.spread, 19) + " " + pad(row.n, 5, right: true) + "  " + pad(row.target, 24) + " " + row.status
  }

  func printRow(_ row: Row) {
    emit(format(row))
  }

  func printTable() {
    emit("")
    emit("== FedTUI benchmark summary (medians; spread = 10th–90th percentile) ==")
    emit(format(Self.header))
    for row in rows { emit(format(row)) }
    if !notes.isEmpty {
      emit("")
      for note in notes { emit("note: " + note) }
    }
  }
}
