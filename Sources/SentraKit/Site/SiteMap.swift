/// The home page's map: an SVG drawn from the Kemendagri centroids compiled into the binary.
/// Every kabupaten/kota in view is a faint dot (so the islands show), those with IKM a larger
/// dot sized by their count, each a link to its region page. No tiles, no network.
enum SiteMap {
    typealias Point = KemendagriRegions.Centroid

    static var centroids: [String: Point] { KemendagriRegions.centroids }

    static func svg(_ data: SiteData, pages: SitePages) -> String {
        let placed = data.regions.compactMap { region in
            centroids[region.code].map { (code: region.code, count: region.members.count, point: $0) }
        }
        guard !placed.isEmpty else { return "<p class=\"muted\">\(escape(pages.text["mapNone"]!))</p>" }
        // The view: the regions with IKM plus a margin, never narrower than 3° so neighbours show.
        var minLat = placed.map(\.point.lat).min()!, maxLat = placed.map(\.point.lat).max()!
        var minLng = placed.map(\.point.lng).min()!, maxLng = placed.map(\.point.lng).max()!
        let padLat = max(0.6, (3 - (maxLat - minLat)) / 2), padLng = max(0.6, (3 - (maxLng - minLng)) / 2)
        minLat -= padLat
        maxLat += padLat
        minLng -= padLng
        maxLng += padLng
        maxLng += (maxLng - minLng) * 0.25  // room for the labels of the eastern dots
        let width = 800.0
        let scale = width / (maxLng - minLng)
        let height = ((maxLat - minLat) * scale).rounded()
        func x(_ point: Point) -> String { format((point.lng - minLng) * scale) }
        func y(_ point: Point) -> String { format((maxLat - point.lat) * scale) }

        var out =
            "<svg class=\"map\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"map-title\">"
        out += "<title id=\"map-title\">\(escape(pages.text["mapAlt"]!))</title>"
        out += "<rect class=\"sea\" x=\"0\" y=\"0\" width=\"\(Int(width))\" height=\"\(Int(height))\"></rect>"
        let withIKM = Set(placed.map(\.code))
        for region in KemendagriRegions.regencies where !withIKM.contains(region.code) {
            guard let point = centroids[region.code], point.lat >= minLat, point.lat <= maxLat,
                point.lng >= minLng, point.lng <= maxLng
            else { continue }
            out += "<circle class=\"other\" cx=\"\(x(point))\" cy=\"\(y(point))\" r=\"3\"></circle>"
        }
        let most = Double(placed.map(\.count).max()!)
        // Larger dots first; a label that would overlap one already placed is left out (the dot
        // keeps its name as a tooltip and on its region page).
        // Every dot is taken first, so no label covers another region's dot.
        var taken: [(x0: Double, y0: Double, x1: Double, y1: Double)] = placed.map { region in
            let radius = 6 + 14 * (Double(region.count) / most).squareRoot()
            let cx = (region.point.lng - minLng) * scale, cy = (maxLat - region.point.lat) * scale
            return (x0: cx - radius, y0: cy - radius, x1: cx + radius, y1: cy + radius)
        }
        for region in placed.sorted(by: { ($0.count, $1.code) > ($1.count, $0.code) }) {
            let radius = 6 + 14 * (Double(region.count) / most).squareRoot()
            let plain = pages.regionName(region.code)
            let name = escape(plain)
            let cx = (region.point.lng - minLng) * scale, cy = (maxLat - region.point.lat) * scale
            let count = pages.grouped(region.count)
            let label = "\(plain) (\(count))"
            let labelWidth = Double(label.count) * 8.2
            // Right of the dot if it fits and is free, else left of it, else no label.
            let candidates = [cx + radius + 3, cx - radius - 3 - labelWidth].filter {
                $0 >= 0 && $0 + labelWidth <= width
            }
            let box = candidates.map { (x0: $0, y0: cy - 11, x1: $0 + labelWidth, y1: cy + 4) }.first { box in
                !taken.contains { box.x0 < $0.x1 && $0.x0 < box.x1 && box.y0 < $0.y1 && $0.y0 < box.y1 }
            }
            out += "<a href=\"\(SitePages.regionFile(region.code))\">"
            out += "<title>\(name): \(count) IKM</title>"
            out += "<circle class=\"ikm\" cx=\"\(format(cx))\" cy=\"\(format(cy))\" r=\"\(format(radius))\"></circle>"
            if let box {
                taken.append(box)
                out += "<text x=\"\(format(box.x0))\" y=\"\(format(cy + 4))\">\(name) (\(count))</text>"
            }
            out += "</a>"
        }
        return out + "</svg>"
    }

    /// One decimal, deterministic.
    static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
