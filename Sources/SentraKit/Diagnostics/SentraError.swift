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
    public var message: String
    /// Row-level findings that led to the error (may be empty).
    public var diagnostics: [Diagnostic]

    public init(_ kind: Kind, _ message: String, diagnostics: [Diagnostic] = []) {
        self.kind = kind
        self.message = message
        self.diagnostics = diagnostics
    }

    public var description: String { message }
}
