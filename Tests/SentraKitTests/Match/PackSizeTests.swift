import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// A pack size the need names (``NeedText/pack``): an item of another volume or mass is another
/// pack.
@Suite struct PackSizeTests {
    @Test(arguments: [
        ("Air Mineral Botol 600ml isi 24", [PackSize.volume(600)]),
        ("AMDK 1,5 L", [.volume(1500)]),
        ("AMDK botol 1.5 L", [.volume(1500)]),
        ("Air Mineral 1.500 ml", [.volume(1500)]),
        ("Tong Sampah Plastik 120 Liter Beroda", [.volume(120_000)]),
        ("Galon 19 LTR", [.volume(19_000)]),
        ("Paket 2x1,5L", [.volume(1500)]),
        ("Kaos Polo Size L", []),
        ("Tisu 3 Lapis", []),
        ("Kopi Bubuk 250 gr", [.mass(250)]),
        ("Krupuk tenggiri mentah 1/2 kg", [.mass(500)]),
        ("Beras Premium 5 KG", [.mass(5000)]),
        ("Gula Merah 2 ons", [.mass(200)]),
        ("Paket Sembako Beras 5 kg Minyak 1 Liter", [.mass(5000), .volume(1000)]),
    ])
    func sizesAreReadAsWritten(text: String, sizes: [PackSize]) {
        #expect(TextFit.packSizes(text) == sizes)
    }

    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9730000000001,Air Serang,mikro,36.73,,,ya,,,,
        9730000000002,Madu Serang,mikro,36.73,,,ya,,,,
        9730000000003,Pupuk Serang,mikro,36.73,,,ya,,,,
        9730000000004,Pangan Serang,mikro,36.73,,,ya,,,,
        9730000000005,Keripik Serang,mikro,36.73,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9730000000001,AM-600,Air Mineral Botol 600 ml isi 24,minuman,karton,45000,5000,3,70,,,
        9730000000001,AM-1500,"AIR MINERAL BOTOL 1,5 L ISI 12",minuman,karton,55000,5000,3,70,,,
        9730000000002,MD-240,Madu Hutan Murni 240 ml,herbal,botol,90000,500,5,70,,,
        9730000000002,MD-1000,Madu Hutan Murni 1 Liter,herbal,botol,300000,500,5,70,,,
        9730000000003,PC-1,Pupuk Organik Cair 1 Liter,pertanian,botol,35000,5000,5,70,,,
        9730000000004,KP-250,Keripik Pisang Coklat 250 gr,makanan,pcs,20000,5000,5,70,,,
        9730000000005,KP-500,Keripik Pisang Coklat 500 gr,makanan,pcs,35000,5000,5,70,,,
        9730000000004,BR-5,Beras Premium Pandan Wangi 5 kg,pertanian,karung,75000,5000,5,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-330,SRG,Setda,2026,,minuman,Belanja Makanan dan Minuman Rapat - Air Mineral Botol 330 ml isi 24,100,karton,9000000,36.73,,
        N-1500,SRG,Setda,2026,,minuman,AMDK botol 1500 ml,100,karton,9000000,36.73,,
        N-MADU,SRG,Setda,2026,,herbal,Madu Hutan 250 ml untuk cinderamata,10,botol,9000000,36.73,,
        N-PUPUK,SRG,Distan,2026,,pertanian,Pupuk Organik Cair 200 liter untuk kelompok tani,200,liter,9000000,36.73,,
        N-1KG,SRG,Disperindag,2026,,makanan,Kripik pisang coklat kemasan 1 kg untuk stand pameran,10,pcs,9000000,36.73,,
        N-BERAS,SRG,Dinsos,2026,,pertanian,Beras 25 kg kemasan karung,10,karung,9000000,36.73,,
        N-500KG,SRG,Dinsos,2026,,pertanian,Beras premium 500 kg untuk bantuan pangan,100,kg,9000000,36.73,,

        """

    static func matches() throws -> [String: NeedMatch] {
        try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    @Test func anItemOfAnotherVolumeIsAnotherPack() throws {
        let found = try Self.matches()
        // Nobody here bottles 330 ml: the 600 ml and 1.5 l cartons are other packs.
        #expect(found["N-330"]?.candidates.isEmpty == true)
        // The reason names the pack asked for.
        #expect(found["N-330"]?.unmatchedReason?.contains("none is air mineral 330 ml") == true)
        #expect(found["N-1500"]?.candidates.map(\.sku) == ["AM-1500"])
        // Half as large again is one size: the 240 ml bottle serves 250 ml, the litre does not.
        #expect(found["N-MADU"]?.candidates.map(\.sku) == ["MD-240"])
    }

    @Test func anItemOfAnotherMassIsAnotherPack() throws {
        let found = try Self.matches()
        // Twice as large is one size (the 500 gr pack serves `1 kg`); four times is not.
        #expect(found["N-1KG"]?.candidates.map(\.sku) == ["KP-500"])
        #expect(found["N-BERAS"]?.candidates.isEmpty == true)
        #expect(found["N-BERAS"]?.unmatchedReason?.contains("25 kg") == true)
    }

    @Test func aQuantityCountedInLitresOrKilosIsNoPack() throws {
        let found = try Self.matches()
        #expect(found["N-PUPUK"]?.candidates.map(\.sku) == ["PC-1"])
        #expect(found["N-500KG"]?.candidates.map(\.sku) == ["BR-5"])
    }
}
