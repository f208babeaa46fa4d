/// One archived column of a cache entry part: how it is written from what was built
/// (`Source`: a ``ShelfDraft`` or the suppliers), how it is read back in place into what is
/// matched on (`Target`: a ``CatalogShelf`` or a ``SupplierTable``), and what must hold of it
/// once the whole part is read (counts and indices in range). A part's list of columns is the
/// archive's layout, so writing, reading and checking follow one order and cannot drift apart.
struct ArchiveColumn<Source, Target> {
    var write: (Source, inout ArchiveWriter) -> Void
    var read: (inout Target, inout ArchiveReader) throws -> Void
    /// Checked after every column is read, so it may refer to columns read later; the second
    /// argument is the number of suppliers the entry holds.
    var check: (Target, Int) -> Bool = { _, _ in true }

    /// An array of plain values, read in place.
    static func plain<T: BitwiseCopyable>(
        _ source: KeyPath<Source, [T]>, _ target: WritableKeyPath<Target, ShelfColumn<T>>,
        check: @escaping (Target, Int) -> Bool = { _, _ in true }
    ) -> ArchiveColumn {
        ArchiveColumn(
            write: { $1.put($0[keyPath: source]) }, read: { $0[keyPath: target] = try $1.column() }, check: check)
    }

    /// A single plain value.
    static func value<T: BitwiseCopyable>(_ source: KeyPath<Source, T>, _ target: WritableKeyPath<Target, T>)
        -> ArchiveColumn
    {
        ArchiveColumn(write: { $1.put($0[keyPath: source]) }, read: { $0[keyPath: target] = try $1.value() })
    }

    /// An array of strings, decoded when read.
    static func strings(
        _ source: KeyPath<Source, [String]>, _ target: WritableKeyPath<Target, StringColumn>,
        check: @escaping (Target, Int) -> Bool = { _, _ in true }
    ) -> ArchiveColumn {
        ArchiveColumn(
            write: { $1.put($0[keyPath: source]) }, read: { $0[keyPath: target] = try $1.strings() }, check: check)
    }
}

/// What the columns' checks ask of indices, as tight loops over the values: a cached entry is
/// checked whole on every read, so these run over every posting of a shelf.
enum ArchiveColumnCheck {
    /// Whether every value is an index below `limit`.
    static func within(_ values: ShelfColumn<Int32>, _ limit: Int) -> Bool {
        values.withUnsafeBufferPointer { buffer in
            var bad = false
            let bound = UInt32(clamping: limit)
            for value in buffer { bad = bad || UInt32(bitPattern: value) >= bound }
            return !bad
        }
    }

    /// Whether `starts` are the bounds of consecutive runs covering `0..<total`.
    static func runs(_ starts: ShelfColumn<Int32>, _ total: Int) -> Bool {
        guard starts.first == 0, Int(starts.last ?? -1) == total else { return false }
        return starts.withUnsafeBufferPointer { buffer in
            var bad = false
            for k in buffer.indices.dropFirst() { bad = bad || buffer[k - 1] > buffer[k] }
            return !bad
        }
    }

    /// Whether the values never decrease.
    static func ascending<T: Comparable & BitwiseCopyable>(_ values: ShelfColumn<T>) -> Bool {
        values.withUnsafeBufferPointer { buffer in
            var bad = false
            for k in buffer.indices.dropFirst() { bad = bad || buffer[k - 1] > buffer[k] }
            return !bad
        }
    }

    /// Whether every value is greater than the one before it.
    static func strictlyAscending<T: Comparable & BitwiseCopyable>(_ values: ShelfColumn<T>) -> Bool {
        values.withUnsafeBufferPointer { buffer in
            var bad = false
            for k in buffer.indices.dropFirst() { bad = bad || buffer[k - 1] >= buffer[k] }
            return !bad
        }
    }
}
