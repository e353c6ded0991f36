import Foundation
import PackagePlugin

/// Embeds the JSON files of a target's `Resources/` folder into the target as
/// raw string literals, so the library and the `yearbook` binary carry their
/// data wherever they are copied (no `Bundle.module` at run time).
@main
struct EmbedResources: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let resources = target.directoryURL.appending(path: "Resources")
    let names =
      (try? FileManager.default.contentsOfDirectory(atPath: resources.path(percentEncoded: false))) ?? []
    let inputs =
      names
      .filter { $0.hasSuffix(".json") }
      .sorted()
      .map { resources.appending(path: $0) }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) resource files into \(target.name)",
        executable: try context.tool(named: "EmbedResourcesTool").url,
        arguments: [output.path(percentEncoded: false)] + inputs.map { $0.path(percentEncoded: false) },
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }
}
