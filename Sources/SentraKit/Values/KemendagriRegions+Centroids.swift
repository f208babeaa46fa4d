import Foundation

extension KemendagriRegions {
    /// A kabupaten/kota's centroid, in degrees (``regencyCentroidLines``).
    struct Centroid: Sendable {
        var lat: Double
        var lng: Double
    }

    /// Each kabupaten/kota's centroid by code (`36.04`).
    static let centroids: [String: Centroid] = {
        var table: [String: Centroid] = [:]
        for line in regencyCentroidLines.split(separator: "\n") {
            let parts = line.split(separator: "|")
            guard parts.count == 3, let lat = Double(parts[1]), let lng = Double(parts[2]) else { continue }
            table[String(parts[0])] = Centroid(lat: lat, lng: lng)
        }
        return table
    }()

    /// Kilometres between the centroids of two kabupaten/kota (`36.04`, `31.71`), rounded; nil
    /// when either has none.
    static func kilometres(_ a: String, _ b: String) -> Int? {
        guard let p = centroids[a], let q = centroids[b] else { return nil }
        return p.kilometres(to: q)
    }
}

extension KemendagriRegions.Centroid {
    /// Kilometres to `other`, rounded: an equirectangular reading of the earth, within a few
    /// hundred metres of the great-circle distance at the scale of neighbouring regions.
    func kilometres(to other: Self) -> Int {
        let radians = Double.pi / 180
        let x = (other.lng - lng) * radians * cos((lat + other.lat) / 2 * radians)
        let y = (other.lat - lat) * radians
        return Int((6371 * (x * x + y * y).squareRoot()).rounded())
    }
}
