/// A rectangle of cells, and the few splits the layout needs.
struct Rect: Equatable, Sendable {
  var x: Int
  var y: Int
  var width: Int
  var height: Int

  var maxX: Int { x + width }
  var maxY: Int { y + height }
  var isEmpty: Bool { width <= 0 || height <= 0 }

  func intersection(_ o: Rect) -> Rect {
    let nx = max(x, o.x)
    let ny = max(y, o.y)
    return Rect(x: nx, y: ny, width: max(0, min(maxX, o.maxX) - nx), height: max(0, min(maxY, o.maxY) - ny))
  }

  /// Shrinks every side by `n`.
  func inset(_ n: Int) -> Rect {
    Rect(x: x + n, y: y + n, width: max(0, width - 2 * n), height: max(0, height - 2 * n))
  }

  /// The top `n` rows and the rest.
  func splitTop(_ n: Int) -> (Rect, Rect) {
    let h = min(max(0, n), height)
    return (Rect(x: x, y: y, width: width, height: h), Rect(x: x, y: y + h, width: width, height: height - h))
  }

  /// The bottom `n` rows and the rest (rest first).
  func splitBottom(_ n: Int) -> (Rect, Rect) {
    let h = min(max(0, n), height)
    return (Rect(x: x, y: y, width: width, height: height - h), Rect(x: x, y: maxY - h, width: width, height: h))
  }

  /// The left `n` columns and the rest.
  func splitLeft(_ n: Int) -> (Rect, Rect) {
    let w = min(max(0, n), width)
    return (Rect(x: x, y: y, width: w, height: height), Rect(x: x + w, y: y, width: width - w, height: height))
  }

  /// A rectangle of at most `w`×`h` centred in this one.
  func centered(width w: Int, height h: Int) -> Rect {
    let cw = min(w, width)
    let ch = min(h, height)
    return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
  }
}
