/// `plan` from start to end: the open needs in scope planned against their catalog, the
/// outcome per OPD, the plan saved when asked, and warnings about an empty scope.
public struct PlanRun: Sendable {
    /// What to plan and how.
    public struct Request: Sendable {
        public var needs = NeedQuery()
        public var asOf: Day
        public var metric: ComplianceMetric = .umkk
        public var target: Percent?
        public var options = PlanOptions()
        /// Store the plan under this name, so `report compliance` projects from it.
        public var saveAs: String?

        public init(asOf: Day) { self.asOf = asOf }
    }

    public var plan: Plan
    public var outcomes: [PlanOutcome]
    public var metric: ComplianceMetric
    /// Said on stderr: an OPD code the database does not know, a scope without open needs.
    public var warnings: [Diagnostic]

    /// Plans in one read (saving shelves built from rows to the match cache), then saves the
    /// plan in its own write when `saveAs` is given.
    public static func run(_ store: Store, _ request: Request) throws -> PlanRun {
        var query = ComplianceQuery()
        query.year = request.needs.fiscalYear
        query.opdCode = request.needs.opdCode
        query.metric = request.metric
        query.target = request.target
        let (plan, outcomes, warnings) = try store.withCatalog(
            { db in
                let needs = try PlanProjection.openNeeds(
                    db, opdCode: request.needs.opdCode, year: request.needs.fiscalYear)
                return (needs, try request.needs.scopeWarnings(db, found: needs.count, path: store.path))
            }, categories: { Set($0.0.map(\.category)) },
            then: { db, found, catalog in
                let plan = Planner(
                    catalog: catalog, asOf: request.asOf, metric: request.metric, options: request.options
                ).plan(found.0)
                return (plan, try plan.outcomes(db, query: query), found.1)
            })
        if let name = request.saveAs {
            try store.write {
                try PlanProjection.save(plan, name: name, asOf: request.asOf, metric: request.metric, db: $0)
            }
        }
        return PlanRun(plan: plan, outcomes: outcomes, metric: request.metric, warnings: warnings)
    }
}
