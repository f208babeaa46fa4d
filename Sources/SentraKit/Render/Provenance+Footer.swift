extension Provenance {
    /// A few lines for the end of a human report.
    public var footer: String {
        var out = "sentra \(sentra_version)"
        if let as_of { out += " · as of \(as_of)" }
        out += " · filters: " + (filters.isEmpty ? "none" : filters.joined(separator: " "))
        out += "\n"
        for source in sources {
            out +=
                "  source #\(source.import_id) \(source.kind) \(source.file) sha256 \(source.sha256) (\(source.rows) rows)\n"
        }
        return out
    }
}
