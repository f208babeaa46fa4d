extension ReportLanguage {
    /// The wording of every ``Phrase`` (diagnostics, errors, the executable's lines) in this language.
    public var phrases: [Phrase.Key: String] {
        switch self {
        case .id: Phrase.indonesian
        case .en: Phrase.english
        }
    }

    /// `phrase` worded in this language.
    public func text(_ phrase: Phrase) -> String { phrase.worded(by: phrases) }

    /// `phrase` of `key` with `figures` shown as they are, worded in this language.
    public func text(_ key: Phrase.Key, _ figures: CustomStringConvertible...) -> String {
        text(Phrase(key, figures: figures.map { .text($0.description) }))
    }

    /// The word for a severity, as compilers print it before the message (`error`, `kesalahan`).
    public func word(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: text(.severityError)
        case .warning: text(.severityWarning)
        case .note: text(.severityNote)
        }
    }

    /// `needs.csv:42:7: error: …` in this language: the location as compilers write it, so editors
    /// can still jump to it.
    public func line(_ diagnostic: Diagnostic) -> (location: String, severity: String, message: String) {
        (diagnostic.location, word(diagnostic.severity), text(diagnostic.phrase))
    }
}
