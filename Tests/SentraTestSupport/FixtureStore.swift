import Foundation
import SentraKit

/// A database in a scratch directory, loaded from fixture files.
public enum FixtureStore {
    public static func make(
        in scratch: Scratch, _ files: [(ImportKind, String)] = standard, name: String = "fixtures.db"
    ) throws -> Store {
        let store = try Store(path: scratch.path(name))
        for (kind, file) in files {
            _ = try Importer(store: store).run(ImportOptions(kind: kind, path: Repository.fixture(file)))
        }
        return store
    }

    /// Every clean Fixture, in dependency order.
    public static let standard: [(ImportKind, String)] = [
        (.suppliers, "suppliers.csv"), (.suppliers, "messy/suppliers-lampung-win1252.csv"),
        (.catalog, "catalog.csv"), (.catalog, "messy/catalog-semicolon.csv"),
        (.needs, "needs.csv"), (.needs, "messy/needs-lkpp.csv"),
        (.spend, "spend.csv"), (.budgets, "budgets.csv"),
    ]
}
