import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// A sentra below a kabupaten (``Lexicon/sentraPlaces``) is where the product comes from, as a
/// Kemendagri name is (``NeedReading/readOrigin(_:at:on:)``): served by a maker there though no
/// listing names the place, and by nobody when no maker is there.
@Suite struct SentraPlacesTests {
    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9810000000001,Perak Kotagede Sekar,mikro,34.71,,,ya,,,,
        9810000000002,Bros Hijab Metro,mikro,18.72,,,ya,,,,
        9810000000003,Kopi Luwak Liwa Pak Harun,mikro,18.04,,,ya,,,,
        9810000000004,Kopi Tanggamus,mikro,18.06,,,ya,,,,
        9810000000005,Gerabah Plered Mekar,mikro,32.14,,,ya,,,,
        9810000000006,Akrilik Kota Serang,mikro,36.73,,,ya,,,,
        9810000000007,Kopi Lebak,mikro,36.02,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9810000000001,BP-1,Bros Perak Filigree Motif Bunga,perhiasan,pcs,250000,200,7,70,,,
        9810000000002,BH-1,Bros Hijab Motif Tapis Lapis Emas,perhiasan,pcs,25000,3000,7,70,,,
        9810000000003,KL-1,Kopi Luwak Liar Bubuk 100 gr,minuman,pcs,150000,300,5,70,,,
        9810000000003,RL-1,Kopi Robusta Liwa Bubuk 250 gr,minuman,pcs,40000,3000,5,70,,,
        9810000000004,RT-1,Kopi Bubuk Robusta Tanggamus 250 gr,minuman,pcs,35000,3000,5,70,,,
        9810000000005,PG-1,Pot Gerabah Tanah Liat Diameter 30 cm,kerajinan,pcs,60000,500,7,70,,,
        9810000000005,GK-1,Guci Gerabah Hias Tinggi 60 cm,kerajinan,pcs,350000,100,7,70,,,
        9810000000007,LB-1,KOPI BUBUK ROBUSTA KHAS LEBAK 200gr Murah,minuman,pcs,30000,3000,3,70,,,
        9810000000006,GA-1,Gantungan Kunci Akrilik Custom Logo,kerajinan,pcs,5000,5000,7,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-KOTAGEDE,KMP,Direktorat Pemasaran,2026,,perhiasan,Belanja Cinderamata - Bros Perak Kotagede untuk Istri Delegasi,30,pcs,9000000,31.71,,
        N-LIWA,LB,Setda,2026,,minuman,Kopi Luwak Liwa 100gr untuk cinderamata tamu,20,pcs,4000000,18.04,,
        N-ROBUSTA,LPG,Diskop,2026,,minuman,Kopi robusta Liwa untuk tamu kementerian,150,pcs,9000000,18.71,,
        N-PLERED,KRW,Disperindag,2026,,kerajinan,Belanja Cinderamata - Pot Gerabah Plered dia. 30 cm,20,pcs,2000000,32.15,,
        N-KASONGAN,YK,Balai,2026,,kerajinan,Belanja Bahan - Guci Gerabah Kasongan untuk Display Showroom,10,pcs,5000000,34.71,,
        N-LAMPUNG,TGS,Setda,2026,,minuman,Kopi bubuk robusta Lampung untuk pantry kantor,60,pcs,3000000,36.74,,
        N-LUWAK-BANTEN,SRG,Setda,2026,,minuman,Kopi Luwak Banten untuk cinderamata,20,pcs,4000000,36.73,,
        N-LOGO,PDG,Dispar,2026,,kerajinan,Souvenir gantungan kunci akrilik logo Pandeglang,500,pcs,5000000,36.01,,

        """

    static func matches() throws -> [String: NeedMatch] {
        try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    @Test func aSentraNamesWhereTheProductIsMade() throws {
        let found = try Self.matches()
        // Kotagede's silversmith serves though its brooch's name does not say Kotagede; Liwa's
        // luwak coffee is the maker's in Lampung Barat.
        #expect(found["N-KOTAGEDE"]?.candidates.first?.sku == "BP-1")
        #expect(found["N-LIWA"]?.candidates.first?.sku == "KL-1")
        #expect(found["N-PLERED"]?.candidates.first?.sku == "PG-1")
    }

    @Test func aSentraTheListingsNameIsAVariety() throws {
        let found = try Self.matches()
        // `Kopi Robusta Liwa` is sold as such: the Tanggamus robusta is another.
        #expect(found["N-ROBUSTA"]?.candidates.map(\.sku) == ["RL-1"])
    }

    @Test func noMakerInTheSentraServesNobody() throws {
        let found = try Self.matches()
        // The only jar is Plered's, in Purwakarta: Kasongan is in Bantul.
        #expect(found["N-KASONGAN"]?.candidates.isEmpty == true)
    }

    @Test func aPlaceOnTheProductIsNoOrigin() throws {
        let found = try Self.matches()
        // Pandeglang's logo is printed on the key ring; nobody there makes them.
        #expect(found["N-LOGO"]?.candidates.map(\.sku) == ["GA-1"])
    }

    @Test func aPlaceNamedIsWhereTheProductComesFrom() throws {
        let found = try Self.matches()
        // The Lebak robusta is nearer and cheaper, but not from Lampung.
        #expect(Set(found["N-LAMPUNG"]?.candidates.map(\.sku) ?? []) == ["RL-1", "RT-1"])
        // The only luwak coffee is Lampung's; the reason names the place asked for.
        let reason = try #require(found["N-LUWAK-BANTEN"]?.unmatchedReason)
        #expect(reason.contains("kopi luwak banten"), "\(reason)")
    }
}
