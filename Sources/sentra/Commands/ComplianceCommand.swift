import ArgumentParser
import SentraKit

extension ComplianceMetric: ExpressibleByArgument {}
extension ComplianceGrouping: ExpressibleByArgument {}
extension ComplianceStage: ExpressibleByArgument {}

struct ComplianceCommand: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "compliance",
        abstract: "Share of each OPD's spend that went to small businesses, against the target.",
        discussion: """
            Example:
              sentra --db pengadaan.db report compliance --year 2026 --fail-under 40 --format html --output kepatuhan.html
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions
    @OptionGroup var asOf: AsOfOption

    @Option(help: "Fiscal year (default: the latest year with spend).")
    var year: Int?

    @Option(help: "Quarter 1-4.")
    var quarter: Int?

    @Option(help: "Only this OPD.")
    var opd: String?

    @Option(help: "opd | category | month | program")
    var by: ComplianceGrouping = .opd

    @Option(help: "umkk (default, target 40) | ikm (40) | pdn (95)")
    var metric: ComplianceMetric = .umkk

    @Option(help: "realised (default: spend) | planned (RUP pagu marked UKM, per OPD; from import lkpp)")
    var stage: ComplianceStage = .realised

    @Option(help: "Target percentage (default: the metric's).", transform: OptionValue.percent)
    var target: Percent?

    @Option(
        help: "With --by program: a program's own target, PROGRAM=PCT (repeatable), e.g. samsat-reward=100.",
        transform: OptionValue.programTarget)
    var programTarget: [(String, Percent)] = []

    @Option(help: "Exit 3 when any OPD in scope is below PCT.", transform: OptionValue.percent)
    var failUnder: Percent?

    func validate() throws {
        try outputOptions.validate(allowHTML: true, allowXLSX: true)
        if let quarter, !(1...4).contains(quarter) { throw Usage.error(.quarterRange) }
        if stage == .planned && (by != .opd || metric != .umkk || quarter != nil) {
            throw Usage.error(.stagePlannedAlone)
        }
        if !programTarget.isEmpty && by != .program { throw Usage.error(.programTargetNeedsBy) }
    }

    func run() throws {
        var query = ComplianceQuery()
        query.year = year
        query.quarter = quarter
        query.opdCode = opd
        query.grouping = by
        query.metric = metric
        query.stage = stage
        query.target = target
        query.programTargets = Dictionary(programTarget, uniquingKeysWith: { _, last in last })
        let report = try ComplianceRun.run(try global.openStore(), query: query, asOf: try asOf.day)
        for warning in report.warnings { Terminal.standardError.render(warning) }
        if outputOptions.wantsWorkbook {
            try ComplianceWorkbook.write(
                report.rows, query: query, provenance: report.provenance, language: global.language,
                path: outputOptions.workbookPath)
            try outputOptions.writeProvenance { report.provenance }
            if let failUnder { try report.judge(failUnder: failUnder) }
            return
        }
        try outputOptions.emit(
            ComplianceReport.render(
                report.rows, query: query, format: outputOptions.resolvedFormat, provenance: report.provenance,
                language: global.language, width: outputOptions.width),
            provenance: report.provenance)
        if let failUnder { try report.judge(failUnder: failUnder) }
    }
}
