import Foundation
import SentraKit

/// Standard error, with colour only on a terminal and never under `NO_COLOR`, in the reader's language.
struct Terminal {
    /// Errors can end a run before its options are parsed (or while they are), so the language of
    /// stderr is read from the command line itself: `--lang`, else `$SENTRA_LANG`, else Bahasa Indonesia.
    static let standardError = Terminal(fd: 2, language: ReportLanguage.fromCommandLine(CommandLine.arguments))

    let fd: Int32
    let language: ReportLanguage

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
        let (location, severity, message) = language.line(diagnostic)
        write("\(location): " + paint(severity + ":", colour) + " \(message)\n")
    }

    func report(_ error: SentraError) {
        for diagnostic in error.diagnostics { render(diagnostic) }
        write("sentra: " + paint(language.word(.error) + ":", "1;31") + " " + language.text(error.phrase) + "\n")
    }

    /// A line of `phrase` in the reader's language.
    func say(_ phrase: Phrase) {
        write(language.text(phrase) + "\n")
    }

    /// `sentra: warning: …` in the reader's language.
    func warn(_ phrase: Phrase) {
        write("sentra: " + paint(language.word(.warning) + ":", "1;33") + " " + language.text(phrase) + "\n")
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
