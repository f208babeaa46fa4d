import Foundation
import GRDB

/// `export`: the ledger with its evidence, in a form an auditor can re-check elsewhere.
public struct Exporter {
    public enum Format: String, Sendable, CaseIterable {
        case json, csv, xlsx, ocds
    }

    public let store: Store
    public var scope: ExportScope
    public var asOf: Day
    /// The language of the xlsx workbook's headers and sheet names (the machine formats have none).
    public var language: ReportLanguage = .id

    public init(store: Store, scope: ExportScope, asOf: Day) {
        self.store = store
        self.scope = scope
        self.asOf = asOf
    }

    /// The compliance summary every export carries: the umkk rule, for the export's scope.
    private var complianceQuery: ComplianceQuery {
        var query = ComplianceQuery()
        query.year = scope.year
        query.opdCode = scope.opdCode
        return query
    }

    private var filters: [String] {
        [scope.year.map { "year=\($0)" }, scope.opdCode.map { "opd=\($0)" }].compactMap { $0 }
    }

    /// Where an export goes: a file (replaced atomically) or a stream the caller owns, such as
    /// standard output for `--output -`.
    public enum Destination {
        case file(String)
        case stream((Data) throws -> Void)
    }

    /// Text written piece by piece to a destination, committed at the end.
    private struct Sink {
        let write: (String) throws -> Void
        let commit: () throws -> Void

        init(_ destination: Destination) throws {
            switch destination {
            case .file(let path):
                let file = try AtomicFile(path: path)
                write = { try file.write($0) }
                commit = { try file.commit() }
            case .stream(let put):
                write = { try put(Data($0.utf8)) }
                commit = {}
            }
        }
    }

    public func write(_ format: Format, to destination: Destination) throws {
        if case .stream(let put) = destination, format == .xlsx {
            // libxlsxwriter writes a file; the finished workbook is then handed over whole.
            let temporary = FileManager.default.temporaryDirectory
                .appendingPathComponent("sentra-export-\(getpid()).xlsx").path
            defer { try? FileManager.default.removeItem(atPath: temporary) }
            try write(.xlsx, to: .file(temporary))
            guard let data = FileManager.default.contents(atPath: temporary) else {
                throw SentraError(.ioError, .workbookReadBack, temporary)
            }
            try put(data)
            return
        }
        try store.read { db in
            let provenance = try Provenance.load(db, asOf: asOf, filters: filters)
            switch format {
            case .csv:
                let file = try Sink(destination)
                try file.write(CSVWriter.line(SpendEvidence.columns))
                try scope.forEachSpend(db) { try file.write(CSVWriter.line($0.cells, defuse: true)) }
                try file.commit()
            case .json:
                let file = try Sink(destination)
                let compliance = try complianceQuery.run(db).map { ComplianceReport.json($0, metric: .umkk) }
                try file.write("{\n\"provenance\": " + JSONOutput.encode(provenance, pretty: false))
                try file.write(",\n\"compliance\": " + JSONOutput.encode(compliance, pretty: false))
                try file.write(",\n\"spend\": [\n")
                var first = true
                try scope.forEachSpend(db) { evidence in
                    let object = Dictionary(uniqueKeysWithValues: zip(SpendEvidence.columns, evidence.cells))
                    try file.write((first ? "" : ",\n") + JSONOutput.encode(object, pretty: false).dropLast())
                    first = false
                }
                try file.write("\n]\n}\n")
                try file.commit()
            case .ocds:
                let file = try Sink(destination)
                try file.write(OCDSExport.package(db, scope: scope, asOf: asOf, provenance: provenance))
                try file.commit()
            case .xlsx:
                guard case .file(let path) = destination else { return }
                let workbook = try XLSXExport(path: path, language: language)
                try ComplianceWorkbook.addTable(
                    try complianceQuery.run(db), grouping: .opd, to: workbook, language: language)
                let kinds: [String: XLSXExport.CellKind] = [
                    "date": .date, "amount": .money, "umkk": .number, "ikm": .number, "pdn": .number,
                    "tkdn": .percent, "bmp": .percent,
                ]
                let columns = SpendEvidence.columns.map { key in
                    XLSXExport.Column(ColumnLabels.label(key, language), kinds[key] ?? .text)
                }
                try workbook.addTable(name: ColumnLabels.label("sheet.spend", language), columns: columns) { add in
                    try scope.forEachSpend(db) { try add($0.cells) }
                }
                try ComplianceWorkbook.addProvenance(provenance, metric: nil, to: workbook, language: language)
                try workbook.commit()
            }
        }
    }
}
