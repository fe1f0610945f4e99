import CLibXML

/// Why a response could not be read as XML.
public enum XMLReadError: Error, Sendable, Equatable, CustomStringConvertible {
  /// libxml2 (`libxml2.so.2`) could not be loaded.
  case libraryUnavailable
  /// The bytes are not well-formed XML (libxml2 stopped with an error).
  case malformed
  /// More bytes or deeper nesting than any IAM or STS answer has.
  case tooLarge
  /// A document without a root element.
  case empty

  public var description: String {
    switch self {
    case .libraryUnavailable: "libxml2 (libxml2.so.2) could not be loaded: install libxml2"
    case .malformed: "the answer is not well-formed XML"
    case .tooLarge: "the answer is larger or deeper than any IAM or STS answer"
    case .empty: "the answer holds no XML element"
    }
  }
}

/// Parses XML with libxml2's streaming reader into an `XMLTree` tree. No network access, no
/// DTD loading and no entity substitution (libxml2 defaults kept, `XML_PARSE_NONET` set), with
/// a size and depth cap: the input is an untrusted server's answer.
public enum XMLReader {
  /// IAM answers (a role with a 2,048-character policy, URL-encoded) stay far below this.
  public static let maxBytes = 1 << 20
  public static let maxDepth = 32

  /// The document's root element.
  public static func parse(_ bytes: [UInt8]) -> Result<XMLTree, XMLReadError> {
    guard bytes.count <= maxBytes else { return .failure(.tooLarge) }
    guard bytes.contains(where: { $0 == UInt8(ascii: "<") }) else { return .failure(bytes.isEmpty ? .empty : .malformed) }
    guard initialized else { return .failure(.libraryUnavailable) }
    let options = Int32(FED_XML_PARSE_NONET | FED_XML_PARSE_NOERROR | FED_XML_PARSE_NOWARNING)
    let made = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { fed_xml_reader_for_memory($0.baseAddress, Int32($0.count), options) }
    }
    guard let reader = made else { return .failure(.malformed) }
    defer { fed_xml_free_reader(reader) }
    // The buffer must outlive the reader: keep `bytes` alive until the walk ends.
    return withExtendedLifetime(bytes) { walk(reader) }
  }

  /// libxml2 loaded and `xmlInitParser` run, once.
  static let initialized: Bool = fed_xml_available() != 0

  private static func walk(_ reader: UnsafeMutableRawPointer) -> Result<XMLTree, XMLReadError> {
    var stack: [XMLTree] = []
    var root: XMLTree?
    while true {
      let status = fed_xml_reader_read(reader)
      if status == 0 { break }
      guard status == 1 else { return .failure(.malformed) }
      switch fed_xml_reader_node_type(reader) {
      case Int32(FED_XML_READER_ELEMENT):
        let element = XMLTree(name: string(fed_xml_reader_local_name(reader)))
        if fed_xml_reader_is_empty_element(reader) == 1 {
          close(element, into: &stack, root: &root)
        } else {
          guard stack.count < maxDepth else { return .failure(.tooLarge) }
          stack.append(element)
        }
      case Int32(FED_XML_READER_TEXT), Int32(FED_XML_READER_CDATA):
        if !stack.isEmpty { stack[stack.count - 1].text += string(fed_xml_reader_value(reader)) }
      case Int32(FED_XML_READER_END_ELEMENT):
        guard let element = stack.popLast() else { return .failure(.malformed) }
        close(element, into: &stack, root: &root)
      default:
        continue
      }
    }
    guard stack.isEmpty else { return .failure(.malformed) }
    return root.map { .success($0) } ?? .failure(.empty)
  }

  private static func close(_ element: XMLTree, into stack: inout [XMLTree], root: inout XMLTree?) {
    if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(element) }
  }

  private static func string(_ pointer: UnsafePointer<UInt8>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
  }
}
