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

/// Runs the built `sentra` binary, as a user or cron job would.
public struct SentraBinary {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// `$SENTRA_BIN`, else the debug build in this checkout.
    public static let path: String =
        ProcessInfo.processInfo.environment["SENTRA_BIN"]
        ?? Repository.root.appendingPathComponent(".build/debug/sentra").path

    public var environment: [String: String] = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
    public var directory: String?

    public init(directory: String? = nil) { self.directory = directory }

    @discardableResult
    public func run(_ arguments: [String], stdin: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: SentraBinary.path)
        process.arguments = arguments
        process.environment = environment
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        // Capture into files, so a large output can never block the child on a full pipe.
        let scratch = try Scratch()
        defer { scratch.remove() }
        FileManager.default.createFile(atPath: scratch.path("out"), contents: nil)
        FileManager.default.createFile(atPath: scratch.path("err"), contents: nil)
        let out = try FileHandle(forWritingTo: scratch.url.appendingPathComponent("out"))
        let err = try FileHandle(forWritingTo: scratch.url.appendingPathComponent("err"))
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let outData = try Data(contentsOf: scratch.url.appendingPathComponent("out"))
        let errData = try Data(contentsOf: scratch.url.appendingPathComponent("err"))
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Golden files under Fixtures/golden; `SENTRA_UPDATE_GOLDEN=1` rewrites them.
public enum Golden {
    /// Whether `actual` equals the golden file `name`.
    public static func check(_ actual: String, _ name: String) throws -> Bool {
        try difference(actual, name) == nil
    }

    /// nil when `actual` equals the golden file `name`; else a unified diff (golden → actual), so
    /// a failing test shows what changed rather than only that something did.
    public static func difference(_ actual: String, _ name: String) throws -> String? {
        let path = Repository.fixture("golden/\(name)")
        if ProcessInfo.processInfo.environment["SENTRA_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(
                atPath: Repository.fixture("golden"), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
            return nil
        }
        guard FileManager.default.fileExists(atPath: path) else {
            return "\(name): no golden file yet; run with SENTRA_UPDATE_GOLDEN=1 and review it"
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        guard expected != actual else { return nil }
        let scratch = try Scratch()
        defer { scratch.remove() }
        let actualPath = try scratch.write(name.replacingOccurrences(of: "/", with: "_"), actual)
        let diff = Process()
        diff.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
        diff.arguments = ["-u", "--label", "golden/\(name)", "--label", "actual", path, actualPath]
        let pipe = Pipe()
        diff.standardOutput = pipe
        try diff.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        diff.waitUntilExit()
        return "\(name) differs; rerun with SENTRA_UPDATE_GOLDEN=1 after review:\n"
            + String(decoding: output.prefix(8_000), as: UTF8.self)
    }
}
