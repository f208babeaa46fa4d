import Testing

@testable import SentraKit

@Suite struct TemplateTests {
    /// Every template header, in both languages, is a header the importer maps to its column,
    /// so a filled template needs no renaming.
    @Test(arguments: ImportKind.allCases)
    func everyHeaderIsOneTheImporterKnows(kind: ImportKind) {
        for language in ReportLanguage.allCases {
            let headers = Template.headers(kind, language)
            let (map, diagnostics) = HeaderMap.resolve(headers, kind: kind, file: "t.xlsx", line: 1)
            #expect(diagnostics.isEmpty, "\(kind) \(language): \(diagnostics.map(\.description))")
            for (position, column) in kind.columns.enumerated() {
                #expect(map.index[column.name] == position, "\(kind) \(language): \(headers[position])")
            }
        }
    }

    @Test func indonesianHeadersAreIndonesian() {
        #expect(Template.headers(.catalog, .id).contains("Harga Satuan (Rp)"))
        #expect(Template.headers(.needs, .id).first == "Kode RUP")
        #expect(Template.headers(.needs, .en).first == "need_id")
    }
}
