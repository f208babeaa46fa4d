import Foundation
import SentraKit

/// Standard error, with colour only on a terminal and never under `NO_COLOR`.
struct Terminal {
    static let standardError = Terminal(fd: 2)

    let fd: Int32

    var isTTY: Bool { isatty(fd) == 1 }
    /// Colour and progress lines: only on a terminal, never under `NO_COLOR` (the contract's rule for both).
    var usesColour: Bool { isTTY && ProcessInfo.processInfo.environment["NO_COLOR"] == nil }
    var showsProgress: Bool { usesColour }

    func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    private func paint(_ text: String, _ code: String) -> String {
        usesColour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func render(_ diagnostic: Diagnostic) {
        let colour: String
        switch diagnostic.severity {
        case .error: colour = "1;31"
        case .warning: colour = "1;33"
        case .note: colour = "1;36"
        }
        let text = diagnostic.description
        if let range = text.range(of: "\(diagnostic.severity.rawValue):") {
            write(
                String(text[..<range.lowerBound]) + paint(String(text[range]), colour)
                    + String(text[range.upperBound...]) + "\n")
        } else {
            write(text + "\n")
        }
    }

    func report(_ error: SentraError) {
        for diagnostic in error.diagnostics { render(diagnostic) }
        write("sentra: " + paint("error:", "1;31") + " " + error.message + "\n")
    }

    /// A progress line that rewrites itself; only on a terminal.
    func progress(_ text: String) {
        guard showsProgress else { return }
        write("\r\u{1B}[2K" + text)
    }

    func endProgress() {
        guard showsProgress else { return }
        write("\r\u{1B}[2K")
    }
}
