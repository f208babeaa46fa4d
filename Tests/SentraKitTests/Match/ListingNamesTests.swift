import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// Other names listings and officers give one product (``Lexicon``): a polo shirt is a `Kaos
/// Polo`, a rice box a nasi kotak, a `Handbody` a lotion, a kalimaya an agate, a `Pia` a bakpia, a clay roof tile earthenware, a floor-cleaning
/// liquid the cleaner, civet coffee kopi luwak; a spin mop, a chalkboard and horse-milk soap are
/// kinds of their own; aid and actions are no product.
@Suite struct ListingNamesTests {
    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9830000000001,Konveksi Cipondoh,kecil,36.71,,,ya,,,,
        9830000000002,Catering Pamulang,kecil,36.74,,,ya,,,,
        9830000000003,Bersih Karawang,kecil,32.15,,,ya,,,,
        9830000000004,Natural Care Bogor,kecil,32.01,,,ya,,,,
        9830000000005,Batu Kalimaya Sajira,mikro,36.02,,,ya,,,,
        9830000000006,Mebel Serang,mikro,36.04,,,ya,,,,
        9830000000007,Koperasi Sembako Karawang,koperasi,32.15,,,ya,,,,
        9830000000008,Kopi Lampung Barat,koperasi,18.04,,,ya,,,,
        9830000000009,Pondok Rasa Pamulang,kecil,36.74,,,ya,,,,
        9830000000010,Garmen Bekasi,besar,32.16,,,ya,,,,
        9830000000011,Bakpia Serang,mikro,36.73,,,ya,,,,
        9830000000012,Genteng Jatiwangi,kecil,32.10,,,ya,,,,
        9830000000013,Snack Pamulang,mikro,36.74,,,ya,,,,
        9830000000014,Catering Sehati Pamulang,kecil,36.74,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9830000000001,PO-1,Kaos Polo Shirt Lacoste PE Bordir Logo Instansi,fesyen,pcs,85000,2000,10,70,,,
        9830000000010,KO-1,Kaos Oblong Polos Cotton 30s Grosir,fesyen,pcs,32000,30000,5,70,,,
        9830000000010,PP-1,POLO SHIRT Pique Grosir Seragam Kantor,fesyen,pcs,60000,20000,7,70,,,
        9830000000009,RB-1,Rice Box Chicken Teriyaki Catering Kantor,jasa-boga,box,32000,2500,2,70,,,
        9830000000003,KW-1,Karbol Wangi Pembersih Lantai 5 Liter (Jerigen),lainnya,jerigen,55000,1000,3,70,,,
        9830000000003,AP-1,Alat Pel Lantai Kain Katun + Gagang,lainnya,set,45000,1000,3,70,,,
        9830000000004,HB-1,Hand Body Lotion Bengkoang 250 ml,kosmetik,botol,35000,800,5,70,,,
        9830000000005,BK-1,Batu Kalimaya Banten Asli Lepasan (ikat perak),perhiasan,pcs,450000,30,14,70,,,
        9830000000006,PT-1,Papan Tulis Whiteboard 120x240 Rangka Aluminium,furnitur,unit,900000,50,7,70,,,
        9830000000007,SM-1,Paket Sembako Bantuan (Beras 5 kg Minyak 1 L Gula 1 kg),lainnya,paket,150000,3000,7,70,,,
        9830000000002,NK-1,Nasi Kotak Ayam Bakar Paket Rapat,jasa-boga,box,30000,3000,2,70,,,
        9830000000008,KL-1,Kopi Luwak Liar Lampung Barat 100 gr,minuman,pcs,175000,80,7,70,,,
        9830000000008,KR-1,Kopi Bubuk Robusta Tanggamus 250 gr,minuman,pcs,38000,1500,5,70,,,
        9830000000011,PK-1,Pia Kacang Hijau isi 10,makanan,box,35000,2000,3,70,,,
        9830000000011,PJ-1,Pia Keju isi 10,makanan,box,40000,2000,3,70,,,
        9830000000012,GT-1,Genteng Tanah Liat Press,lainnya,buah,2500,50000,7,70,,,
        9830000000002,HK-1,[Halal] Katering Makan Pasien Rawat Inap,jasa-boga,porsi,30000,9000,3,70,,,
        9830000000013,SX-1,Snack Box isi 3 Kue,jasa-boga,box,15000,3000,2,70,,,
        9830000000014,CB-1,Coffee Break Rapat per Pax,jasa-boga,pax,20000,4000,2,70,,,
        9830000000004,SK-1,Sabun Batang Susu Kambing Etawa 100 gr,kosmetik,pcs,15000,1000,5,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-POLO,SETDA,Setda,2026,,fesyen,polo shirt bordir logo pemkab (seragam olahraga jumat),200,pcs,20000000,36.71,,
        N-RICE,BKPSDM,BKPSDM,2026,,jasa-boga,Nasi box makan siang peserta bimtek,200,box,7000000,36.74,,
        N-CLEANER,SETDA,Setda,2026,,lainnya,Belanja Bahan Pembersih - Cairan Pembersih Lantai (Floor Cleaner) Jerigen 5 Liter,100,jerigen,6000000,32.15,,
        N-SPIN,SETDA,Setda,2026,,lainnya,Ember Pel Putar (Spin Mop) Kantor,10,set,2000000,32.15,,
        N-LOTION,DINKES,Dinkes,2026,,kosmetik,HANDBODY bengkoang 250ml,100,botol,4500000,32.01,,
        N-AKIK,DISPAR,Dispar,2026,,perhiasan,Batu Akik Kalimaya Banten ikat perak,10,pcs,5000000,36.02,,
        N-KAPUR,DISDIK,Disdik,2026,,furnitur,Papan Tulis Kapur Hitam 120x240,5,unit,9000000,36.04,,
        N-BANSOS,DINSOS,Dinsos,2026,,lainnya,Belanja Barang untuk Diserahkan kepada Masyarakat - Paket Sembako Bantuan Sosial Korban Banjir Kec. Batujaya,1000,paket,175000000,32.15,,
        N-AKSI,DLH,DLH,2026,,jasa-boga,Nasi Box Aksi Bersih Sungai Cisadane,100,box,5000000,36.74,,
        N-CIVET,DISPAR,Dispar,2026,,minuman,Pengadaan Civet Coffee untuk Souvenir Tamu,20,pcs,8000000,18.71,,
        N-PIA,DISPAR,Dispar,2026,,makanan,Bakpia kacang hijau isi 10 oleh-oleh 250 box,250,box,10000000,36.73,,
        N-GENTENG,DINSOS,Dinsos,2026,,lainnya,Genteng tanah Jatiwangi 10.000 buah rehab rumah,10000,buah,30000000,32.10,,
        N-HALAL,BKPSDM,BKPSDM,2026,,jasa-boga,Belanja Makanan dan Minuman Rapat - Snack Box Halal Rapat Kerja 200 box,200,box,3200000,36.74,,
        N-ASIDE,BSN,BSN,2026,,jasa-boga,Belanja Makanan dan Minuman Rapat - Snack Box (Coffee Break) Sosialisasi SNI 150 org,150,kotak,3200000,36.74,,
        N-SLASH,DINKES,Dinkes,2026,,jasa-boga,Belanja Makanan dan Minuman Rapat - Kue kotak / coffee break Rakor Kesehatan,150,box,3200000,36.74,,
        N-KUDA,DINKES,Dinkes,2026,,kosmetik,Sabun susu kuda Sumbawa,50,pcs,2000000,32.01,,

        """

    static func matches() throws -> [String: NeedMatch] {
        try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    @Test func otherNamesOfOneProduct() throws {
        let found = try Self.matches()
        #expect(found["N-POLO"]?.candidates.first?.sku == "PO-1")
        #expect(Set(found["N-RICE"]?.candidates.map(\.sku) ?? []) == ["NK-1", "RB-1"])
        #expect(found["N-CLEANER"]?.candidates.map(\.sku) == ["KW-1"])
        #expect(found["N-LOTION"]?.candidates.map(\.sku) == ["HB-1"])
        #expect(found["N-AKIK"]?.candidates.map(\.sku) == ["BK-1"])
    }

    @Test func kindsOfTheirOwn() throws {
        let found = try Self.matches()
        // Only a plain mop and a whiteboard are sold.
        #expect(found["N-SPIN"]?.candidates.isEmpty == true)
        #expect(found["N-KAPUR"]?.candidates.isEmpty == true)
    }

    @Test func occasionsAndCountsAreNoProduct() throws {
        let found = try Self.matches()
        // `Bantuan Sosial` and `Kec.` say what the parcel is for and where; `Aksi Bersih` is the
        // occasion.
        #expect(found["N-BANSOS"]?.candidates.map(\.sku) == ["SM-1"])
        #expect(Set(found["N-AKSI"]?.candidates.map(\.sku) ?? []) == ["NK-1", "RB-1"])
    }

    @Test func civetCoffeeAndHorseMilk() throws {
        let found = try Self.matches()
        // Civet coffee is the kopi luwak, not the robusta; horse milk soap is not goat milk soap.
        #expect(found["N-CIVET"]?.candidates.map(\.sku) == ["KL-1"])
        #expect(found["N-KUDA"]?.candidates.isEmpty == true)
    }

    @Test func shortNamesAndACertificateWord() throws {
        let found = try Self.matches()
        // `Pia` is the listings' bakpia; a clay tile is earthenware; `halal` asks for a
        // certificate, not the caterer whose listing leads with it.
        #expect(found["N-PIA"]?.candidates.map(\.sku) == ["PK-1"])
        #expect(found["N-GENTENG"]?.candidates.map(\.sku) == ["GT-1"])
        #expect(found["N-HALAL"]?.candidates.map(\.sku) == ["SX-1"])
    }

    @Test func anotherNameInBracketsOrAfterASlashLeavesTheClass() throws {
        let found = try Self.matches()
        // `Coffee Break` names a kind of snack box, but in brackets or after a slash it is another
        // name of the snack box asked for.
        #expect(found["N-ASIDE"]?.candidates.map(\.sku).contains("SX-1") == true)
        #expect(found["N-SLASH"]?.candidates.map(\.sku).contains("SX-1") == true)
    }
}
