import ArgumentParser
import SentraKit

/// Option values are parsed once, into SentraKit's value types, by SentraKit's own parsers; a
/// refusal becomes one kind of usage error (exit 64) carrying the parser's words, which say what
/// would be accepted. Use as `@Option(transform: OptionValue.percent)`.
enum OptionValue {
    static func parsing<T>(_ parse: @escaping @Sendable (String) -> Result<T, ValueError>)
        -> @Sendable (String) throws -> T
    {
        { text in
            switch parse(text) {
            case .success(let value): return value
            case .failure(let error): throw Usage.error(error.phrase)
            }
        }
    }

    static let percent = parsing { Percent.parse($0, range: 0...100) }
    static let rupiah = parsing(Rupiah.parse)
    static let day = parsing(Day.parse)
    /// A kabupaten/kota code or a province prefix (`36.04`, `3604`, `36`).
    static let regionPrefix = parsing(RegionCode.parsePrefix)
    static let category = parsing(Category.parse)
    /// A kabupaten/kota code or Kemendagri name (`36.72`, `3672`, `Cilegon`, `Kota Cilegon`).
    static let region = parsing(RegionCode.parse)
    static let quantity = parsing { Quantity.parse($0) }
    static let scale = parsing(Scale.parse)
    static let certificateType = parsing { raw in
        Certification.parseTypes(raw).flatMap { types in
            types.first.map { .success($0) } ?? .failure(ValueError(.certificateTypeNeeded))
        }
    }
    static let delimiter = parsing(InputFile.DelimiterChoice.parse)
    static let encoding = parsing(InputFile.EncodingChoice.parse)
}

extension OptionValue {
    /// `PROGRAM=PCT`, a program's own target for `--by program`.
    static let programTarget: @Sendable (String) throws -> (String, Percent) = { item in
        let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, case .success(let program) = Category.parseProgram(parts[0]) else {
            throw Usage.error(.programTargetForm)
        }
        return (program, try percent(parts[1]))
    }
}
