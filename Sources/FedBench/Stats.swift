/// Order statistics of a sample: what every row of the benchmark table reports.
struct Stats {
  let sorted: [Double]

  init(_ samples: [Double]) { sorted = samples.sorted() }

  var count: Int { sorted.count }

  /// The `p`-quantile (0...1) by linear interpolation between order statistics.
  func quantile(_ p: Double) -> Double {
    guard !sorted.isEmpty else { return .nan }
    let position = p * Double(sorted.count - 1)
    let low = Int(position.rounded(.down))
    let high = Swift.min(low + 1, sorted.count - 1)
    let fraction = position - Double(low)
    return sorted[low] + (sorted[high] - sorted[low]) * fraction
  }

  var median: Double { quantile(0.5) }
  var p10: Double { quantile(0.1) }
  var p90: Double { quantile(0.9) }
  var p99: Double { quantile(0.99) }
  var min: Double { sorted.first ?? .nan }
  var max: Double { sorted.last ?? .nan }
}

/// Paired ratios a[i] / b[i] of two interleaved series (same round, same machine state).
func pairedRatios(_ a: [Double], _ b: [Double]) -> Stats {
  Stats(zip(a, b).map { $0 / $1 })
}

/// Formats a number with `digits` decimals, without Foundation.
func fmt(_ value: Double, _ digits: Int = 2) -> String {
  guard value.isFinite else { return "-" }
  var scale = 1.0
  for _ in 0..<digits { scale *= 10 }
  let rounded = (abs(value) * scale).rounded()
  let whole = Int(rounded / scale)
  var text = (value < 0 && rounded > 0 ? "-" : "") + String(whole)
  if digits > 0 {
    let fraction = Int(rounded - Double(whole) * scale)
    var digitsText = String(fraction)
    while digitsText.count < digits { digitsText = "0" + digitsText }
    text += "." + digitsText
  }
  return text
}

/// Pads `text` to `width` columns (left- or right-aligned).
func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
  let fill = String(repeating: " ", count: Swift.max(0, width - text.count))
  return right ? fill + text : text + fill
}
