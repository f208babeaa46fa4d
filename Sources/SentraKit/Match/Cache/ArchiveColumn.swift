/// One archived column of a cache entry part (``CatalogShelf`` or ``SupplierTable``): how it is
/// written, how it is read back, and what must hold of it once the whole part is read (counts and
/// indices in range). A part's list of columns is the archive's layout, so writing, reading and
/// checking follow one order and cannot drift apart.
struct ArchiveColumn<Root> {
    var write: (Root, inout ArchiveWriter) -> Void
    var read: (inout Root, inout ArchiveReader) throws -> Void
    /// Checked after every column is read, so it may refer to columns read later; the second
    /// argument is the number of suppliers the entry holds.
    var check: (Root, Int) -> Bool = { _, _ in true }

    /// An array of plain values, stored as its memory.
    static func plain<T: BitwiseCopyable>(
        _ path: WritableKeyPath<Root, [T]>, check: @escaping (Root, Int) -> Bool = { _, _ in true }
    ) -> ArchiveColumn {
        ArchiveColumn(write: { $1.put($0[keyPath: path]) }, read: { $0[keyPath: path] = try $1.array() }, check: check)
    }

    /// A single plain value.
    static func value<T: BitwiseCopyable>(_ path: WritableKeyPath<Root, T>) -> ArchiveColumn {
        ArchiveColumn(write: { $1.put($0[keyPath: path]) }, read: { $0[keyPath: path] = try $1.value() })
    }

    /// An array of strings.
    static func strings(
        _ path: WritableKeyPath<Root, [String]>, check: @escaping (Root, Int) -> Bool = { _, _ in true }
    ) -> ArchiveColumn {
        ArchiveColumn(
            write: { $1.put($0[keyPath: path]) }, read: { $0[keyPath: path] = try $1.strings() }, check: check)
    }

    /// Whether every value is an index below `limit`.
    static func within(_ values: [Int32], _ limit: Int) -> Bool {
        values.allSatisfy { $0 >= 0 && Int($0) < limit }
    }

    /// Whether `starts` are the bounds of consecutive runs covering `0..<total`.
    static func runs(_ starts: [Int32], _ total: Int) -> Bool {
        starts.first == 0 && Int(starts.last ?? -1) == total && zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 }
    }
}

/// A column of a shelf.
typealias ShelfColumn = ArchiveColumn<CatalogShelf>

extension ArchiveColumn where Root == CatalogShelf {
    /// A column with one entry per item, each its own check aside.
    static func perItem<T: BitwiseCopyable>(
        _ path: WritableKeyPath<CatalogShelf, [T]>, check: @escaping (CatalogShelf, Int) -> Bool = { _, _ in true }
    ) -> ShelfColumn {
        plain(path) { shelf, suppliers in shelf[keyPath: path].count == shelf.count && check(shelf, suppliers) }
    }
}
