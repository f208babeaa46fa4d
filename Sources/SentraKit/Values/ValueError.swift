/// Why one cell could not be read; the importer adds file, line and column.
public struct ValueError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The words, rendered in the reader's language when shown.
    public var phrase: Phrase
    public init(_ phrase: Phrase) { self.phrase = phrase }
    public init(_ key: Phrase.Key, _ texts: CustomStringConvertible...) {
        self.phrase = Phrase(key, figures: texts.map { .text($0.description) })
    }
    /// The English wording (machine formats keep it).
    public var message: String { phrase.description }
    public var description: String { message }
}
