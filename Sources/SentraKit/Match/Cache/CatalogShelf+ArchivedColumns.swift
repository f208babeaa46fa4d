extension CatalogShelf {
    /// The archive's layout after its header and suppliers: every stored column in the order it
    /// is written (from a ``ShelfDraft``) and read back in place, with what must hold of it.
    /// Changing this list changes the bytes: bump ``CatalogCache/format``.
    static var archivedColumns: [ArchiveColumn<ShelfDraft, CatalogShelf>] {
        typealias C = ArchiveColumn<ShelfDraft, CatalogShelf>
        typealias Check = ArchiveColumnCheck
        return [
            // Supplier numbers index the entry's own suppliers (``ShelfDraft/archive(suppliers:)``).
            .plain(\.supplier, \.supplier) { shelf, suppliers in
                shelf.supplier.count == shelf.count && Check.within(shelf.supplier, suppliers)
            },
            // Prices ascending: the matcher's binary searches and bounds rely on it.
            .plain(\.price, \.price) { shelf, _ in Check.ascending(shelf.price) },
            perItem(\.lead, \.lead), perItem(\.capacity, \.capacity), perItem(\.mask, \.mask),
            perItem(\.others, \.others) { shelf, _ in
                shelf.others.allSatisfy { $0 >= -1 && Int($0) < shelf.otherTypes.count }
            },
            otherTypeSets,
            C(
                write: { $1.put($0.open) }, read: { $0.open = try $1.flags() },
                check: { shelf, _ in shelf.open.count == shelf.count }),
            perItem(\.region, \.region), perItem(\.tkdnBasisPoints, \.tkdnBasisPoints),
            .strings(\.sku, \.sku) { shelf, _ in shelf.sku.count == shelf.count },
            perItem(\.name, \.name) { shelf, _ in Check.within(shelf.name, shelf.strings.count) },
            perItem(\.unit, \.unit) { shelf, _ in Check.within(shelf.unit, shelf.strings.count) },
            .strings(\.strings, \.strings),
            termNames,
            .plain(\.termStart, \.termStart) { shelf, _ in
                shelf.termStart.count == shelf.count + 1 && Check.runs(shelf.termStart, shelf.terms.count)
            },
            // After `termStart`'s check, so its count is known to be right.
            perItem(\.nameEnd, \.nameEnd) { shelf, _ in
                shelf.termStart.withUnsafeBufferPointer { starts in
                    shelf.nameEnd.withUnsafeBufferPointer { ends in
                        ends.indices.allSatisfy { starts[$0] <= ends[$0] && ends[$0] <= starts[$0 + 1] }
                    }
                }
            },
            .plain(\.terms, \.terms) { shelf, _ in Check.within(shelf.terms, shelf.termIDs.count) },
            .plain(\.postingStart, \.postingStart) { shelf, _ in
                shelf.postingStart.count == shelf.termIDs.count + 1
                    && Check.runs(shelf.postingStart, shelf.postingItems.count)
            },
            .plain(\.postingItems, \.postingItems) { shelf, _ in Check.within(shelf.postingItems, shelf.count) },
            .plain(\.heads, \.heads) { shelf, _ in
                Check.within(shelf.heads, shelf.termIDs.count) && Check.strictlyAscending(shelf.heads)
            },
            .plain(\.pairs, \.pairs) { shelf, _ in Check.strictlyAscending(shelf.pairs) },
            perItem(\.firstTerm, \.firstTerm) { shelf, _ in
                shelf.firstTerm.allSatisfy { $0 >= -1 && Int($0) < shelf.termIDs.count }
            },
            .plain(\.products, \.products) { shelf, _ in
                Check.within(shelf.products, shelf.termIDs.count) && Check.strictlyAscending(shelf.products)
            },
            .value(\.openMask, \.openMask),
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
            .plain(\.leadSorted, \.leadSorted), .plain(\.capacitySorted, \.capacitySorted),
            .plain(\.signatures, \.signatures) { shelf, _ in shelf.signatures.count == 2 * shelf.count },
            areaIndexes,
        ]
    }

    /// A column with one entry per item, each its own check aside.
    private static func perItem<T: BitwiseCopyable>(
        _ source: KeyPath<ShelfDraft, [T]>, _ target: WritableKeyPath<CatalogShelf, ShelfColumn<T>>,
        check: @escaping (CatalogShelf, Int) -> Bool = { _, _ in true }
    ) -> ArchiveColumn<ShelfDraft, CatalogShelf> {
        .plain(source, target) { shelf, suppliers in
            shelf[keyPath: target].count == shelf.count && check(shelf, suppliers)
        }
    }

    /// The distinct sets of other certificate types: their sizes, then their types in a row.
    private static var otherTypeSets: ArchiveColumn<ShelfDraft, CatalogShelf> {
        ArchiveColumn(
            write: { shelf, out in
                out.put(shelf.otherTypes.map { Int32($0.count) })
                out.put(shelf.otherTypes.flatMap { $0 })
            },
            read: { shelf, input in
                let (setSizes, setTypes) = (try input.array(Int32.self), Array(try input.strings()))
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

    /// The shelf's terms in id order, then their ids in byte order (``TermTable``).
    private static var termNames: ArchiveColumn<ShelfDraft, CatalogShelf> {
        ArchiveColumn(
            write: { shelf, out in
                var terms = [String](repeating: "", count: shelf.termIDs.count)
                for (term, id) in shelf.termIDs { terms[Int(id)] = term }
                out.put(terms)
                out.put(TermTable.order(of: terms))
            },
            read: { shelf, input in
                shelf.termIDs = TermTable(names: try input.strings(), order: try input.column())
            },
            check: { shelf, _ in shelf.termIDs.isWellFormed })
    }

    /// The areas' codes ascending, then their items, terms and postings as ``AreaIndex`` keeps them.
    private static var areaIndexes: ArchiveColumn<ShelfDraft, CatalogShelf> {
        ArchiveColumn(
            write: { shelf, out in
                let codes = shelf.areas.keys.sorted()
                var index = (itemStart: [Int32(0)], items: [Int32](), termStart: [Int32(0)], terms: [Int32]())
                var (postingStart, postings) = ([Int32(0)], [Int32]())
                for code in codes {
                    let area = shelf.areas[code]!
                    index.items += area.items
                    index.itemStart.append(Int32(index.items.count))
                    index.terms += area.terms
                    index.termStart.append(Int32(index.terms.count))
                    for k in area.terms.indices {
                        postings += area.postings[Int(area.starts[k])..<Int(area.starts[k + 1])]
                        postingStart.append(Int32(postings.count))
                    }
                }
                out.put(codes)
                out.put(index.itemStart)
                out.put(index.items)
                out.put(index.termStart)
                out.put(index.terms)
                out.put(postingStart)
                out.put(postings)
            },
            read: { shelf, input in
                shelf.areas = AreaIndex(
                    codes: try input.column(), itemStart: try input.column(), items: try input.column(),
                    termStart: try input.column(), terms: try input.column(), postingStart: try input.column(),
                    postings: try input.column())
            },
            check: { shelf, _ in shelf.areas.isWellFormed(count: shelf.count, termCount: shelf.termIDs.count) })
    }
}
