import Foundation
import GRDB
import SentraTestSupport
import Testing

@testable import SentraKit

@Suite struct HeaderTests {
    @Test(arguments: [
        ("Harga Satuan (Rp)", "harga_satuan"), ("  NIB ", "nib"), ("Unit Price", "unit_price"), ("E-mail", "e_mail"),
        ("kd_satker_str", "kd_satker_str"), ("Kapasitas / bulan", "kapasitas_bulan"), ("No. HP", "no_hp"),
    ])
    func headersAreNormalised(raw: String, key: String) {
        #expect(HeaderMap.normalise(raw) == key)
    }
}
