import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// SiRUP names that lead with the occasion or the office before the account
/// (``TextFit/needTerms(_:)``), an assembly named like a fruit, an essential oil's marker and a
/// batik garment (``Lexicon``).
@Suite struct PackageOccasionTests {
    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9720000000001,Kopi Serang,mikro,36.73,,,ya,,,,
        9720000000002,Bibit Serang,mikro,36.73,,,ya,,,,
        9720000000003,Katering Serang,mikro,36.73,,,ya,,,,
        9720000000004,Herbal Serang,mikro,36.73,,,ya,,,,
        9720000000005,Batik Serang,mikro,36.73,,,ya,,,,
        9720000000006,Sembako Serang,mikro,36.73,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9720000000001,RB-1,Biji Kopi Robusta Roasting (Roasted Bean) 1 kg,minuman,kg,150000,500,5,70,,,
        9720000000001,KB-1,Kopi Bubuk Robusta 250 gr,minuman,pcs,35000,500,5,70,,,
        9720000000002,BA-1,Bibit Alpukat Aligator Sambung,pertanian,batang,45000,2000,7,70,,,
        9720000000002,BD-1,Bibit Durian Montong,pertanian,batang,60000,2000,7,70,,,
        9720000000003,NK-1,Nasi Kotak Ayam Bakar,jasa-boga,kotak,25000,3000,2,70,,,
        9720000000003,KA-1,Kue Apel Bolu Potong,jasa-boga,pcs,8000,3000,2,70,,,
        9720000000004,MS-1,Minyak Sereh Wangi 100 ml,herbal,botol,45000,500,5,70,,,
        9720000000004,MK-1,Minyak Kayu Putih 60 ml,herbal,botol,30000,500,5,70,,,
        9720000000005,KB-2,Kemeja Batik Lengan Pendek Pria,fesyen,pcs,180000,500,14,70,,,
        9720000000005,KC-1,Kain Batik Cap 2 m,fesyen,lembar,90000,500,14,70,,,
        9720000000006,SB-1,Paket Sembako Beras 5 kg Minyak Gula,makanan,paket,150000,2000,5,70,,,
        9720000000001,KP-1,Keripik Apel Malang 100 gr,makanan,pcs,20000,500,5,70,,,
        9720000000001,KS-1,Keripik Singkong 100 gr,makanan,pcs,12000,500,5,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-BARISTA,SRG,Disporapar,2026,,minuman,Pelatihan Barista Pemuda - Bahan Roasted Bean Robusta 1kg,10,kg,9000000,36.73,,
        N-KEMENTAN,SRG,Kementan,2026,,pertanian,Kementerian Pertanian - Belanja Barang untuk Diserahkan kepada Masyarakat - Bibit Alpukat Gerakan Tanam,100,batang,9000000,36.73,,
        N-SEMBAKO,SRG,Dinsos,2026,,makanan,Bantuan Sembako Lansia - Kota Kupang Prov. NTT,10,paket,9000000,36.73,,
        N-APEL,SRG,Satpol PP,2026,,jasa-boga,Belanja Makanan dan Minuman Kegiatan - Nasi Kotak Apel Akbar 1.500 peserta,1500,kotak,60000000,36.73,,
        N-KERIPIK,SRG,Setda,2026,,makanan,Keripik Apel 100 gr oleh-oleh tamu,10,pcs,9000000,36.73,,
        N-ATSIRI,SRG,Dinkes,2026,,herbal,Minyak Atsiri Sereh Wangi (Citronella Oil) 100 ml,10,botol,9000000,36.73,,
        N-BAJU,SRG,Setda,2026,,fesyen,Pengadaan Baju Batik Khas Serang untuk pegawai,20,pcs,9000000,36.73,,

        """

    static func matches() throws -> [String: NeedMatch] {
        try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    @Test func aNameLeadingWithTheOccasionOrTheOfficeHasItsPackageAfterTheAccount() throws {
        let found = try Self.matches()
        // `Barista` names the training, not the product: the beans follow `Bahan`.
        #expect(found["N-BARISTA"]?.candidates.first?.sku == "RB-1")
        // The ministry, then the account of goods handed to the public, then the seedlings of a
        // planting movement.
        #expect(found["N-KEMENTAN"]?.candidates.map(\.sku) == ["BA-1"])
        // Aid names its product before the place: the package stays `Sembako`.
        #expect(found["N-SEMBAKO"]?.candidates.map(\.sku) == ["SB-1"])
    }

    @Test func anAssemblyIsNotTheFruit() throws {
        let found = try Self.matches()
        #expect(found["N-APEL"]?.candidates.first?.sku == "NK-1")
        // Apple chips stay apple chips.
        #expect(found["N-KERIPIK"]?.candidates.first?.sku == "KP-1")
    }

    @Test func anEssentialOilsMarkerAndABatikGarmentReadAsTheListingsWriteThem() throws {
        let found = try Self.matches()
        #expect(found["N-ATSIRI"]?.candidates.map(\.sku) == ["MS-1"])
        // A batik garment is the shirt, not the cloth.
        #expect(found["N-BAJU"]?.candidates.map(\.sku) == ["KB-2"])
    }
}
