import Foundation
import SentraTestSupport

/// The catalogue itself: each case names its input, the exit code and the message a user must see.
extension HostileInputTests {
    static let supplierHeader = "nib,name,scale,region\n"
    static func text(_ value: String) -> @Sendable () -> [UInt8] { { Array(value.utf8) } }
    static func suppliers(_ rows: String) -> @Sendable () -> [UInt8] { text(supplierHeader + rows) }
    static func catalog(_ rows: String) -> @Sendable () -> [UInt8] {
        text("nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications\n" + rows)
    }
    static let good = "3604000000001,UD Emping,mikro,36.04\n"

    static let cases: [Case] = [
        Case(name: "empty file", bytes: text(""), status: 65, message: "file is empty"),
        Case(
            name: "UTF-16 with BOM", bytes: { [0xFF, 0xFE] + Array("n\0i\0b\0".utf8) }, status: 65, message: "UTF-16"),
        Case(name: "UTF-16 without BOM", bytes: { Array("n\0i\0b\0,\0".utf8) }, status: 65, message: "NUL byte"),
        Case(
            name: "xlsx given as CSV", bytes: { [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 7, count: 64) },
            status: 65, message: "ZIP archive"),
        Case(
            name: "old xls given as CSV", bytes: { [0xD0, 0xCF, 0x11, 0xE0] + [UInt8](repeating: 1, count: 64) },
            status: 65, message: ".xls"),
        Case(
            name: "SQLite file given as CSV",
            bytes: { Array("SQLite format 3\0".utf8) + [UInt8](repeating: 0, count: 80) }, status: 65,
            message: "SQLite database"),
        Case(
            name: "binary noise", bytes: { (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) } }, status: 65,
            message: "NUL byte"),
        Case(
            name: "truncated inside a quote", bytes: suppliers("3604000000001,\"UD Emp"), status: 65,
            message: "unterminated quote"),
        Case(
            name: "truncated row", bytes: suppliers(good + "3604000000002,UD Ke"), status: 65,
            message: "row has 2 fields but the header has 4"),
        Case(
            name: "50 MB single field",
            bytes: {
                Array(supplierHeader.utf8) + Array("3604000000001,\"".utf8) + [UInt8](repeating: 0x41, count: 50 << 20)
                    + Array("\",mikro,36.04\n".utf8)
            }, status: 65, message: "record longer than 1024 KiB"),
        Case(
            name: "a million columns in the header",
            bytes: { [UInt8](repeating: UInt8(ascii: ","), count: 1_000_000) + [10] }, status: 65,
            message: "more than 4096 fields"),
        Case(
            name: "deeply repeated quotes",
            bytes: { Array(supplierHeader.utf8) + [UInt8](repeating: UInt8(ascii: "\""), count: 200_001) }, status: 65,
            message: "unterminated quote"),
        Case(
            name: "stray quote", bytes: suppliers("3604000000001,UD \"Emping\",mikro,36.04\n"), status: 65,
            message: "stray quote"),
        Case(
            name: "backslash-escaped quote", bytes: suppliers("3604000000001,\"UD \\\"Emping\\\"\",mikro,36.04\n"),
            status: 65, message: "backslash does not escape"),
        Case(
            name: "NUL in a good file", bytes: { Array((supplierHeader + good).utf8) + [0] + Array("\n".utf8) },
            status: 65, message: "NUL byte"),
        Case(
            name: "NIB with letters", bytes: suppliers("36040000000AB,UD Emping,mikro,36.04\n"), status: 65,
            message: "must be exactly 13 digits"),
        Case(
            name: "NIB too short", bytes: suppliers("360400000,UD Emping,mikro,36.04\n"), status: 65,
            message: "must be exactly 13 digits"),
        Case(
            name: "unknown scale", bytes: suppliers("3604000000001,UD Emping,raksasa,36.04\n"), status: 65,
            message: "scale \"raksasa\" is unknown"),
        Case(
            name: "region not a province", bytes: suppliers("3604000000001,UD Emping,mikro,99.99\n"), status: 65,
            message: "99 is not a province code"),
        Case(
            name: "region kabupaten 00", bytes: suppliers("3604000000001,UD Emping,mikro,36.00\n"), status: 65,
            message: "neither a kabupaten"),
        Case(
            // Any type is a slug since issue 13 (iso9001 is kept); a type of only punctuation is still refused.
            name: "certificate without a type",
            bytes: text("nib,name,scale,region,certifications\n3604000000001,UD,mikro,36.04,!!!:1\n"), status: 65,
            message: "has no certificate type"),
        Case(
            name: "bad verified_on date",
            bytes: text("nib,name,scale,region,verified_on\n3604000000001,UD,mikro,36.04,31/02/2026\n"), status: 65,
            message: "is not a real date"),
        Case(
            name: "month-first date",
            bytes: text("nib,name,scale,region,verified_on\n3604000000001,UD,mikro,36.04,2026/03/17\n"), status: 65,
            message: "is not a date"),
        Case(
            name: "bad yes/no", bytes: text("nib,name,scale,region,active\n3604000000001,UD,mikro,36.04,maybe\n"),
            status: 65, message: "is not ya/tidak"),
        Case(
            name: "bad NPWP", bytes: text("nib,name,scale,region,npwp\n3604000000001,UD,mikro,36.04,12.345\n"),
            status: 65, message: "must be 15 or 16 digits"),
        Case(
            name: "duplicate headers", bytes: text("nib,name,nama,scale,region\n3604000000001,A,B,mikro,36.04\n"),
            status: 65, message: "appears twice"),
        Case(
            name: "header in the second line", bytes: text("Daftar Penyedia IKM 2026\n" + supplierHeader + good),
            status: 65, message: "missing required column \"nib\""),
        Case(
            name: "missing required column", bytes: text("nib,name,region\n3604000000001,UD,36.04\n"), status: 65,
            message: "missing required column \"scale\""),
        Case(name: "duplicate key", bytes: suppliers(good + good), status: 65, message: "also on line 2"),
        Case(
            name: "negative money", kind: "catalog", bytes: catalog("3604000000001,S1,Emping,makanan,pcs,-5000,,,,,\n"),
            status: 65, message: "is negative"),
        Case(
            name: "overflowing money", kind: "catalog",
            bytes: catalog("3604000000001,S1,Emping,makanan,pcs,Rp 99999999999999999999,,,,,\n"), status: 65,
            message: "too large"),
        Case(
            name: "ambiguous money", kind: "catalog",
            bytes: catalog("3604000000001,S1,Emping,makanan,pcs,\"1.250,5\",,,,,\n"), status: 65,
            message: "is ambiguous"),
        Case(
            name: "unknown category", kind: "catalog",
            bytes: catalog("3604000000001,S1,Emping,elektronik,pcs,5000,,,,,\n"), status: 65,
            message: "\"elektronik\" is unknown"),
        Case(
            name: "tkdn over 100", kind: "catalog",
            bytes: catalog("3604000000001,S1,Emping,makanan,pcs,5000,,,150,,\n"), status: 65, message: "outside 0–100"),
        Case(
            name: "bmp over 15", kind: "catalog", bytes: catalog("3604000000001,S1,Emping,makanan,pcs,5000,,,,20,\n"),
            status: 65, message: "outside 0–15"),
        Case(
            name: "catalog of an unknown supplier", kind: "catalog",
            bytes: catalog("9999999999999,S1,Emping,makanan,pcs,5000,,,,,\n"), status: 65,
            message: "is not in the supplier directory"),
        Case(
            name: "negative capacity", kind: "catalog",
            bytes: catalog("3604000000001,S1,Emping,makanan,pcs,5000,-3,,,,\n"), status: 65,
            message: "is not a whole number"),
        Case(
            name: "quantity zero", kind: "needs",
            bytes: text(
                "need_id,opd_code,opd_name,fiscal_year,category,description,quantity,unit,budget,region\nN1,O,Dinas,2026,makanan,x,0,pcs,1000,36.04\n"
            ), status: 65, message: "quantity must be more than zero"),
        Case(
            name: "two-digit fiscal year", kind: "needs",
            bytes: text(
                "need_id,opd_code,opd_name,fiscal_year,category,description,quantity,unit,budget,region\nN1,O,Dinas,26,makanan,x,1,pcs,1000,36.04\n"
            ), status: 65, message: "is not a fiscal year"),
        Case(
            name: "budget zero", kind: "needs",
            bytes: text(
                "need_id,opd_code,opd_name,fiscal_year,category,description,quantity,unit,budget,region\nN1,O,Dinas,2026,makanan,x,1,pcs,0,36.04\n"
            ), status: 65, message: "budget must be more than zero"),
        Case(
            name: "spend date impossible", kind: "spend",
            bytes: text("tx_id,opd_code,date,amount\nT1,O,30/02/2026,1000\n"), status: 65, message: "is not a real date"
        ),
        Case(
            name: "spend conflict with the ledger", kind: "spend",
            bytes: text("tx_id,opd_code,date,amount\nT0,O,2026-01-02,2000\n"), status: 65, message: "a conflict"),
        Case(
            name: "forced UTF-8 on a Windows-1252 file",
            bytes: { Array((supplierHeader + "3604000000009,Caf").utf8) + [0xE9] + Array(",mikro,36.04\n".utf8) },
            extra: ["--encoding", "utf-8"], status: 65, message: "not valid UTF-8"),
        Case(
            name: "bad --delimiter", bytes: suppliers(good), extra: ["--delimiter", "|"], status: 64,
            message: "--delimiter"),
        Case(
            name: "bad --encoding", bytes: suppliers(good), extra: ["--encoding", "ebcdic"], status: 64,
            message: "--encoding"),
        Case(
            name: "--amend on suppliers", bytes: suppliers(good), extra: ["--amend"], status: 64,
            message: "--amend applies to spend only"),
        Case(
            name: "--rejects in a missing folder", bytes: suppliers(good),
            extra: ["--skip-invalid", "--rejects", "/no/such/dir/r.csv"], status: 73, message: "cannot create"),
    ]
}
