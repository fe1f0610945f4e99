/// A JSON value that keeps object member order and the exact JSON type of every value,
/// so that findings can say "`exp` is a float" or "`ref_protected` is the string \"true\"".
public enum JSONValue: Sendable, Equatable {
  case string(String)
  /// A number written without fraction or exponent that fits in 64 bits.
  case integer(Int64)
  /// Any other number (fraction, exponent, or out of 64-bit range).
  case float(Double)
  case bool(Bool)
  case null
  case array([JSONValue])
  /// Members in document order. Duplicate names are kept as written; lookups take the last.
  case object([JSONMember])

  /// The JSON type name used in evidence ("string", "integer", "float", ...).
  public var typeName: String {
    switch self {
    case .string: "string"
    case .integer: "integer"
    case .float: "float"
    case .bool: "boolean"
    case .null: "null"
    case .array: "array"
    case .object: "object"
    }
  }

  public var stringValue: String? { if case .string(let s) = self { s } else { nil } }
  public var integerValue: Int64? { if case .integer(let i) = self { i } else { nil } }
  public var boolValue: Bool? { if case .bool(let b) = self { b } else { nil } }
  public var arrayValue: [JSONValue]? { if case .array(let a) = self { a } else { nil } }
  public var objectMembers: [JSONMember]? { if case .object(let o) = self { o } else { nil } }

  /// Numeric value of an integer or float.
  public var numberValue: Double? {
    switch self {
    case .integer(let i): Double(i)
    case .float(let d): d
    default: nil
    }
  }

  /// The value of the last member named `key`, when this is an object.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.last(where: { $0.name == key })?.value
  }
}

/// One `name: value` member of a JSON object.
public struct JSONMember: Sendable, Equatable {
  public var name: String
  public var value: JSONValue
  public init(_ name: String, _ value: JSONValue) {
    self.name = name
    self.value = value
  }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
  ExpressibleByArrayLiteral, ExpressibleByNilLiteral, ExpressibleByFloatLiteral
{
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int64) { self = .integer(value) }
  public init(floatLiteral value: Double) { self = .float(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
  public init(nilLiteral: ()) { self = .null }
}
