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
        9750000000009,Konveksi Serang,mikro,36.04,,,ya,,,,
        9750000000010,Edukasi Serang,mikro,36.04,,,ya,,,,
        9750000000011,Kue Serang,mikro,36.04,,halal:ID36110000000011,ya,,,,
        9750000000012,Katering Rapat Serang,mikro,36.04,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9750000000001,SC-1,Sabun Cuci Tangan Cair Refill 5 Liter,kosmetik,jerigen,90000,500,5,70,,,
        9750000000001,SP-1,Sabun Cuci Piring Cair 5 Liter,kosmetik,jerigen,80000,500,5,70,,,
        9750000000002,KP-1,Keripik Pisang Coklat 250 gr,makanan,pcs,20000,1000,5,70,,,
        9750000000002,RP-1,Rengginang Pisang 250 gr,makanan,pcs,20000,1000,5,70,,,
        9750000000002,KI-1,Kerupuk Ikan Tenggiri Mentah 500 gr,makanan,bks,25000,1000,5,70,,,
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
        9750000000004,KT-1,Kursi Tunggu 3 Dudukan Besi Perforasi,furnitur,unit,1500000,60,14,70,,,
        9750000000009,KP-2,Kaos Polo Bordir Logo Instansi,fesyen,pcs,85000,3000,14,70,,,
        9750000000009,KO-1,Kaos Oblong Cotton Combed 30s Sablon,fesyen,pcs,45000,3000,14,70,,,
        9750000000009,KS-2,Kain Tenun Songket Sukarara 2 m,fesyen,lembar,900000,30,14,70,,,
        9750000000009,PD-1,Seragam PDH Khaki Drill (jahit ukur),fesyen,stel,250000,500,14,70,,,
        9750000000009,RR-1,Rompi Lapangan Bahan Drill Bordir Nama,fesyen,pcs,150000,500,14,70,,,
        9750000000010,AP-1,Alat Peraga Edukasi Puzzle Kayu Huruf,lainnya,set,75000,500,7,70,,,
        9750000000011,SB-1,Snack Box isi 3 Kue Basah,jasa-boga,box,12000,2000,1,70,,,
        9750000000012,SR-1,Snack Box Rapat isi 3,jasa-boga,box,13000,2000,1,70,,,
        9750000000011,ST-1,Snack Box Teh Manis,jasa-boga,box,13000,2000,1,70,,,
        9750000000011,SK-3,Snack Box isi 3 Kue,jasa-boga,box,13000,2000,1,70,,,
        9750000000011,KK-1,Kotak Kue Isi 4 Jajanan Pasar,jasa-boga,box,13000,2000,1,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-SBN,SRG,Setda,2026,,kosmetik,sbn cuci tgn cair 5 ltr refill (CTPS),10,jerigen,9000000,36.04,,
        N-KRPK,SRG,Setda,2026,,makanan,krpk pisang coklat 250gr utk bazar UMKM,10,pcs,9000000,36.04,,
        N-TAMU,SRG,Disperindag,2026,,makanan,BELANJA MAKAN MINUM TAMU-KRPK IKAN UTK OLEH2 TAMU DINAS,60,bks,2400000,36.04,,
        N-CALAMANSI,SRG,Setda,2026,,minuman,Sirup Calamansi botol untuk Jamuan Tamu,10,botol,9000000,36.04,,
        N-KABINET,SRG,Setda,2026,,furnitur,Filling Kabinet Besi 4 Laci,2,unit,9000000,36.04,,
        N-MEETING,SRG,Setda,2026,,furnitur,Meja rapat kayu jati kapasitas 8 orang,1,unit,9000000,36.04,,
        N-MENU,SRG,Setda,2026,,jasa-boga,Nasi Kotak Menu Sate Maranggi untuk Tamu Kunjungan Kerja,100,kotak,9000000,36.04,,
        N-LUNCH,SRG,Setda,2026,,jasa-boga,Konsumsi Peserta Bimtek IKM - Lunch Box 120 pax,120,kotak,9000000,36.04,,
        N-PISAH,SRG,Setda,2026,,jasa-boga,Prasmanan Pisah Sambut Bupati 100 orang,100,pax,9000000,36.04,,
        N-PETELUR,SRG,Distan,2026,,pertanian,Pakan ayam petelur (layer) karung 50 kg,10,karung,9000000,36.04,,
        N-KAMPANYE,SRG,DLH,2026,,percetakan,Spanduk Kampanye Kebersihan ukuran 1x3 m,10,m2,9000000,36.04,,
        N-PEL,SRG,Setda,2026,,lainnya,Cairan Pel Lantai Wangi 5 liter,10,jerigen,9000000,36.04,,
        N-PASIEN,SRG,Dinkes,2026,,furnitur,Belanja Modal - Kursi Tunggu Pasien 3 Seater untuk Puskesmas,5,unit,9000000,36.04,,
        N-KERAH,SRG,Disnaker,2026,,fesyen,Kaos Kerah Bordir Logo Disnaker untuk Job Fair,50,pcs,9000000,36.04,,
        N-SONGKET,SRG,Disperin,2026,,fesyen,Belanja Cinderamata - Kain Songket Sukarara untuk Tamu,5,lembar,9000000,36.04,,
        N-PDL,SRG,Satpol PP,2026,,fesyen,Pakaian Dinas Lapangan (PDL) bahan ripstop,50,stel,20000000,36.04,,
        N-PDH,SRG,Dinsos,2026,,fesyen,Belanja Pakaian Dinas Harian (PDH) Pegawai Dinas Sosial TA 2026,30,stel,9000000,36.04,,
        N-APE,SRG,Disdik,2026,,lainnya,APE puzzle kayu huruf PAUD,20,set,9000000,36.04,,
        N-HALAL,SRG,Dinsos,2026,,jasa-boga,Snack Box HALAL untuk sosialisasi PKH,300,box,9000000,36.04,,halal
        N-ISI,SRG,Bappeda,2026,,jasa-boga,Snack box musrenbang isi 3 kue,100,box,9000000,36.04,,
        N-HJB,SRG,Setda,2026,,jasa-boga,Belanja Makanan dan Minuman Rapat - Snack Box HJB ke-544 (100 box),100,box,9000000,36.04,,
        N-GELAR,SRG,Polres,2026,,jasa-boga,Nasi Box Apel Gelar Pasukan Operasi Ketupat 300 Porsi,300,kotak,9000000,36.04,,

        """

    static func matches() throws -> [String: NeedMatch] {
        try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    @Test func wordsShortenedToTheirConsonants() throws {
        let found = try Self.matches()
        // `sbn` is `sabun` and `tgn` `tangan`: the hand soap, not the dish soap beside it.
        #expect(found["N-SBN"]?.candidates.map(\.sku) == ["SC-1"])
        // `krpk` shortens both `keripik` and `kerupuk`: the word after it says which.
        #expect(found["N-KRPK"]?.candidates.map(\.sku) == ["KP-1"])
        // Typed in capitals after the account: `KRPK IKAN` is the fish kerupuk.
        #expect(found["N-TAMU"]?.candidates.map(\.sku) == ["KI-1"])
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
        // `HJB` is Hari Jadi Bogor, the anniversary, not a kind of snack box nobody makes: the
        // boxes named for what they hold (`… Kue Basah`) are not other kinds of it.
        #expect(found["N-HJB"]?.candidates.map(\.sku).contains("SB-1") == true)
    }

    @Test func audiencesCertificatesAndCountsNameNoKind() throws {
        let found = try Self.matches()
        // The patient waits on the chair; `HALAL` is what the buyer requires (not a variety beside
        // `Rapat` and `Teh`); `3 kue` counts what the box holds.
        #expect(found["N-PASIEN"]?.candidates.map(\.sku) == ["KT-1"])
        #expect(found["N-HALAL"]?.candidates.isEmpty == false)
        #expect(found["N-ISI"]?.candidates.map(\.sku).contains("SR-1") == true)
        // A parade assembly (`Apel Gelar Pasukan`) and a police operation are the occasion.
        #expect(found["N-GELAR"]?.candidates.map(\.sku) == ["NM-1"])
    }

    @Test func otherNamesOfOneGarmentOrToy() throws {
        let found = try Self.matches()
        // A collared shirt is the polo, not the plain tee.
        #expect(found["N-KERAH"]?.candidates.map(\.sku) == ["KP-2"])
        // `Kain Tenun Songket` is the `Kain Songket` asked for: the cloth keeps its `kain`.
        #expect(found["N-SONGKET"]?.candidates.map(\.sku) == ["KS-2"])
        // `Pakaian Dinas Lapangan` is the field uniform, PDL, which nobody here sews; `Pakaian Dinas
        // Harian` is the PDH.
        #expect(found["N-PDL"]?.candidates.isEmpty == true)
        #expect(found["N-PDH"]?.candidates.map(\.sku) == ["PD-1"])
        // APE, Alat Permainan Edukatif, is sold as `Alat Peraga Edukasi`.
        #expect(found["N-APE"]?.candidates.map(\.sku) == ["AP-1"])
    }

    @Test func aLayingHensFeedIsNoEgg() throws {
        let found = try Self.matches()
        // `petelur` describes the hen; the feed asked for is nobody's here.
        #expect(found["N-PETELUR"]?.candidates.isEmpty == true)
    }
}
