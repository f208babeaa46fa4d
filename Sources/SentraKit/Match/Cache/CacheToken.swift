/// The random name of a cache file, kept in its header and in the database row naming it: a
/// file is read only for the row it was written for.
struct CacheToken: Equatable, Sendable {
    var high: UInt64
    var low: UInt64

    static let none = CacheToken(high: 0, low: 0)

    static func random() -> CacheToken {
        var generator = SystemRandomNumberGenerator()
        return CacheToken(high: generator.next(), low: generator.next())
    }

    /// 32 hex digits.
    var name: String {
        [high, low].map { word in
            let digits = String(word, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }

    init(high: UInt64, low: UInt64) { (self.high, self.low) = (high, low) }

    /// The token named by `name`; nil when it is not 32 hex digits.
    init?(name: String) {
        guard name.utf8.count == 32, let high = UInt64(name.prefix(16), radix: 16),
            let low = UInt64(name.suffix(16), radix: 16)
        else { return nil }
        (self.high, self.low) = (high, low)
    }
}
