/// One element of a parsed XML document: its local name (namespace prefixes dropped, as the
/// IAM and STS Query API responses use a single default namespace), its text and its children.
public struct XMLTree: Sendable, Equatable {
  public var name: String
  /// The concatenated text and CDATA directly inside this element.
  public var text: String
  public var children: [XMLTree]

  public init(name: String, text: String = "", children: [XMLTree] = []) {
    self.name = name
    self.text = text
    self.children = children
  }

  /// The first child with this name.
  public func child(_ name: String) -> XMLTree? { children.first { $0.name == name } }

  /// Every child with this name, in document order.
  public func children(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }

  /// The element at this path of child names (`["GetRoleResult", "Role"]`).
  public func path(_ names: String...) -> XMLTree? { path(names) }

  public func path(_ names: [String]) -> XMLTree? {
    var node = self
    for name in names {
      guard let next = node.child(name) else { return nil }
      node = next
    }
    return node
  }

  /// The trimmed text of the child at this path, nil when it is absent.
  public func string(_ names: String...) -> String? { path(names).map { $0.trimmedText } }

  /// The text without surrounding whitespace (pretty-printed responses indent their values).
  public var trimmedText: String {
    var view = Substring(text)
    while let c = view.first, c.isWhitespace { view.removeFirst() }
    while let c = view.last, c.isWhitespace { view.removeLast() }
    return String(view)
  }
}
