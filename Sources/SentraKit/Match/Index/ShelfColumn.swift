/// A read-only array of plain values that lives in memory it does not own: a column of a shelf
/// read in place from its cache file (mapped) or from the bytes it was archived to. The shelf
/// or table holding the column keeps that memory alive (``CatalogShelf/owners``,
/// ``SupplierTable/owner``); the column holds no reference of its own, so copying one (the hot
/// loops slice posting lists and term runs per item) costs no reference counting.
///
/// Reads are bounds-checked like an `Array`'s; a column is never written after it is made.
struct ShelfColumn<Element: BitwiseCopyable>: RandomAccessCollection, @unchecked Sendable {
    private let base: UnsafePointer<Element>?
    let count: Int

    /// An empty column.
    init() { (base, count) = (nil, 0) }

    /// A column over `count` values at `base`, which its holder keeps alive.
    init(_ base: UnsafePointer<Element>, count: Int) {
        (self.base, self.count) = (base, count)
    }

    /// A column holding a copy of `values`, and the object its holder must keep to keep it valid.
    static func copying(_ values: [Element]) -> (ShelfColumn, any AnyObject & Sendable) {
        let storage = ColumnStorage(values)
        return (ShelfColumn(base: storage.pointer.map { UnsafePointer($0) }, count: values.count), storage)
    }

    private init(base: UnsafePointer<Element>?, count: Int) { (self.base, self.count) = (base, count) }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Element {
        @inline(__always) get {
            precondition(position >= 0 && position < count, "column index out of range")
            return base.unsafelyUnwrapped[position]
        }
    }

    /// The values as a buffer, valid while the column's holder is.
    @inline(__always)
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }
}

extension ShelfColumn where Element == Int32 {
    /// The one-value column `[0]` (an empty list of runs), in memory that is never freed.
    static var zero: ShelfColumn { ShelfColumn(base: UnsafePointer(zeroValue), count: 1) }
}

/// The value of ``ShelfColumn/zero``.
nonisolated(unsafe) private let zeroValue: UnsafeMutablePointer<Int32> = {
    let memory = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    memory.initialize(to: 0)
    return memory
}()

/// Memory a ``ShelfColumn`` made from an array owns.
private final class ColumnStorage<Element: BitwiseCopyable>: @unchecked Sendable {
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
