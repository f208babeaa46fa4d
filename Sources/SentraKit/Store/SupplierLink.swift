/// The contract's link from a spend row to the directory, as SQL over a spend row aliased `s`:
/// by `supplier_nib`, else by `supplier_npwp`, taking the first supplier by NIB so a shared NPWP
/// never counts one purchase twice. Written once here; reports, flags, checks and exports use it.
enum SupplierLink {
    /// `column` of the supplier whose NIB the row names.
    static func byNIB(_ column: String) -> String {
        "(SELECT \(column) FROM supplier WHERE nib = s.supplier_nib)"
    }

    /// `column` of the first supplier (by NIB) with the NPWP the row names.
    static func byNPWP(_ column: String) -> String {
        "(SELECT \(column) FROM supplier WHERE npwp = s.supplier_npwp ORDER BY nib LIMIT 1)"
    }

    /// `column` of the linked supplier; NULL for an unlinked row.
    static func linked(_ column: String) -> String {
        "coalesce(\(byNIB(column)), \(byNPWP(column)))"
    }
}
