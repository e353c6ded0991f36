import Foundation

exit(YearbookCommand.run(Array(CommandLine.arguments.dropFirst())))
