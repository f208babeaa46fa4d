import Foundation
import SentraKit

/// Fuzz harnesses for the parsers that read untrusted input. Each checks that
/// the parser never crashes and that what it accepts prints back to itself.
///
/// Built with `-sanitize=fuzzer -DFUZZING` it is a libFuzzer target whose
/// harness is chosen by `$SENTRA_FUZZ_TARGET`; built normally it replays
/// files (a corpus, or crashes turned into regression cases):
/// `sentra-fuzz TARGET FILE…`.
enum Harness: String, CaseIterable {
    case csv, money, date, nib, npwp, region, certifications

    func run(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        switch self {
        case .csv:
            Harness.readCSV(bytes)
        case .money:
            if case .success(let value) = Rupiah.parse(text) {
                precondition(value.sen >= 0 && value <= Rupiah.maximum, "out of range: \(value)")
                precondition(try! Rupiah.parse(value.description).get() == value, "money does not round-trip")
                precondition(try! Rupiah.parse(value.display).get() == value, "display form does not round-trip")
            }
        case .date:
            if case .success(let day) = Day.parse(text) {
                precondition(try! Day.parse(day.description).get() == day, "date does not round-trip")
                precondition(Day(ordinal: day.ordinal) == day, "ordinal does not round-trip")
            }
        case .nib:
            if case .success(let nib) = Identifiers.nib(text) {
                precondition(nib.utf8.count == 13 && nib.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }, "bad NIB accepted")
            }
        case .npwp:
            if case .success(let npwp) = Identifiers.npwp(text) {
                precondition([15, 16].contains(npwp.utf8.count), "bad NPWP accepted")
            }
        case .region:
            if case .success(let region) = RegionCode.parse(text) {
                precondition(try! RegionCode.parse(region.description).get() == region, "region does not round-trip")
            }
        case .certifications:
            if case .success(let list) = Certification.parseList(text) {
                let cell = Certification.cell(list)
                precondition(try! Certification.parseList(cell).get() == list, "certifications do not round-trip")
            }
        }
    }

    /// Writes the bytes to a private file and reads every record, as an import would.
    static func readCSV(_ bytes: UnsafeRawBufferPointer) {
        let path = NSTemporaryDirectory() + "sentra-fuzz-\(getpid()).csv"
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { unlink(path) }
        do {
            let input = try InputFile.scan(path: path, displayName: "fuzz.csv")
            let reader = try input.reader()
            var lastLine = 0
            while try reader.next() {
                precondition(reader.fieldCount >= 1, "record without fields")
                precondition(reader.line > lastLine, "line numbers must increase")
                lastLine = reader.line
                _ = reader.fields
            }
        } catch is SentraError {
            // Rejecting input is the parser's job; only crashes and broken invariants are findings.
        } catch {
            preconditionFailure("unexpected error type: \(error)")
        }
    }
}

#if FUZZING
    let selected: Harness = {
        let name = ProcessInfo.processInfo.environment["SENTRA_FUZZ_TARGET"] ?? "csv"
        guard let harness = Harness(rawValue: name) else { fatalError("unknown SENTRA_FUZZ_TARGET \(name)") }
        return harness
    }()

    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzTestOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
        selected.run(UnsafeRawBufferPointer(start: start, count: count))
        return 0
    }

    @_silgen_name("LLVMFuzzerRunDriver")
    func runDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// SwiftPM links an executable's entry point as `<module>_main`; hand control to libFuzzer's driver.
    @_cdecl("sentra_fuzz_main")
    func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var arguments = argv
        return runDriver(&count, &arguments) { start, size in fuzzTestOneInput(start, size) }
    }
#else
    @main
    struct Replay {
        static func main() throws {
            let arguments = CommandLine.arguments.dropFirst()
            guard let name = arguments.first, let harness = Harness(rawValue: name) else {
                FileHandle.standardError.write(
                    Data("usage: sentra-fuzz \(Harness.allCases.map(\.rawValue).joined(separator: "|")) FILE…\n".utf8))
                exit(64)
            }
            for file in arguments.dropFirst() {
                let data = try Data(contentsOf: URL(fileURLWithPath: file))
                data.withUnsafeBytes { harness.run($0) }
            }
            print("replayed \(arguments.count - 1) inputs through \(name)")
        }
    }
#endif
