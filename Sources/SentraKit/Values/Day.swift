/// A calendar date without time or zone: what a purchase order or a need carries.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2999).contains(year), (1...12).contains(month),
            (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// ISO 8601, `2026-03-17`: the only form sentra writes.
    public var description: String { yearMonth + (day < 10 ? "-0\(day)" : "-\(day)") }

    /// The month, `2026-03`.
    public var yearMonth: String { "\(year)-" + (month < 10 ? "0\(month)" : "\(month)") }

    /// 1 to 4.
    public var quarter: Int { (month - 1) / 3 + 1 }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (civil-from-days, after Howard Hinnant), for date arithmetic.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day `ordinal` days after 1970-01-01.
    public init(ordinal: Int) {
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// Accepts `2026-03-17`, `17/03/2026` and `17-03-2026`: day first, never month first.
    public static func parse(_ raw: String) -> Result<Day, ValueError> {
        let text = raw.trimmingSpaces
        let fail = ValueError(.notDate, raw)
        let separator: Character = text.utf8.contains(UInt8(ascii: "/")) ? "/" : "-"
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        // At most four digits a part: a longer run cannot be a date and would overflow Int (found by fuzzing).
        guard parts.count == 3,
            parts.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return .failure(fail) }
        let year: Int, month: Int, day: Int
        if parts[0].count == 4 && separator == "-" {
            (year, month, day) = (Int(parts[0])!, Int(parts[1])!, Int(parts[2])!)
        } else if parts[2].count == 4 && parts[0].count <= 2 && parts[1].count <= 2 {
            (year, month, day) = (Int(parts[2])!, Int(parts[1])!, Int(parts[0])!)
        } else {
            return .failure(fail)
        }
        guard let value = Day(year: year, month: month, day: day) else {
            return .failure(ValueError(.notRealDate, raw, day, month, year))
        }
        return .success(value)
    }
}
