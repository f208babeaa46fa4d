/// A deterministic pseudo-random sequence (64-bit LCG), so a test that fails on a seed
/// fails the same way again.
public struct SeededSequence {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A number in `0..<bound`.
    public mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    /// A number in `range`.
    public mutating func next(_ range: ClosedRange<Int>) -> Int { range.lowerBound + next(range.count) }

    /// One of `values`.
    public mutating func pick<T>(_ values: [T]) -> T { values[next(values.count)] }
}
