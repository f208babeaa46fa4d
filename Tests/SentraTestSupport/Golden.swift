import Foundation

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
