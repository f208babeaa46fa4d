import ArgumentParser
import Foundation
import Logging
import SentraKit

@main
struct Sentra: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentra",
        abstract: "Help regional governments buy from their own small industries (IKM).",
        discussion: """
            Options every command takes (before or after the command's name):
              --db PATH         the database (default: $SENTRA_DB, else ./sentra.db);
                                only import creates one
              --lang id|en      language of tables, markdown, html and reasons
                                (default: $SENTRA_LANG, else id); json, ndjson and
                                csv never change with it
              --lock-timeout S  seconds to wait for another writer (default 10)
              --verbose, -q     more detail on stderr (row values included), or none

            Exit codes (sysexits, for cron jobs):
              0 done             3 an OPD below --fail-under     64 usage
              65 data rejected (database unchanged)     66 input unreadable
              73 cannot create   74 I/O error   75 database busy (safe to retry)

            Example:
              sentra --db pengadaan.db import suppliers pemasok.csv
              sentra --db pengadaan.db match --describe "snack box rapat" \\
                --quantity 300 --unit box --budget "Rp 9 juta" --region Cilegon \\
                --needed-by 15/01/2027 --cert halal --explain

            `make install` also installs a man page (man sentra) and bash, zsh and
            fish completions.
            """,
        version: SentraVersion.string,
        subcommands: [
            ImportCommand.self, SuppliersCommand.self, MatchCommand.self, PlanCommand.self, ReportCommand.self,
            ExportCommand.self, TemplateCommand.self, HistoryCommand.self, CheckCommand.self, SiteCommand.self,
        ])

    /// Runs the command and maps every error to the contract's exit codes, here and nowhere else.
    static func main() {
        do {
            let arguments = Array(CommandLine.arguments.dropFirst())
            try checkHelpTopic(arguments)
            var command = try parseAsRoot(hoistingGlobalOptions(arguments))
            // Logs go to stderr: warnings only, unless --verbose (then debug, row values included).
            let verbose = (command as? any StoreCommand)?.global.verbose ?? false
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = verbose ? .debug : .warning
                return handler
            }
            try command.run()
        } catch let error as SentraError {
            Terminal.standardError.report(error)
            Foundation.exit(ExitStatus.code(for: error.kind))
        } catch {
            exit(withError: error)
        }
    }

    /// `sentra help NAME…` for a command that does not exist is a usage error (exit 64), not help
    /// and success: a script that misspells a command must see it fail.
    static func checkHelpTopic(_ arguments: [String]) throws {
        guard arguments.first == "help" else { return }
        var children: [ParsableCommand.Type] = configuration.subcommands
        for name in arguments.dropFirst() {
            if name.hasPrefix("-") { continue }
            var found: ParsableCommand.Type?
            for child in children where child._commandName == name { found = child }
            guard let command = found else {
                let known = children.map { $0._commandName }.joined(separator: ", ")
                throw SentraError(.usage, .helpNoCommand, name, known)
            }
            children = command.configuration.subcommands
        }
    }

    /// The contract puts global options before the command (`sentra --db x.db import …`);
    /// ArgumentParser reads a leaf command's options only after its name, so move them there.
    static func hoistingGlobalOptions(_ arguments: [String]) -> [String] {
        let withValue: Set<String> = ["--db", "--lock-timeout", "--lang"]
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
        var commandPath: [String] = []
        var rest = Array(arguments[index...])
        var children = configuration.subcommands
        while let name = rest.first, let child = children.first(where: { $0._commandName == name }) {
            commandPath.append(name)
            rest.removeFirst()
            children = child.configuration.subcommands
        }
        return commandPath + hoisted + rest
    }
}
