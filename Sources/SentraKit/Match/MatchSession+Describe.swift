extension MatchSession {
    /// `match --describe`: one need asked on the command line, matched against the catalog of its
    /// category and never stored. The session holds just that need.
    public static func open(_ store: Store, describing need: Need, asOf: Day, top: Int) throws -> MatchSession {
        let catalog = try store.withCatalog({ _ in () }, categories: { [need.category] }, then: { $2 })
        var warnings: [Diagnostic] = []
        if catalog.shelves[need.category] == nil {
            warnings.append(
                Diagnostic(
                    file: store.path, severity: .warning,
                    phrase: Phrase(.describeNoCategory, need.category)))
        }
        return MatchSession(
            needs: [need], matcher: Matcher(catalog: catalog, asOf: asOf, top: top), warnings: warnings)
    }
}
