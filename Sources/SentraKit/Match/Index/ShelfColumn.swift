/// A read-only array of plain values that may live in memory it does not own: a column of a
/// shelf read in place from its cache file (mapped) or from the bytes it was archived to. The
/// owner keeps that memory alive as long as any column points into it.
///
/// Reads are bounds-checked like an `Array`'s; a column is never written after it is made.
struct ShelfColumn<Element: BitwiseCopyable>: RandomAccessCollection, @unchecked Sendable {
    private let base: UnsafePointer<Element>?
    let count: Int
    private let owner: AnyObject?

    /// An empty column.
    init() { (base, count, owner) = (nil, 0, nil) }

    /// A column over `count` values at `base`, kept alive by `owner`.
    init(_ base: UnsafePointer<Element>, count: Int, owner: AnyObject) {
        (self.base, self.count, self.owner) = (base, count, owner)
    }

    /// A column holding a copy of `values`.
    init(_ values: [Element]) {
        let storage = ColumnStorage(values)
        (base, count, owner) = (storage.pointer.map { UnsafePointer($0) }, values.count, storage)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Element {
        @inline(__always) get {
            precondition(position >= 0 && position < count, "column index out of range")
            return base.unsafelyUnwrapped[position]
        }
    }

    /// The values as a buffer, valid inside `body` only.
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        try withExtendedLifetime(owner) { try body(UnsafeBufferPointer(start: base, count: count)) }
    }
}

/// Memory a ``ShelfColumn`` made from an array owns.
private final class ColumnStorage<Element: BitwiseCopyable> {
    let pointer: UnsafeMutablePointer<Element>?

    init(_ values: [Element]) {
        guard !values.isEmpty else {
            pointer = nil
            return
        }
        let memory = UnsafeMutablePointer<Element>.allocate(capacity: values.count)
        values.withUnsafeBufferPointer { memory.initialize(from: $0.baseAddress!, count: values.count) }
        pointer = memory
    }

    deinit { pointer?.deallocate() }
}

/// The values of posting lists and areas: slices of a column, indexed as the column.
typealias PostingList = Slice<ShelfColumn<Int32>>
