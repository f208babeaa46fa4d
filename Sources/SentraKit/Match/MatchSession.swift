/// `match` from start to end: the needs in scope, a matcher over their categories' shelves,
/// and warnings about a scope that holds nothing.
public struct MatchSession: Sendable {
    public let needs: [Need]
    public var matcher: Matcher
    /// Said on stderr: an OPD code the database does not know, a scope without needs.
    public let warnings: [Diagnostic]

    /// Reads the needs `query` selects and their catalog in one read (saving shelves built from
    /// rows to the match cache). A `--need` the database does not hold is a usage error.
    public static func open(_ store: Store, query: NeedQuery, asOf: Day, top: Int) throws -> MatchSession {
        let (needs, warnings, catalog) = try store.withCatalog(
            { db in
                let needs = try query.fetch(db)
                return (needs, try query.scopeWarnings(db, found: needs.count, path: store.path))
            }, categories: { Set($0.0.map(\.category)) }, then: { _, found, catalog in (found.0, found.1, catalog) })
        let missing = Set(query.needIDs).subtracting(needs.map(\.id)).sorted()
        if !missing.isEmpty {
            throw SentraError(.usage, .noSuchNeed, missing.joined(separator: ", "))
        }
        return MatchSession(needs: needs, matcher: Matcher(catalog: catalog, asOf: asOf, top: top), warnings: warnings)
    }

    /// Matches every need in order, handing each result to `each` as it is ranked.
    public mutating func run(_ each: (NeedMatch) throws -> Void) throws {
        try matcher.match(needs, each: each)
    }
}
