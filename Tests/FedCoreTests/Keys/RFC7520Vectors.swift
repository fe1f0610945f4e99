import Testing

/// Published test vectors of RFC 7520, "Examples of Protecting Content Using JOSE"
/// (the JOSE cookbook), copied exactly from the RFC's figures.
enum RFC7520 {
  /// §3.1 (Figure 1): the P-521 public key "bilbo.baggins@hobbiton.example".
  static let ecPublicKey = #"""
    {"kty":"EC","kid":"bilbo.baggins@hobbiton.example","use":"sig","crv":"P-521",
    "x":"AHKZLLOsCOzz5cY97ewNUajB957y-C-U88c3v13nmGZx6sYl_oJXu9A5RkTKqjqvjyekWF-7ytDyRXYgCF5cj0Kt",
    "y":"AdymlHvOiLxXkEhayXQnNCvDX4h9htZaCJN34kfmC6pV5OhQHiraVySsUdaQkAgDPrwQrJmbnX9cwlGfP-HqHZR1"}
    """#

  /// §3.3 (Figure 3): the RSA public key "bilbo.baggins@hobbiton.example".
  static let rsaPublicKey = #"""
    {"kty":"RSA","kid":"bilbo.baggins@hobbiton.example","use":"sig",
    "n":"n4EPtAOCc9AlkeQHPzHStgAbgs7bTZLwUBZdR8_KuKPEHLd4rHVTeT-O-XV2jRojdNhxJWTDvNd7nqQ0VEiZQHz_AJmSCpMaJMRBSFKrKb2wqVwGU_NsYOYL-QtiWN2lbzcEe6XC0dApr5ydQLrHqkHHig3RBordaZ6Aj-oBHqFEHYpPe7Tpe-OfVfHd1E6cS6M1FZcD1NNLYD5lFHpPI9bTwJlsde3uhGqC0ZCuEHg8lhzwOHrtIQbS0FVbb9k3-tVTU4fg_3L_vniUFAKwuCLqKnS2BYwdq_mzSnbLY7h_qixoR7jig3__kRhuaxwUkRz5iaiQkqgc5gHdrNP5zw",
    "e":"AQAB"}
    """#

  /// §4 (Figure 8): the base64url payload, "It’s a dangerous business, Frodo, …".
  static let payload =
    "SXTigJlzIGEgZGFuZ2Vyb3VzIGJ1c2luZXNzLCBGcm9kbywgZ29pbmcgb3V0IHlvdXIgZG9vci4gWW91IHN0ZXAgb250byB0aGUgcm9hZCwgYW5kIGlmIHlvdSBk"
    + "b24ndCBrZWVwIHlvdXIgZmVldCwgdGhlcmXigJlzIG5vIGtub3dpbmcgd2hlcmUgeW91IG1pZ2h0IGJlIHN3ZXB0IG9mZiB0by4"

  struct Signature: Sendable, CustomTestStringConvertible {
    var section: String
    var alg: String
    var protectedHeader: String
    var signature: String
    var key: String
    var testDescription: String { "RFC 7520 §\(section) \(alg)" }
    var signingInput: String { "\(protectedHeader).\(RFC7520.payload)" }
  }

  static let signatures: [Signature] = [
    // §4.1 RSA v1.5 Signature: Figure 10 (protected header) and Figure 12 (signature).
    Signature(
      section: "4.1", alg: "RS256",
      protectedHeader: "eyJhbGciOiJSUzI1NiIsImtpZCI6ImJpbGJvLmJhZ2dpbnNAaG9iYml0b24uZXhhbXBsZSJ9",
      signature:
        "MRjdkly7_-oTPTS3AXP41iQIGKa80A0ZmTuV5MEaHoxnW2e5CZ5NlKtainoFmKZopdHM1O2U4mwzJdQx996ivp83xuglII7PNDi84wnB-BDkoBwA78185hX-Es4J"
        + "IwmDLJK3lfWRa-XtL0RnltuYv746iYTh_qHRD68BNt1uSNCrUCTJDt5aAE6x8wW1Kt9eRo4QPocSadnHXFxnt8Is9UzpERV0ePPQdLuW3IS_de3xyIrDaLGdjluP"
        + "xUAhb6L2aXic1U12podGU0KLUQSE_oI-ZnmKJ3F4uOZDnd6QZWJushZ41Axf_fcIe8u9ipH84ogoree7vjbU5y18kDquDg",
      key: rsaPublicKey),
    // §4.2 RSA-PSS Signature: Figure 17 and Figure 19 (PSS is randomized, so this verifies only).
    Signature(
      section: "4.2", alg: "PS384",
      protectedHeader: "eyJhbGciOiJQUzM4NCIsImtpZCI6ImJpbGJvLmJhZ2dpbnNAaG9iYml0b24uZXhhbXBsZSJ9",
      signature:
        "cu22eBqkYDKgIlTpzDXGvaFfz6WGoz7fUDcfT0kkOy42miAh2qyBzk1xEsnk2IpN6-tPid6VrklHkqsGqDqHCdP6O8TTB5dDDItllVo6_1OLPpcbUrhiUSMxbbXU"
        + "vdvWXzg-UD8biiReQFlfz28zGWVsdiNAUf8ZnyPEgVFn442ZdNqiVJRmBqrYRXe8P_ijQ7p8Vdz0TTrxUeT3lm8d9shnr2lfJT8ImUjvAA2Xez2Mlp8cBE5awDzT"
        + "0qI0n6uiP1aCN_2_jLAeQTlqRHtfa64QQSUmFAAjVKPbByi7xho0uTOcbH510a6GYmJUAfmWjwZ6oD4ifKo8DYM-X72Eaw",
      key: rsaPublicKey),
    // §4.3 ECDSA Signature: Figure 24 and Figure 26 (raw r || s, 132 bytes for P-521).
    Signature(
      section: "4.3", alg: "ES512",
      protectedHeader: "eyJhbGciOiJFUzUxMiIsImtpZCI6ImJpbGJvLmJhZ2dpbnNAaG9iYml0b24uZXhhbXBsZSJ9",
      signature:
        "AE_R_YZCChjn4791jSQCrdPZCNYqHXCTZH0-JZGYNlaAjP2kqaluUIIUnC9qvbu9Plon7KRTzoNEuT4Va2cmL1eJAQy3mtPBu_u_sDDyYjnAMDxXPn7XrT0lw-kv"
        + "AD890jl8e2puQens_IEKBpHABlsbEPX6sFY8OcGDqoRuBomu9xQ2",
      key: ecPublicKey),
  ]

  /// RFC 7638 thumbprints of the cookbook keys, as other JOSE libraries publish them
  /// (computed independently here by the `jose` CLI as well, see ThumbprintTests).
  static let ecThumbprint = "dHri3SADZkrush5HU_50AoRhcKFryN-PI6jPBtPL55M"
  static let rsaThumbprintHex = "f63838e96077ad1fc01c3f8405774dedc0641f558ebb4b40dccf5f9b6d66a932"
}
