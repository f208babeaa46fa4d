import ArgumentParser
import Foundation
import Logging
import SentraKit

@main
struct Sentra: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentra",
        abstract: "Help regional governments buy from their own small industries (IKM).",
        version: SentraVersion.string,
        subcommands: [
            ImportCommand.self, SuppliersCommand.self, MatchCommand.self, PlanCommand.self, ReportCommand.self,
            ExportCommand.self, HistoryCommand.self, CheckCommand.self,
        ])

    /// Runs the command and maps every error to the contract's exit codes, here and nowhere else.
    static func main() {
        // Logs go to stderr: warnings only, unless --verbose (then debug, row values included).
        let verbose = CommandLine.arguments.contains("--verbose")
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = verbose ? .debug : .warning
            return handler
        }
        do {
            var command = try parseAsRoot(hoistingGlobalOptions(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch let error as SentraError {
            Terminal.standardError.report(error)
            Foundation.exit(ExitStatus.code(for: error.kind))
        } catch {
            exit(withError: error)
        }
    }

    /// The contract puts global options before the command (`sentra --db x.db import …`);
    /// ArgumentParser reads a leaf command's options only after its name, so move them there.
    static func hoistingGlobalOptions(_ arguments: [String]) -> [String] {
        let withValue: Set<String> = ["--db", "--lock-timeout"]
        let flags: Set<String> = ["--verbose", "--quiet", "-q"]
        var hoisted: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let name = String(argument.split(separator: "=", maxSplits: 1).first ?? "")
            if withValue.contains(argument), index + 1 < arguments.count {
                hoisted += [argument, arguments[index + 1]]
                index += 2
            } else if withValue.contains(name) || flags.contains(argument) {
                hoisted.append(argument)
                index += 1
            } else {
                break
            }
        }
        guard !hoisted.isEmpty, index < arguments.count else { return arguments }
        // Keep nested subcommand names (`report compliance`) together before the options.
        var commandPath = [arguments[index]]
        var rest = Array(arguments[(index + 1)...])
        if arguments[index] == "report", let first = rest.first, !first.hasPrefix("-") {
            commandPath.append(first)
            rest.removeFirst()
        }
        return commandPath + hoisted + rest
    }
}
