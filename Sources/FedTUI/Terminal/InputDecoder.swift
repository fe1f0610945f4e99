import FedCore

/// Turns the terminal's input stream into messages: plain characters, escape sequences
/// ncurses did not translate (Shift-Tab, Alt), and bracketed paste (`ESC [200~ … ESC [201~`).
/// Pure and fed one unit at a time, so it is tested without a terminal.
struct InputDecoder {
  /// One unit from the terminal: a character, or a key ncurses already decoded.
  enum Unit: Equatable {
    case scalar(UInt32)
    case key(Key)
    case resize
  }

  private enum State: Equatable {
    case normal
    case escape(String)
    case paste
  }

  private var state = State.normal
  /// The paste so far, outside `state` so appending is amortised O(1) (a payload bound out of
  /// an enum is a copy: appending to it copied the whole paste for every character).
  private var pasted = String.UnicodeScalarView()
  private var pastedCount = 0
  /// The last scalars received in a paste, kept or not: the end marker is seen even past the cap.
  private var pasteTail: [Unicode.Scalar] = []
  private static let pasteEndScalars = Array(pasteEnd.unicodeScalars)
  static let pasteStart = "[200~"
  static let pasteEnd = "\u{1B}[201~"
  /// Pastes are capped (a token is at most 20,000 characters; keep a margin).
  static let pasteLimit = Limits.tokenBytes

  var isIdle: Bool { state == .normal }

  /// Feeds one unit; returns the messages it completes.
  mutating func feed(_ unit: Unit) -> [Msg] {
    switch (state, unit) {
    case (.paste, .scalar(let v)):
      return pasteScalar(v)
    case (.paste, _):
      return []
    case (.escape(let seq), .scalar(let v)):
      return escape(seq, v)
    case (.escape, .key(let key)):
      state = .normal
      return [.key(.escape), .key(key)]
    case (_, .resize):
      state = .normal
      return []
    case (.normal, .key(let key)):
      return [.key(key)]
    case (.normal, .scalar(let v)):
      if v == 27 {
        state = .escape("")
        return []
      }
      return Self.key(forScalar: v).map { [.key($0)] } ?? []
    }
  }

  /// One scalar of a bracketed paste: kept up to `pasteLimit`; the end marker always ends it.
  private mutating func pasteScalar(_ v: UInt32) -> [Msg] {
    guard let s = Unicode.Scalar(v) else { return [] }
    pasteTail.append(s)
    if pasteTail.count > Self.pasteEndScalars.count { pasteTail.removeFirst() }
    if pastedCount < Self.pasteLimit {
      pasted.append(s)
      pastedCount += 1
    }
    guard pasteTail == Self.pasteEndScalars else { return [] }
    state = .normal
    // Drop the stored part of the end marker (all of it, or the start of it when the cap cut it).
    var text = pasted
    for k in stride(from: Self.pasteEndScalars.count, through: 1, by: -1)
    where text.count >= k && Array(text.suffix(k)) == Array(Self.pasteEndScalars.prefix(k)) {
      text.removeLast(k)
      break
    }
    (pasted, pastedCount, pasteTail) = (String.UnicodeScalarView(), 0, [])
    return [.paste(String(text))]
  }

  /// Input went quiet: a lone ESC was the Escape key.
  mutating func idle() -> [Msg] {
    if case .escape(let seq) = state {
      state = .normal
      return seq.isEmpty ? [.key(.escape)] : []
    }
    return []
  }

  private mutating func escape(_ seq: String, _ v: UInt32) -> [Msg] {
    guard let s = Unicode.Scalar(v) else { return [] }
    let next = seq + String(Character(s))
    if next == Self.pasteStart {
      state = .paste
      (pasted, pastedCount, pasteTail) = (String.UnicodeScalarView(), 0, [])
      return []
    }
    if next.count == 1, next != "[", next != "O" {
      // Not a sequence: the Escape key, then this key (typed quickly, or sent together).
      if v == 27 { return [.key(.escape)] }
      state = .normal
      return [.key(.escape)] + (Self.key(forScalar: v).map { [.key($0)] } ?? [])
    }
    // CSI / SS3 sequences end with a byte in 0x40...0x7E (after the introducer).
    if next.count >= 2, (0x40...0x7E).contains(v) {
      state = .normal
      return Self.sequences[next].map { [.key($0)] } ?? []
    }
    state = next.count > 16 ? .normal : .escape(next)
    return []
  }

  static let sequences: [String: Key] = [
    "[A": .up, "[B": .down, "[C": .right, "[D": .left, "OA": .up, "OB": .down, "OC": .right, "OD": .left,
    "[Z": .backTab, "[H": .home, "[F": .end, "[5~": .pageUp, "[6~": .pageDown, "[3~": .delete,
  ]

  /// Plain characters and control keys.
  static func key(forScalar v: UInt32) -> Key? {
    switch v {
    case 9: return .tab
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case 1...26: return .ctrl(Character(Unicode.Scalar(v + 96)!))
    case 0, 28...31: return nil
    default:
      guard let s = Unicode.Scalar(v), !TextSafetyGate.isControl(s) else { return nil }
      return .char(Character(s))
    }
  }
}

/// C1 controls and other scalars that must never become typed text.
enum TextSafetyGate {
  static func isControl(_ s: Unicode.Scalar) -> Bool { (0x80...0x9F).contains(s.value) || s.value == 0x7F }
}
