import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// How officers write what the listings name otherwise: words shortened to their consonants, a
/// loanword's `c` written `k`, the dish after `menu`, a laying hen's feed, occasions of their own
/// (`reses`, `kampanye`, `pisah sambut`), and other names of one meal, table or cleaner.
@Suite struct OfficersShorthandTests {
    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9750000000001,Sabun Serang,mikro,36.04,,,ya,,,,
        9750000000002,Keripik Serang,mikro,36.04,,,ya,,,,
        9750000000003,Minuman Serang,mikro,36.04,,,ya,,,,
        9750000000004,Mebel Serang,mikro,36.04,,,ya,,,,
        9750000000005,Katering Serang,mikro,36.04,,,ya,,,,
        9750000000006,Tani Serang,mikro,36.04,,,ya,,,,
        9750000000007,Cetak Serang,mikro,36.04,,,ya,,,,
        9750000000008,Bersih Serang,mikro,36.04,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9750000000001,SC-1,Sabun Cuci Tangan Cair Refill 5 Liter,kosmetik,jerigen,90000,500,5,70,,,
        9750000000001,SP-1,Sabun Cuci Piring Cair 5 Liter,kosmetik,jerigen,80000,500,5,70,,,
        9750000000002,KP-1,Keripik Pisang Coklat 250 gr,makanan,pcs,20000,1000,5,70,,,
        9750000000002,RP-1,Rengginang Pisang 250 gr,makanan,pcs,20000,1000,5,70,,,
        9750000000003,SK-1,Sirup Kalamansi 600 ml,minuman,botol,35000,1000,5,70,,,
        9750000000003,SM-1,Sirup Markisa 600 ml,minuman,botol,35000,1000,5,70,,,
        9750000000004,FC-1,Filing Cabinet Besi 4 Laci,furnitur,unit,2500000,50,14,70,,,
        9750000000004,MM-1,Meja Meeting Kayu Jati 8 Orang,furnitur,unit,6000000,20,21,70,,,
        9750000000004,MB-1,Meja Makan Kayu Jati 6 Kursi,furnitur,unit,4000000,20,21,70,,,
        9750000000005,SM-2,Nasi Kotak Sate Maranggi,jasa-boga,kotak,35000,2000,2,70,,,
        9750000000005,NM-1,Nasi Box Menu Ayam Bakar,jasa-boga,kotak,30000,2000,2,70,,,
        9750000000005,PS-1,Prasmanan Menu Sunda,jasa-boga,pax,60000,2000,2,70,,,
        9750000000006,TA-1,Telur Ayam Negeri 1 peti (15 kg),pertanian,peti,350000,300,3,70,,,
        9750000000006,PI-1,Pakan Ikan Apung Pelet 30 kg,pertanian,karung,300000,300,3,70,,,
        9750000000007,SF-1,Spanduk Flexi 280 gr Cetak Custom,percetakan,m2,25000,3000,3,70,,,
        9750000000008,PL-1,Cairan Pembersih Lantai Aroma Sereh 5 liter,lainnya,jerigen,60000,500,5,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-SBN,SRG,Setda,2026,,kosmetik,sbn cuci tgn cair 5 ltr refill (CTPS),10,jerigen,9000000,36.04,,
        N-KRPK,SRG,Setda,2026,,makanan,krpk pisang coklat 250gr utk bazar UMKM,10,pcs,9000000,36.04,,
        N-CALAMANSI,SRG,Setda,2026,,minuman,Sirup Calamansi botol untuk Jamuan Tamu,10,botol,9000000,36.04,,
        N-KABINET,SRG,Setda,2026,,furnitur,Filling Kabinet Besi 4 Laci,2,unit,9000000,36.04,,
        N-MEETING,SRG,Setda,2026,,furnitur,Meja rapat kayu jati kapasitas 8 orang,1,unit,9000000,36.04,,
        N-MENU,SRG,Setda,2026,,jasa-boga,Nasi Kotak Menu Sate Maranggi untuk Tamu Kunjungan Kerja,100,kotak,9000000,36.04,,
        N-LUNCH,SRG,Setda,2026,,jasa-boga,Konsumsi Peserta Bimtek IKM - Lunch Box 120 pax,120,kotak,9000000,36.04,,
        N-PISAH,SRG,Setda,2026,,jasa-boga,Prasmanan Pisah Sambut Bupati 100 orang,100,pax,9000000,36.04,,
        N-PETELUR,SRG,Distan,2026,,pertanian,Pakan ayam petelur (layer) karung 50 kg,10,karung,9000000,36.04,,
        N-KAMPANYE,SRG,DLH,2026,,percetakan,Spanduk Kampanye Kebersihan ukuran 1x3 m,10,m2,9000000,36.04,,
        N-PEL,SRG,Setda,2026,,lainnya,Cairan Pel Lantai Wangi 5 liter,10,jerigen,9000000,36.04,,

        """

    static func matches() throws -> [String: NeedMatch] {
        try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    @Test func wordsShortenedToTheirConsonants() throws {
        let found = try Self.matches()
        // `sbn` is `sabun` and `tgn` `tangan`: the hand soap, not the dish soap beside it.
        #expect(found["N-SBN"]?.candidates.map(\.sku) == ["SC-1"])
        #expect(found["N-KRPK"]?.candidates.map(\.sku) == ["KP-1"])
    }

    @Test func aLoanwordsCWrittenK() throws {
        let found = try Self.matches()
        #expect(found["N-CALAMANSI"]?.candidates.map(\.sku) == ["SK-1"])
        // `Filling` is read as `filing`, and `Kabinet` as the listings' `Cabinet`.
        #expect(found["N-KABINET"]?.candidates.map(\.sku) == ["FC-1"])
    }

    @Test func otherNamesOfOneTableMealOrCleaner() throws {
        let found = try Self.matches()
        #expect(found["N-MEETING"]?.candidates.first?.sku == "MM-1")
        #expect(found["N-LUNCH"]?.candidates.first?.sku == "NM-1")
        #expect(found["N-PEL"]?.candidates.map(\.sku) == ["PL-1"])
    }

    @Test func theDishAfterMenu() throws {
        let found = try Self.matches()
        // `Menu` introduces the dish: the sate box is the one asked for, though no listing writes
        // `menu` with it.
        #expect(found["N-MENU"]?.candidates.first?.sku == "SM-2")
    }

    @Test func occasionsOfTheirOwn() throws {
        let found = try Self.matches()
        #expect(found["N-PISAH"]?.candidates.map(\.sku) == ["PS-1"])
        #expect(found["N-KAMPANYE"]?.candidates.map(\.sku) == ["SF-1"])
    }

    @Test func aLayingHensFeedIsNoEgg() throws {
        let found = try Self.matches()
        // `petelur` describes the hen; the feed asked for is nobody's here.
        #expect(found["N-PETELUR"]?.candidates.isEmpty == true)
    }
}
