import ArgumentParser
import SentraKit

struct MatchCommand: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Propose IKM suppliers for each need, ranked and explained.",
        discussion: """
            Matches the needs imported with `import needs`, or one need asked with --describe \
            (not stored).

            Examples:
              sentra match --opd BTN-SETDA --as-of 2026-03-01 --explain
              sentra match --describe "snack box rapat" --quantity 300 --unit box \\
                --budget "Rp 9 juta" --region Cilegon --needed-by 15/01/2027 --cert halal
            """)

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

    @OptionGroup(title: "One need asked without a CSV (not stored)") var describe: DescribeOptions

    func validate() throws {
        try outputOptions.validate(allowHTML: false)
        guard top >= 1 else { throw Usage.error(.topAtLeastOne) }
        try describe.validate(alongside: opd != nil || year != nil || !need.isEmpty)
    }

    func run() throws {
        let store = try global.openStore()
        var session: MatchSession
        if let asked = try describe.need(asOf: asOf.day) {
            session = try MatchSession.open(store, describing: asked, asOf: asOf.day, top: top)
        } else {
            session = try MatchSession.open(
                store, query: NeedQuery(opdCode: opd, fiscalYear: year, needIDs: need), asOf: asOf.day, top: top)
        }
        for warning in session.warnings { Terminal.standardError.render(warning) }
        try outputOptions.stream { write in
            var report = MatchReport.Stream(
                format: outputOptions.resolvedFormat, explain: explain, language: global.language,
                width: outputOptions.width)
            try session.run { try write(report.add($0)) }
            try write(report.finish())
        }
        try outputOptions.writeProvenance {
            try store.read { try Provenance.load($0, asOf: asOf.day, filters: filters) }
        }
    }

    /// The scope, as the provenance sidecar lists it.
    private var filters: [String] {
        var filters = ["top=\(top)"]
        if let opd { filters.append("opd=\(opd)") }
        if let year { filters.append("year=\(year)") }
        filters += need.sorted().map { "need=\($0)" }
        if let text = describe.describe { filters.append("describe=\(text)") }
        return filters
    }
}
