/// What one import did (or, with `--dry-run`, would do).
public struct ImportSummary: Sendable {
    public var kind: ImportKind
    public var file: String
    public var sha256: String
    public var rowsRead = 0
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public var rejected = 0
    public var amended = 0
    public var dryRun = false
    /// Warnings (unknown columns, unlinked suppliers) and, with `--skip-invalid`, the rejected rows' errors.
    public var diagnostics: [Diagnostic] = []
    /// The `history` id of this import; nil when nothing changed or on a dry run.
    public var importID: Int64?

    /// Whether the database changed (or would change).
    public var changedAnything: Bool { added + updated + amended > 0 }
}

/// Progress of a running import, for the executable's progress line.
public struct ImportProgress: Sendable {
    public var rows: Int
    public var bytesRead: Int
    public var totalBytes: Int
}

/// How an import treats the input.
public struct ImportOptions: Sendable {
    public var kind: ImportKind
    /// A path, or `-` for standard input.
    public var path: String
    public var dryRun = false
    public var skipInvalid = false
    public var rejectsPath: String?
    public var delimiter: InputFile.DelimiterChoice = .auto
    public var encoding: InputFile.EncodingChoice = .auto
    public var amend = false
    /// Import even when a column's name is a near miss of a known one (normally an error: a
    /// mistyped `Tanggal Dibutuhkn` would silently drop every deadline).
    public var allowUnknownColumns = false
    /// The worksheet to read when the file is an `.xlsx` workbook (nil: the first sheet).
    public var sheet: String?

    public init(kind: ImportKind, path: String) {
        self.kind = kind
        self.path = path
    }
}
