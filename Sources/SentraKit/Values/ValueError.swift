/// Why one cell could not be read; the importer adds file, line and column.
public struct ValueError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
