extension Provenance {
    /// A few lines for the end of a human report, in `language`; the filters stay as typed.
    public func footer(_ language: ReportLanguage = .en) -> String {
        let l = language
        var out = "sentra \(sentra_version)"
        if let as_of { out += l.text(.footerAsOf, as_of) }
        out += l.text(.footerFilters, filters.isEmpty ? l.text(.footerNoFilters) : filters.joined(separator: " "))
        out += "\n"
        for source in sources {
            out += l.text(.footerSource, source.import_id, source.kind, source.file, source.sha256, source.rows) + "\n"
        }
        return out
    }
}
