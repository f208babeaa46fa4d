import ArgumentParser
import SentraKit

/// A usage error (exit 64) in the reader's language: ArgumentParser prints it with the usage line.
enum Usage {
    static func error(_ phrase: Phrase) -> ValidationError {
        ValidationError(Terminal.standardError.language.text(phrase))
    }

    static func error(_ key: Phrase.Key, _ figures: CustomStringConvertible...) -> ValidationError {
        error(Phrase(key, figures: figures.map { .text($0.description) }))
    }
}
