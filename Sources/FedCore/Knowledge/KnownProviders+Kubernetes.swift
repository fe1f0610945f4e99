/// EKS (IRSA) and other Kubernetes service-account token issuers.
extension KnownProviders {
  /// `sub` of every projected service-account token (Kubernetes docs, "Service account token volume projection").
  public static let kubernetesSubPrefix = "system:serviceaccount:"

  /// Why "No OpenIDConnect provider found" usually appears for an EKS cluster, and the fix.
  public static let eksNoProviderFix =
    "The usual cause on EKS is that no IAM OIDC provider was ever created for the cluster: create it with "
    + "eksctl utils associate-iam-oidc-provider --cluster <name> --approve, or aws iam create-open-id-connect-provider "
    + "--url <the cluster's issuer> --client-id-list sts.amazonaws.com (in the role's account)."

  /// EKS IRSA and Kubernetes service-account issuers: `aud` is the one-element array
  /// `["sts.amazonaws.com"]` (accepted by STS), `sub` is `system:serviceaccount:<namespace>:<name>`.
  public static let kubernetes = ProviderProfile(
    kind: .kubernetes, name: "EKS / Kubernetes service account", issuerExample: "https://oidc.eks.<region>.amazonaws.com/id/<ID>",
    issuerPattern: "https://oidc.eks.<region>.amazonaws.com/id/<ID> | any Kubernetes --service-account-issuer",
    defaultAudience: "sts.amazonaws.com", subFormat: "system:serviceaccount:{namespace}:{service-account}",
    subScopePrefixes: [kubernetesSubPrefix], subCustomization: nil, sessionTagsRoute: nil, alternateKeyPaths: ["/keys"],
    conditionableClaims: ["aud", "sub"], unconfirmedConditionableClaims: defaultTabUnconfirmed, sharedIssuer: false,
    requiredPolicyClaims: [],
    sources: [
      "AWS EKS User Guide 'IAM roles for service accounts' (issuer oidc.eks.<region>.amazonaws.com/id/<ID>, aud sts.amazonaws.com)",
      "Kubernetes docs 'Service account token volume projection' (sub system:serviceaccount:<ns>:<name>)",
      "decoded IRSA tokens in public write-ups: aud is [\"sts.amazonaws.com\"] and STS accepts it",
    ])

  /// True for an EKS cluster issuer (`oidc.eks.<region>.amazonaws.com[.cn]/id/<ID>`).
  static func isEKS(host: String, path: String) -> Bool {
    host.hasPrefix("oidc.eks.") && (host.hasSuffix(".amazonaws.com") || host.hasSuffix(".amazonaws.com.cn")) && path.hasPrefix("/id/")
  }

  /// True when the claims are a Kubernetes service-account token's (`sub` prefix or the `kubernetes.io` claim).
  static func hasKubernetesShape(_ claims: JSONValue) -> Bool {
    claims["kubernetes.io"] != nil || (claims["sub"]?.stringValue?.hasPrefix(kubernetesSubPrefix) ?? false)
  }
}
