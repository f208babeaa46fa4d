/// Errors SentraKit reports to its callers. The executable maps each
/// ``Kind`` to one exit code, in one place.
public struct SentraError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in the terms a cron job branches on.
    public enum Kind: Sendable, Equatable {
        /// The command line asks for something impossible.
        case usage
        /// Input data rejected (bad rows, bad file); the database is unchanged.
        case dataRejected
        /// The input file is missing or unreadable.
        case inputUnreadable
        /// The database or an output file cannot be created.
        case cannotCreate
        /// I/O error on the database or an output.
        case ioError
        /// The database stayed locked past the lock timeout.
        case busy
        /// `--fail-under` was given and some OPD is below it.
        case belowTarget
    }

    public var kind: Kind
    /// What went wrong, worded in the reader's language when shown.
    public var phrase: Phrase
    /// The English wording (machine formats keep it).
    public var message: String { phrase.description }
    /// Row-level findings that led to the error (may be empty).
    public var diagnostics: [Diagnostic]

    public init(_ kind: Kind, _ phrase: Phrase, diagnostics: [Diagnostic] = []) {
        self.kind = kind
        self.phrase = phrase
        self.diagnostics = diagnostics
    }

    public init(
        _ kind: Kind, _ key: Phrase.Key, _ texts: CustomStringConvertible..., diagnostics: [Diagnostic] = []
    ) {
        self.init(kind, Phrase(key, figures: texts.map { .text($0.description) }), diagnostics: diagnostics)
    }

    /// An error whose words are the same in every language (a library's own message).
    public init(_ kind: Kind, _ message: String, diagnostics: [Diagnostic] = []) {
        self.init(kind, Phrase(.verbatim, message), diagnostics: diagnostics)
    }

    public var description: String { message }
}
