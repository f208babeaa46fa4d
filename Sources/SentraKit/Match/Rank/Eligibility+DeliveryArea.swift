extension Eligibility {
    /// How far cooked food travels to a kabupaten/kota of another province, in kilometres between
    /// the two centroids. Cooked food is delivered the day it is made: from the need's own province
    /// (one day's drive in the provinces where IKM sell to their governments), or across a border
    /// within a city's reach (Bekasi, Depok or Tangerang for Jakarta: 9–43 km), but not from the
    /// next province's far side (Kabupaten Serang to Jakarta is 67–76 km) or over the sea
    /// (Bandar Lampung to Cilegon is 106 km). docs/matching.md gives the figures.
    public static let deliveryRadius = 50

    /// The kabupaten/kota of other provinces within ``deliveryRadius`` of each one, by region number.
    static let neighbours: [Int32: [Int32]] = {
        let places = KemendagriRegions.regencies.compactMap { region in
            KemendagriRegions.centroids[region.code].map { (number: RegionCode.number(region.code), centroid: $0) }
        }
        var table: [Int32: [Int32]] = [:]
        for a in places {
            for b in places where a.number / 100 != b.number / 100 {
                if a.centroid.kilometres(to: b.centroid) <= deliveryRadius {
                    table[a.number, default: []].append(b.number)
                }
            }
        }
        return table
    }()

    /// The region number cooked food for `need` must be delivered to from nearby (its province or
    /// ``neighbours``); 0 when nothing confines where it comes from: goods that keep, or a need
    /// without a region.
    func deliveryRegion(_ need: Need) -> Int32 { perishable(need) ? need.regionNumber : 0 }

    /// Whether a supplier in region `supplier` reaches `need` with cooked food: 0 never confines.
    static func delivers(from supplier: Int32, to need: Int32) -> Bool {
        need == 0 || supplier / 100 == need / 100 || neighbours[need, default: []].contains(supplier)
    }
}
