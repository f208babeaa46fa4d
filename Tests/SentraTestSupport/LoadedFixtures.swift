import Foundation

/// The standard Fixtures imported through the binary, as a user would: the shared setup of the
/// end-to-end tests.
public enum LoadedFixtures {
    /// An import that did not exit 0 while loading the Fixtures.
    public struct ImportFailed: Error, CustomStringConvertible {
        public var file: String
        public var stderr: String
        public var description: String { "\(file): \(stderr)" }
    }

    /// A scratch folder with the standard Fixtures imported into `e2e.db`, the binary set to run
    /// from the repository root, and the `--db` arguments.
    /// `language`: the `SENTRA_LANG` the returned binary runs with (nil: the default, Bahasa Indonesia).
    public static func make(language: String? = nil) throws -> (Scratch, SentraBinary, [String]) {
        let scratch = try Scratch()
        // Run from the repository root with relative paths: file names are part of
        // the reports' provenance, and goldens must not depend on the checkout's location.
        var sentra = SentraBinary(directory: Repository.root.path)
        sentra.environment["SENTRA_LANG"] = language
        let db = ["--db", scratch.path("e2e.db")]
        for (kind, file) in [
            ("suppliers", "suppliers.csv"), ("suppliers", "messy/suppliers-lampung-win1252.csv"),
            ("catalog", "catalog.csv"), ("catalog", "messy/catalog-semicolon.csv"), ("needs", "needs.csv"),
            ("needs", "messy/needs-lkpp.csv"), ("spend", "spend.csv"), ("budgets", "budgets.csv"),
        ] {
            let result = try sentra.run(db + ["import", kind, "Fixtures/" + file])
            guard result.status == 0 else { throw ImportFailed(file: file, stderr: result.stderr) }
        }
        return (scratch, sentra, db)
    }
}
