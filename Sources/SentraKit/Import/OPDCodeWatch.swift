import GRDB

/// Warns when an OPD code is one edit from another code (`CLG-SEDTA` beside `CLG-SETDA`):
/// codes are kept as written, so a typo would silently split one OPD's needs or spend in two.
struct OPDCodeWatch {
    /// Every code seen, upper-cased (case is no distinction between OPDs) → the code as written
    /// and the line of this file it was first seen on (0 when it came from the database).
    private var known: [String: (code: String, line: Int)] = [:]
    /// Pairs already warned about, so each pair is named once.
    private var warned: Set<[String]> = []
    /// Codes as written that were already checked: the common row, one lookup without upper-casing.
    private var checked: Set<String> = []

    /// The codes of needs, spend and budgets already in the database.
    init(_ db: Database) throws {
        let codes = try String.fetchAll(
            db, sql: "SELECT opd_code FROM need UNION SELECT opd_code FROM spend UNION SELECT opd_code FROM budget")
        for code in codes where known[code.uppercased()] == nil { known[code.uppercased()] = (code, 0) }
    }

    /// Warnings for `code` on `line`: one per code it is one edit from and was not yet named with.
    mutating func check(_ code: String, line: Int) -> [Phrase] {
        guard checked.insert(code).inserted else { return [] }
        let key = code.uppercased()
        if let seen = known[key] {
            // Only case differs: the same OPD to a person, two OPDs to every report.
            guard seen.code != code, warned.insert([seen.code, code].sorted()).inserted else { return [] }
            return [message(code, seen)]
        }
        var messages: [Phrase] = []
        for (other, seen) in known where abs(other.count - key.count) <= 1 {
            guard EditDistance.damerau(key, other, limit: 1) == 1,
                warned.insert([seen.code, code].sorted()).inserted
            else { continue }
            messages.append(message(code, seen))
        }
        known[key] = (code, line)
        return messages.sorted { $0.description < $1.description }
    }

    private func message(_ code: String, _ seen: (code: String, line: Int)) -> Phrase {
        let place = seen.line == 0 ? Phrase(.alreadyInDatabase) : Phrase(.onLine, seen.line)
        return Phrase(.opdCodeOneEdit, figures: [.text(code), .text(seen.code), .phrase(place)])
    }
}
