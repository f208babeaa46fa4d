import ArgumentParser
import Foundation
import SentraKit

extension ReportLanguage: ExpressibleByArgument {
    /// `option` when given, else `$SENTRA_LANG` when it names a language, else Bahasa Indonesia.
    static func chosen(_ option: ReportLanguage?) -> ReportLanguage {
        if let option { return option }
        let env = ProcessInfo.processInfo.environment["SENTRA_LANG"] ?? ""
        return ReportLanguage(rawValue: String(env.lowercased().prefix(2))) ?? .id
    }

    /// The language `arguments` ask for (`--lang X` or `--lang=X`, the last one given), else as ``chosen(_:)``.
    static func fromCommandLine(_ arguments: [String]) -> ReportLanguage {
        var asked: ReportLanguage?
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count {
                asked = ReportLanguage(rawValue: arguments[index + 1]) ?? asked
            } else if argument.hasPrefix("--lang=") {
                asked = ReportLanguage(rawValue: String(argument.dropFirst("--lang=".count))) ?? asked
            }
        }
        return chosen(asked)
    }
}

/// Options every command shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Database file (default: $SENTRA_DB, else ./sentra.db).")
    var db: String?

    @Option(name: .long, help: "Seconds to wait for another writer before exiting 75.")
    var lockTimeout: Double = 10

    @Flag(name: .long, help: "Log details, including row values, to stderr.")
    var verbose = false

    @Flag(name: .shortAndLong, help: "No progress and no summary on stderr.")
    var quiet = false

    @Option(
        name: .long,
        help:
            "Language of what people read (tables, markdown, html, reasons): id | en (default: $SENTRA_LANG, else id).")
    var lang: ReportLanguage?

    /// `--lang`, else `$SENTRA_LANG` when it names a language, else Bahasa Indonesia.
    var language: ReportLanguage { ReportLanguage.chosen(lang) }

    var databasePath: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["SENTRA_DB"], !env.isEmpty { return env }
        return "sentra.db"
    }

    /// Opens the database; only imports create a missing one.
    func openStore(create: Bool = false) throws -> Store {
        try Store(path: databasePath, lockTimeout: lockTimeout, create: create)
    }
}

/// A command that works on the database, so `main` can read its global options (one `--verbose`).
protocol StoreCommand: ParsableCommand {
    var global: GlobalOptions { get }
}
