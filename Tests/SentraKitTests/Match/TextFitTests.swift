import SentraKit
import Testing

@Suite struct TextFitTests {
    @Test func quantitiesWithUnitsAreNotProductWords() {
        #expect(TextFit.terms("Snack box rapat koordinasi 200 orang") == ["snackbox", "rapat", "koordinasi"])
        #expect(TextFit.terms("Emping melinjo 500 gr") == ["emping"])
        #expect(TextFit.terms("Kopi robusta 250gr") == ["kopi", "robusta"])
    }

    @Test(arguments: [
        ("kue kotak", "snack box"), ("kudapan rapat", "camilan rapat"), ("nasi box", "nasi kotak"),
        ("cenderamata", "souvenir"), ("suvenir", "oleh-oleh"), ("baju dinas", "seragam"), ("kripik", "keripik"),
        ("coffee", "kopi"), ("Cinderamata", "CENDERAMATA"), ("Café", "cafe"),
    ])
    func variantsAndSynonymsMeetInOneTerm(a: String, b: String) {
        #expect(TextFit.terms(a) == TextFit.terms(b))
    }

    @Test(arguments: [
        ("menjahit", "jahit"), ("pembuatan", "buat"), ("kerajinan", "rajin"), ("dipesan", "pesan"),
        ("bertenun", "tenun"), ("anyaman", "anyam"), ("kuenya", "kuenya"), ("keripik", "keripik"),
        ("koordinasi", "koordinasi"), ("teh", "teh"), ("batik", "batik"), ("menyapu", "sapu"), ("memukul", "pukul"),
    ])
    func lightStemmerKeepsShortRoots(word: String, stem: String) {
        #expect(TextFit.stem(word) == stem)
    }

    @Test func fitCountsNameOverDescription() {
        let need = ["snackbox", "rapat"]
        #expect(TextFit.fit(need: need, name: ["snackbox", "rapat"], description: []) == 1000)
        #expect(TextFit.fit(need: need, name: ["snackbox"], description: ["rapat"]) == 800)
        #expect(TextFit.fit(need: need, name: [], description: []) == 0)
    }
}
