import Foundation
import PackagePlugin

/// Writes `BuildInfo.swift` (the commit FedTUI is built from) before every build of a target,
/// so `fedtui --version` names its commit without a generated file in the repository.
/// `scripts/build-info` does the work and rewrites the file only when the commit changes.
@main
struct BuildInfoPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let output = context.pluginWorkDirectoryURL.appending(path: "generated")
    let script = context.package.directoryURL.appending(path: "scripts/build-info")
    return [
      .prebuildCommand(
        displayName: "FedTUI build info",
        executable: URL(fileURLWithPath: "/bin/sh"),
        arguments: [script.path, context.package.directoryURL.path, output.path],
        outputFilesDirectory: output)
    ]
  }
}
