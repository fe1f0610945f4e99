/// FedTUI's version, shown by `fedtui --version` and in reports.
public enum FedTUIVersion {
  public static let current = "0.1.0"
}
