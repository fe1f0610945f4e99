/// Public data of the built-in demo (`fedtui demo`): the 2021 GitLab report, offline.
///
/// Generated once with Python `cryptography` (RSA-2048, RS256); only the public keys are kept.
/// The token is fake demo data signed by the "CI" key, whose JWK is served only at `/-/jwks`;
/// the discovery `jwks_uri` (`/oauth/discovery/keys`) holds only the "application" key, as
/// GitLab did before MR !73216.
enum DemoData {
  /// 2021-11-01T00:00:00Z.
  static let issuedAt: Int64 = 1_635_724_800

  /// A v1-shaped `CI_JOB_JWT`: bare-host `iss`, no `aud`, `sub` = `job_1212`, kid = the CI key.
  static let token =
    #"eyJhbGciOiJSUzI1NiIsImtpZCI6ImZuQXRnTlZKbmxLTTRUZnVpTEZrYTBWblhfMWVMd2s1TVBjM1VCN0VIc3ciLCJ0eXAiOiJK"#
    + #"V1QifQ.eyJuYW1lc3BhY2VfaWQiOiI3IiwibmFtZXNwYWNlX3BhdGgiOiJwbGF0Zm9ybSIsInByb2plY3RfaWQiOiI0MiIsInByb"#
    + #"2plY3RfcGF0aCI6InBsYXRmb3JtL2RlcGxveWVyIiwidXNlcl9pZCI6IjE3IiwidXNlcl9sb2dpbiI6Im9wcy1ib3QiLCJ1c2VyX"#
    + #"2VtYWlsIjoib3BzLWJvdEBnaXRsYWIuZXhhbXBsZS5jb20iLCJwaXBlbGluZV9pZCI6Ijg4MTIiLCJwaXBlbGluZV9zb3VyY2UiO"#
    + #"iJwdXNoIiwiam9iX2lkIjoiMTIxMiIsInJlZiI6Im1haW4iLCJyZWZfdHlwZSI6ImJyYW5jaCIsInJlZl9wcm90ZWN0ZWQiOiJ0c"#
    + #"nVlIiwianRpIjoiNmYxZDJjM2ItMGE0ZS00YzU5LTliOGUtMmQ3ZjFlMGM1YTExIiwiaXNzIjoiZ2l0bGFiLmV4YW1wbGUuY29tI"#
    + #"iwiaWF0IjoxNjM1NzI0ODAwLCJuYmYiOjE2MzU3MjQ3OTUsImV4cCI6MTYzNTcyODQwMCwic3ViIjoiam9iXzEyMTIifQ.G1G4we"#
    + #"bkKfBlaeA6xgjrqW2IFZYxvxs477e1fAUMjWvjVIkbEJD2HQJYjdoY9wmGJ72URMZ_-r0rj5OxxA3r9UnJsdpd8IHvmeAVViPUN9"#
    + #"xfGj7Ch7ZeIM_0FwRRNLSTADwvsBwSKTXOGz9yKgBKVHt7R2p1dwPB-p6Anm9ZddE_plJRz9aaVnNPjMbmxYb7H7sYPjLH4GkZCu"#
    + #"aSgGSI5dNdGIIrlEGR8X9vUDaxppH2hTzktciq86kNLE8pV1IVRASmUCloRjyCDqae5bm_cD9cFNbB2ebDz0_FDwDfZecRATbKdM"#
    + #"du8lmtQ0ni449fEYiM3ZNp6umqcWkCVPR9Yg"#

  /// The CI signing key (served at `/-/jwks`).
  static let ciKeyJWKS =
    #"{"keys":[{"kty":"RSA","kid":"fnAtgNVJnlKM4TfuiLFka0VnX_1eLwk5MPc3UB7EHsw","e":"AQAB","n":"qYk7YsGhK4"#
    + #"KF6fZCxLAQ3SYQqMSQCU9dv6scMW8-F19HkHNQDExyHDJcRxJWaJJ19g4kMzpfE3sEovpgUdNAB6u7yBK6JmU1ucrCcbITeUB9rT"#
    + #"CRScaGDIVj0HJ5tYmLYoiE7ZcyWqRovM-wYVP1thyee0xGlNh_LBw8cuFuh7r_rZNAT71kNEC-ozkg5uecMW7_2YHGc8iYXgW8Au"#
    + #"F1gnDLZeS5dkcLnD5xDZpDCSiAnwiyv7Z4qriJHoa5Z-NBtkxjIxR4DphDdbeQ8xV5fIc_39gR9sfF3Yy8D7d4bZSVOjcCRw1fx5"#
    + #"hn8XvUHehkat_2StAYPi205Tuwqg2nIQ","use":"sig","alg":"RS256"}]}"#

  /// The OAuth application key (served at the discovery `jwks_uri`).
  static let appKeyJWKS =
    #"{"keys":[{"kty":"RSA","kid":"Am7fpMEoajemBhYqap4I7dYBPQDGcoht-Za-MztTkXQ","e":"AQAB","n":"luXiw4Z94Q"#
    + #"zjI-SNcKGOV8AAJ5Kq7zxwtVbQnZOrLoK00CO6Ao2bgzj4ARUyPXdi2sCko-yvQgKgc2PG25dPL4b6edJ1c7Wiyf2kyfQI-R0I6V"#
    + #"mfDYjKdfnwK5QiWKHhOrPBGyzh6fNmjuAn30nuhVTSxc1dCNIKiCJy3rm6tA9FuQSsVi5tQXQE_Y3AAmcZ-uByuPV6THMJBTz_An"#
    + #"rep3sZTzEqu3ARjUle63pa1xv4gX4q-Kv_ot3DW-lTBbj8SA4OKi43qDx34rlcJbhBnh1HXxoaH3ti8w2JJfIi7Of6z1PNlvZrV_"#
    + #"OOOB204JgYL2CG2yXLoZYWy2toc_QJmQ","use":"sig","alg":"RS256"}]}"#

  /// The instance's discovery document.
  static let discovery =
    #"{"issuer":"https://gitlab.example.com","authorization_endpoint":"https://gitlab.example.com/oauth/au"#
    + #"thorize","token_endpoint":"https://gitlab.example.com/oauth/token","userinfo_endpoint":"https://gitl"#
    + #"ab.example.com/oauth/userinfo","jwks_uri":"https://gitlab.example.com/oauth/discovery/keys","scopes_"#
    + #"supported":["api","read_user","openid","profile","email"],"response_types_supported":["code"],"subje"#
    + #"ct_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]}"#
}
