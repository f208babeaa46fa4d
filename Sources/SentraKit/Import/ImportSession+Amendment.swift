import Foundation

extension ImportSession {
    /// A spend row as JSON: money as rupiah strings, percentages with two decimals.
    func amendmentJSON(_ cells: [Cell]) throws -> String {
        var object: [String: AmendedValue] = [:]
        for (column, cell) in zip(kind.columns, cells) {
            switch cell {
            case .integer(let value) where column.name == "amount":
                object[column.name] = .text(Rupiah(sen: value).description)
            case .integer(let value) where column.name == "tkdn" || column.name == "bmp":
                object[column.name] = .text(Percent(basisPoints: Int(value)).description)
            case .text(let value): object[column.name] = .text(value)
            case .integer(let value): object[column.name] = .integer(value)
            case .null: object[column.name] = .null
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(object), as: UTF8.self)
    }

    /// A cell of an amended spend row, as JSON.
    enum AmendedValue: Encodable {
        case text(String), integer(Int64), null

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let value): try container.encode(value)
            case .integer(let value): try container.encode(value)
            case .null: try container.encodeNil()
            }
        }
    }
}
