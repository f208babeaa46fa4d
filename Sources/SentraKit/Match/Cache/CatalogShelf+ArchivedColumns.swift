extension CatalogShelf {
    /// The archive's layout after its header and suppliers: every stored column in the order it
    /// is written and read, with what must hold of it. Signatures are derived, not stored.
    /// Changing this list changes the bytes: bump ``CatalogCache/format``.
    static var archivedColumns: [ShelfColumn] {
        typealias C = ShelfColumn
        return [
            // Supplier numbers index the entry's own suppliers (``archive(suppliers:)``).
            .perItem(\.supplier) { C.within($0.supplier, $1) },
            // Prices ascending: the matcher's binary searches and bounds rely on it.
            .plain(\.price) { shelf, _ in zip(shelf.price, shelf.price.dropFirst()).allSatisfy { $0 <= $1 } },
            .perItem(\.lead), .perItem(\.capacity), .perItem(\.mask),
            .perItem(\.others) { shelf, _ in shelf.others.allSatisfy { $0 >= -1 && Int($0) < shelf.otherTypes.count } },
            otherTypeSets,
            C(
                write: { $1.put($0.open.map { UInt8($0 ? 1 : 0) }) },
                read: { $0.open = try $1.array(UInt8.self).map { $0 != 0 } },
                check: { shelf, _ in shelf.open.count == shelf.count }),
            .perItem(\.region), .perItem(\.tkdnBasisPoints),
            .strings(\.sku) { shelf, _ in shelf.sku.count == shelf.count },
            .perItem(\.name) { shelf, _ in C.within(shelf.name, shelf.strings.count) },
            .perItem(\.unit) { shelf, _ in C.within(shelf.unit, shelf.strings.count) },
            .strings(\.strings),
            termNames,
            .plain(\.termStart) { shelf, _ in
                shelf.termStart.count == shelf.count + 1 && C.runs(shelf.termStart, shelf.terms.count)
            },
            // After `termStart`'s check, so its count is known to be right.
            .perItem(\.nameEnd) { shelf, _ in
                (0..<shelf.count).allSatisfy {
                    shelf.termStart[$0] <= shelf.nameEnd[$0] && shelf.nameEnd[$0] <= shelf.termStart[$0 + 1]
                }
            },
            .plain(\.terms) { shelf, _ in C.within(shelf.terms, shelf.termIDs.count) },
            .plain(\.postingStart) { shelf, _ in
                shelf.postingStart.count == shelf.termIDs.count + 1
                    && C.runs(shelf.postingStart, shelf.postingItems.count)
            },
            .plain(\.postingItems) { shelf, _ in C.within(shelf.postingItems, shelf.count) },
            .plain(\.heads) { shelf, _ in
                C.within(shelf.heads, shelf.termIDs.count)
                    && zip(shelf.heads, shelf.heads.dropFirst()).allSatisfy { $0 < $1 }
            },
            .plain(\.pairs) { shelf, _ in zip(shelf.pairs, shelf.pairs.dropFirst()).allSatisfy { $0 < $1 } },
            .value(\.openMask),
            C(
                write: { $1.put([Int64($0.inactiveCount), Int64($0.largeCount)]) },
                read: { shelf, input in
                    let counts = try input.array(Int64.self)
                    guard counts.count == 2 else { throw ArchiveReader.Damaged() }
                    (shelf.inactiveCount, shelf.largeCount) = (Int(counts[0]), Int(counts[1]))
                }),
            C(
                write: { $1.put($0.maskCounts.map(Int64.init)) },
                read: { $0.maskCounts = try $1.array(Int64.self).map(Int.init) },
                check: { shelf, _ in shelf.maskCounts.count == 256 }),
            .plain(\.leadSorted), .plain(\.capacitySorted),
            areaIndexes,
        ]
    }

    /// The distinct sets of other certificate types: their sizes, then their types in a row.
    private static var otherTypeSets: ShelfColumn {
        ShelfColumn(
            write: { shelf, out in
                out.put(shelf.otherTypes.map { Int32($0.count) })
                out.put(shelf.otherTypes.flatMap { $0 })
            },
            read: { shelf, input in
                let (setSizes, setTypes) = (try input.array(Int32.self), try input.strings())
                guard setSizes.allSatisfy({ $0 > 0 }), setSizes.reduce(0, { $0 + Int($1) }) == setTypes.count else {
                    throw ArchiveReader.Damaged()
                }
                var next = 0
                shelf.otherTypes = setSizes.map { size in
                    defer { next += Int(size) }
                    return Array(setTypes[next..<next + Int(size)])
                }
            })
    }

    /// The shelf's terms in id order.
    private static var termNames: ShelfColumn {
        ShelfColumn(
            write: { shelf, out in
                var terms = [String](repeating: "", count: shelf.termIDs.count)
                for (term, id) in shelf.termIDs { terms[Int(id)] = term }
                out.put(terms)
            },
            read: { shelf, input in
                let terms = try input.strings()
                shelf.termIDs.reserveCapacity(terms.count)
                for (id, term) in terms.enumerated() {
                    // A term twice would trap in `Dictionary(uniqueKeysWithValues:)`; it is damage, so it throws.
                    guard shelf.termIDs.updateValue(Int32(id), forKey: term) == nil else {
                        throw ArchiveReader.Damaged()
                    }
                }
            })
    }

    /// The areas' codes ascending, then each area's items, terms, starts and postings.
    private static var areaIndexes: ShelfColumn {
        ShelfColumn(
            write: { shelf, out in
                let codes = shelf.areas.keys.sorted()
                out.put(codes)
                for code in codes {
                    let area = shelf.areas[code]!
                    out.put(area.items)
                    out.put(area.terms)
                    out.put(area.starts)
                    out.put(area.postings)
                }
            },
            read: { shelf, input in
                for code in try input.array(Int32.self) {
                    shelf.areas[code] = CatalogArea(
                        items: try input.array(), terms: try input.array(), starts: try input.array(),
                        postings: try input.array())
                }
            },
            check: { shelf, _ in
                shelf.areas.values.allSatisfy {
                    ShelfColumn.within($0.items, shelf.count) && ShelfColumn.within($0.terms, shelf.termIDs.count)
                        && $0.starts.count == $0.terms.count + 1 && ShelfColumn.runs($0.starts, $0.postings.count)
                        && ShelfColumn.within($0.postings, shelf.count)
                }
            })
    }
}
