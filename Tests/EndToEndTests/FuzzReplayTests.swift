import Foundation
import SentraTestSupport
import Testing

/// Every seed and every crash libFuzzer ever found (Fixtures/fuzz/crashes) is
/// replayed through its harness on each test run, so a fixed crash stays fixed.
@Suite struct FuzzReplayTests {
    @Test(arguments: ["csv", "money", "date", "nib", "npwp", "region", "certifications"])
    func replaySeedsAndCrashes(target: String) throws {
        let fuzz = Repository.fixture("fuzz")
        var files = try FileManager.default.contentsOfDirectory(atPath: "\(fuzz)/\(target)").map {
            "\(fuzz)/\(target)/\($0)"
        }
        let crashes = (try? FileManager.default.contentsOfDirectory(atPath: "\(fuzz)/crashes")) ?? []
        files += crashes.filter { $0.hasPrefix("\(target)-") }.map { "\(fuzz)/crashes/\($0)" }
        #expect(!files.isEmpty)
        let replayer = Repository.root.appendingPathComponent(".build/debug/sentra-fuzz").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: replayer)
        process.arguments = [target] + files.sorted()
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("replayed \(files.count) inputs"))
    }
}
