import Testing

@testable import SentraKit

/// The words of diagnostics, errors and the executable's lines: every phrase in both languages,
/// with the same figures, and nested phrases worded in the reader's language.
@Suite struct PhraseCatalogueTests {
    @Test(arguments: ReportLanguage.allCases)
    func everyPhraseIsWordedInEveryLanguage(language: ReportLanguage) {
        let missing = Phrase.Key.allCases.filter { language.phrases[$0] == nil }
        #expect(missing.isEmpty, "\(language.rawValue) lacks \(missing.map(\.rawValue))")
    }

    @Test func bothLanguagesWordTheSameFigures() {
        for key in Phrase.Key.allCases {
            let id = MessageCatalogueTests.figures(Phrase.indonesian[key] ?? "")
            let en = MessageCatalogueTests.figures(Phrase.english[key] ?? "")
            #expect(id == en, "\(key.rawValue): id uses \(id.sorted()), en \(en.sorted())")
        }
    }

    @Test func aRefusedCellReadsInTheReadersLanguageAndKeepsItsEnglish() {
        let failure = try? Rupiah.parse("1.250,5").get()
        #expect(failure == nil)
        guard case .failure(let error) = Rupiah.parse("1.250,5") else { return }
        let phrase = Phrase(.cellRefused, figures: [.text("budget"), .phrase(error.phrase)])
        #expect(
            ReportLanguage.id.text(phrase)
                == "budget \"1.250,5\" bermakna ganda: tulis 1250.5 atau 1.250,50 (angka saja dengan .sen bila perlu, "
                + "atau titik untuk ribuan dengan ,sen)")
        #expect(
            phrase.description
                == "budget \"1.250,5\" is ambiguous: write 1250.5 or 1.250,50 (plain digits with an optional .sen, "
                + "or dots for thousands with ,sen)")
    }

    @Test func diagnosticsAndErrorsKeepTheirEnglishMessage() {
        let diagnostic = Diagnostic(
            file: "n.csv", line: 3, column: 7, severity: .error, phrase: Phrase(.requiredEmpty, "unit"))
        #expect(diagnostic.description == "n.csv:3:7: error: unit is empty (required)")
        let line = ReportLanguage.id.line(diagnostic)
        #expect(
            "\(line.location): \(line.severity): \(line.message)" == "n.csv:3:7: kesalahan: unit kosong (wajib diisi)")
        let error = SentraError(.dataRejected, .rowsRejected, "n.csv", 1)
        #expect(error.message == "n.csv: 1 row rejected; nothing was imported")
        #expect(ReportLanguage.id.text(error.phrase) == "n.csv: 1 baris ditolak; tidak ada yang diimpor")
    }

    @Test func alternativesAndListsFollowTheLanguage() {
        let choices = Phrase.alternatives(["Kabupaten Bandung (32.04)", "Kota Bandung (32.73)", "X"])
        #expect(choices.description == "Kabupaten Bandung (32.04) or Kota Bandung (32.73) or X")
        #expect(ReportLanguage.id.text(choices) == "Kabupaten Bandung (32.04) atau Kota Bandung (32.73) atau X")
        let list = Phrase(.list, figures: [.phrase(Phrase(.scopeOPD, "A")), .phrase(Phrase(.scopeFiscalYear, 2025))])
        #expect(ReportLanguage.id.text(list) == "OPD A, tahun anggaran 2025")
    }
}
