import Foundation
import SentraKit

/// A fresh temporary directory per test, removed by the caller with ``remove()``.
public struct Scratch {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sentra-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `text` as UTF-8 and returns the path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
        return path(name)
    }

    /// Writes raw bytes and returns the path.
    @discardableResult
    public func write(_ name: String, bytes: [UInt8]) throws -> String {
        try Data(bytes).write(to: url.appendingPathComponent(name))
        return path(name)
    }

    public func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Paths inside the repository, found from this file's location.
public enum Repository {
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func fixture(_ name: String) -> String {
        root.appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }
}

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
