import Foundation
import Testing

/// Start-up budget guards (BENCHMARKS.md): the `fedtui` binary must not load full Foundation
/// (ICU) or libcurl when it starts — libcurl is opened on the first transfer (`CCurl/lazy.h`).
/// Checked on the shared objects the dynamic loader maps at start (`ldd`), so a new
/// `import Foundation` or a linked libcurl fails here, not in a benchmark.
@Suite struct StartupLinkageTests {
  static func loadedObjects() throws -> [String] {
    let output = try Spawn.run(["ldd", EndToEndTests.binary], captureOutput: true)
    return output.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
  }

  @Test(arguments: ["libcurl", "libicu", "libFoundation.so", "libFoundationInternationalization", "lib_FoundationICU", "libgnutls"])
  func notLoadedAtStart(library: String) throws {
    let objects = try Self.loadedObjects()
    #expect(!objects.isEmpty)
    #expect(!objects.contains { $0.hasPrefix(library) }, "\(library) is mapped at start: \(objects)")
  }
}
