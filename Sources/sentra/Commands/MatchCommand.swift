import ArgumentParser
import SentraKit

struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Propose IKM suppliers for each need, ranked and explained.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions
    @OptionGroup var asOf: AsOfOption

    @Option(help: "Only needs of this OPD.")
    var opd: String?

    @Option(help: "Only needs of this fiscal year.")
    var year: Int?

    @Option(help: "Only this need (repeatable).")
    var need: [String] = []

    @Option(help: "Candidates per need.")
    var top: Int = 3

    @Flag(help: "Show every candidate's reasons in table and markdown output.")
    var explain = false

    func validate() throws {
        try outputOptions.validate(allowHTML: false)
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
        _ = try asOf.day
    }

    func run() throws {
        let store = try global.openStore()
        let query = NeedQuery(opdCode: opd, fiscalYear: year, needIDs: need)
        let (needs, catalog) = try store.read { db in
            let needs = try query.fetch(db)
            return (needs, try CatalogSnapshot.load(db, categories: Set(needs.map(\.category))))
        }
        store.cache(catalog)
        if !need.isEmpty {
            let missing = Set(need).subtracting(needs.map(\.id)).sorted()
            if !missing.isEmpty {
                throw SentraError(.usage, "no such need: \(missing.joined(separator: ", "))")
            }
        }
        var matcher = Matcher(catalog: catalog, asOf: try asOf.day, top: top)
        try outputOptions.stream { write in
            var report = MatchReport.Stream(format: outputOptions.resolvedFormat, explain: explain)
            try matcher.match(needs) { try write(report.add($0)) }
            try write(report.finish())
        }
    }
}
