import Foundation

/// Runs a Python script: the tests' independent checkers (jsonschema for OCDS, zipfile for
/// xlsx, SciPy's LP solver for plans), so no check is written with the code it checks.
public enum Python {
    /// Runs `script` with `arguments`; returns the exit status and stdout and stderr together.
    public static func run(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
