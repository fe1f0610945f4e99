#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One line naming the machine the figures come from.
enum Machine {
  static func describe() -> String {
    let cpu =
      (Inputs.read("/proc/cpuinfo") ?? "").split(separator: "\n")
      .first(where: { $0.hasPrefix("model name") })?.split(separator: ":").last.map { String($0.drop(while: { $0 == " " })) } ?? "?"
    let cores = sysconf(Int32(_SC_NPROCESSORS_ONLN))
    let load = (Inputs.read("/proc/loadavg") ?? "").split(separator: " ").prefix(3).joined(separator: " ")
    let kernel = Subprocess.run(["uname", "-r"], stderr: .null)?.output.split(separator: "\n").first.map(String.init) ?? "?"
    let ssl = Subprocess.run(["openssl", "version"], stderr: .null)?.output.split(separator: "\n").first.map(String.init) ?? "?"
    return "machine: \(cpu), \(cores) cores online, Linux \(kernel), load \(load); \(ssl)"
  }
}
