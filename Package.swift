// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "FedTUI",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "fedtui", targets: ["FedTUI"]),
    .library(name: "FedCore", targets: ["FedCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // System libraries: each a module map plus a small shim header (see ARCHITECTURE notes).
    .systemLibrary(
      name: "CCurses", pkgConfig: "ncursesw",
      providers: [.apt(["libncursesw5-dev"])]),
    // libcurl is not linked: CCurl's shim loads it on the first transfer (Sources/CCurl/lazy.h).
    .systemLibrary(
      name: "CCurl",
      providers: [.apt(["libcurl4-openssl-dev"])]),
    .systemLibrary(
      name: "CLibCrypto", pkgConfig: "libcrypto",
      providers: [.apt(["libssl-dev"])]),
    // libxml2 is not linked either: CLibXML's shim loads it on the first IAM/STS response read.
    .systemLibrary(
      name: "CLibXML",
      providers: [.apt(["libxml2-dev"])]),
    // The engine: no terminal code, no global state.
    .target(
      name: "FedCore",
      dependencies: ["CCurl", "CLibCrypto", "CLibXML"]),
    // The app and the CLI: the `fedtui` executable.
    .executableTarget(
      name: "FedTUI",
      dependencies: [
        "FedCore", "CCurses",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      plugins: ["BuildInfo"]),
    // Names the commit in `fedtui --version` (scripts/build-info).
    .plugin(name: "BuildInfo", capability: .buildTool()),
    // Benchmarks: `./dev bench` builds it in release and prints figures (never assertions).
    .executableTarget(
      name: "FedBench",
      dependencies: ["FedCore", "CLibCrypto"]),
    .testTarget(
      name: "FedCoreTests",
      dependencies: ["FedCore"]),
    .testTarget(
      name: "FedTUITests",
      dependencies: ["FedTUI", "FedCore"],
      exclude: ["Snapshots"]),
  ]
)
