import Foundation

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

    /// The binary as a reader of English runs it (`SENTRA_LANG=en`): for tests that read its
    /// diagnostics in the English they are written to match (the default is Bahasa Indonesia).
    public static func english(directory: String? = nil) -> SentraBinary {
        var binary = SentraBinary(directory: directory)
        binary.environment["SENTRA_LANG"] = "en"
        return binary
    }

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
