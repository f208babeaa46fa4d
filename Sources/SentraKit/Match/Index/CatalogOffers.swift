/// One category's catalog items as the planner sees them: by their index on the shelf, with
/// the figures a flow needs, so the planner does not depend on how a shelf stores its columns.
struct CatalogOffers {
    fileprivate let shelf: CatalogShelf
    fileprivate let suppliers: SupplierList

    /// Unit price in sen.
    func price(_ item: Int) -> Int64 { shelf.price[item] }

    /// Units per month; nil when unknown.
    func capacity(_ item: Int) -> Int64? { shelf.capacity[item] < 0 ? nil : shelf.capacity[item] }

    /// The supplier's region as an integer (``RegionCode/number(_:)``).
    func region(_ item: Int) -> Int32 { shelf.region[item] }

    /// The supplier's number in the snapshot: equal numbers, equal suppliers.
    func supplierNumber(_ item: Int) -> Int32 { shelf.supplier[item] }

    func supplier(_ item: Int) -> Supplier { suppliers[Int(shelf.supplier[item])] }

    /// The item's TKDN; nil when unknown.
    func tkdn(_ item: Int) -> Percent? {
        shelf.tkdnBasisPoints[item] < 0 ? nil : Percent(basisPoints: Int(shelf.tkdnBasisPoints[item]))
    }
}

extension CatalogSnapshot {
    /// The items of `category`; nil when no supplier offers it.
    func offers(_ category: String) -> CatalogOffers? {
        shelves[category].map { CatalogOffers(shelf: $0, suppliers: suppliers) }
    }
}
