import FedCore

/// `policy generate --token-file`: the token's inference (the caller writes its reasons to stderr
/// once the policy is valid, so that a usage error stays one line).
enum GenerateFromToken {
  static func infer(path: String, partition: AWSPartition?) throws -> PolicyInference {
    let token: JWT
    switch TokenDecoder.decode(try PolicyInputFile.read(path, flag: "--token-file")) {
    case .success(let t): token = t
    case .failure(let e): throw UsageError(message: "--token-file \(path): \(e.message)")
    }
    switch PolicyInferencer.infer(token, partition: partition) {
    case .success(let inference): return inference
    case .failure(let failure): throw UsageError(message: "--token-file \(path): \(failure.message)")
    }
  }
}

/// `--role-arn arn:<partition>:iam::<account>:role/[path/]<name>`, split into its parts.
struct GenerateRoleFlag {
  var arn: String
  var partition: AWSPartition
  var account: String
  var name: String

  static func parse(_ arn: String) throws -> GenerateRoleFlag {
    let fields = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
    let shown = TextSafety.escaped(String(arn.prefix(80)))
    guard fields.count == 6, fields[0] == "arn", fields[2] == "iam", fields[3].isEmpty, fields[5].hasPrefix("role/"),
      let partition = AWSPartition(rawValue: fields[1]), let name = fields[5].split(separator: "/").last.map(String.init),
      fields[5].count > "role/".count
    else {
      throw UsageError(message: "--role-arn: not a role ARN (arn:<partition>:iam::<account>:role/<name>): \(shown)")
    }
    return GenerateRoleFlag(arn: arn, partition: partition, account: fields[4], name: name)
  }
}
