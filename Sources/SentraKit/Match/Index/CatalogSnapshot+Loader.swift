import GRDBSQLite

extension CatalogSnapshot {
    /// Interns one shelf's strings and terms while it is built from rows. Catalogs repeat
    /// themselves (a million items carry some twenty thousand names and a few hundred
    /// thousand descriptions), so each distinct text is reduced to terms once.
    struct Loader {
        private(set) var strings: [String] = []
        private(set) var termIDs: [String: Int32] = [:]
        private var stringIDs: [String: Int32] = [:]
        /// String id → its sorted term ids, computed on first use (names only).
        private var stringTerms: [Int32: [Int32]] = [:]
        private var textTerms: [String: [Int32]] = [:]
        private var masks: [String: UInt8] = [:]
        /// Certificate types outside the five, per stored cell; and the shelf's sets of them.
        private var cellOthers: [String: [String]] = [:]
        private var otherSets: [[String]: Int32] = [:]
        /// Names whose leading term and adjacent pairs are already in ``heads`` and ``pairs``.
        private var namesSeen: Set<Int32> = []
        /// Term ids that lead some item's name, and adjacent term pairs of names (``CatalogShelf/heads``).
        private var heads: Set<Int32> = []
        private var pairs: Set<Int64> = []
        /// Name string id → the id of its first term (``CatalogShelf/firstTerm``), -1 for none.
        private var firstTerms: [Int32: Int32] = [:]
        /// Each distinct name's term ids in word order.
        private var orderedNames: [[Int32]] = []

        /// Hands the shelf its strings and term ids.
        func close(_ shelf: inout ShelfDraft) {
            shelf.strings = strings
            shelf.termIDs = termIDs
            shelf.heads = heads.sorted()
            shelf.pairs = pairs.sorted()
            shelf.products = products()
        }

        /// The first terms of names that hold no other head (``CatalogShelf/products``): `kursi`
        /// of `Kursi Kantor Putar`, not of `Kursi Rotan Set + Meja` alone; never a class names lead
        /// with (``Lexicon/classLeads``).
        private func products() -> [Int32] {
            var names = [String](repeating: "", count: termIDs.count)
            for (term, id) in termIDs { names[Int(id)] = term }
            var products: Set<Int32> = []
            for ordered in orderedNames {
                guard let first = ordered.first, !products.contains(first),
                    !Lexicon.classLeads.contains(names[Int(first)]),
                    ordered.dropFirst().allSatisfy({ !heads.contains($0) })
                else { continue }
                products.insert(first)
            }
            return products.sorted()
        }

        /// ``string(_:)`` for a product name, noting its leading term and its adjacent term pairs
        /// once per distinct name: names come in word order (`Kemeja PDH …`), so the first term
        /// is the product and the next ones say which kind of it.
        mutating func name(_ text: String) -> (id: Int32, terms: [Int32], first: Int32) {
            let interned = string(text)
            if namesSeen.insert(interned.id).inserted {
                let terms = TextFit.terms(text)
                let ordered = terms.compactMap { termIDs[$0] }
                if let first = ordered.first { heads.insert(first) }
                // A product of many words (`Tote Bag`, `Nasi Box`) after a class (`Tas Tote Bag …`,
                // `Paket Nasi Box …`) leads the name as much as the class does.
                if ordered.count > 1, Lexicon.classLeads.contains(terms[0]), Lexicon.concepts.contains(terms[1]) {
                    heads.insert(ordered[1])
                }
                for (a, b) in zip(ordered, ordered.dropFirst()) { pairs.insert(CatalogShelf.pair(a, b)) }
                firstTerms[interned.id] = ordered.first ?? -1
                orderedNames.append(ordered)
            }
            return (interned.id, interned.terms, firstTerms[interned.id] ?? -1)
        }

        /// The shared id of `text` and its sorted terms.
        mutating func string(_ text: String) -> (id: Int32, terms: [Int32]) {
            let id: Int32
            if let known = stringIDs[text] {
                id = known
            } else {
                id = Int32(strings.count)
                strings.append(text)
                stringIDs[text] = id
            }
            if let terms = stringTerms[id] { return (id, terms) }
            let terms = intern(TextFit.terms(text))
            stringTerms[id] = terms
            return (id, terms)
        }

        /// The sorted, unique term ids of `text`.
        mutating func terms(_ text: String) -> [Int32] {
            if let cached = textTerms[text] { return cached }
            let terms = intern(TextFit.terms(text))
            textTerms[text] = terms
            return terms
        }

        /// The certificate mask of a stored certifications cell (`halal:ID…;pirt:…`, written by
        /// import in canonical form): only the types count, so only they are parsed.
        mutating func mask(_ cell: String) -> UInt8 {
            var mask: UInt8 = 0
            for piece in cell.utf8.split(separator: UInt8(ascii: ";")) {
                let type = piece.prefix { $0 != UInt8(ascii: ":") }
                let key = String(decoding: type, as: UTF8.self)
                if let known = masks[key] {
                    mask |= known
                } else {
                    let bits = CatalogSnapshot.mask(Certification.fromCell(key).map(\.type))
                    masks[key] = bits
                    mask |= bits
                }
            }
            return mask
        }

        /// The index into `shelf.otherTypes` of the types outside the five that the item's cell
        /// and its supplier hold (added when new), or -1 when there are none.
        mutating func others(_ cell: String, supplier: [String], shelf: inout ShelfDraft) -> Int32 {
            let own: [String]
            if let known = cellOthers[cell] {
                own = known
            } else {
                own = cell.isEmpty ? [] : CatalogSnapshot.otherTypes(Certification.fromCell(cell).map(\.type))
                cellOthers[cell] = own
            }
            if own.isEmpty && supplier.isEmpty { return -1 }
            let types = own.isEmpty ? supplier : supplier.isEmpty ? own : Set(own + supplier).sorted()
            if let index = otherSets[types] { return index }
            let index = Int32(shelf.otherTypes.count)
            shelf.otherTypes.append(types)
            otherSets[types] = index
            return index
        }

        private mutating func intern(_ terms: [String]) -> [Int32] {
            var ids = terms.map { term in
                if let id = termIDs[term] { return id }
                let id = Int32(termIDs.count)
                termIDs[term] = id
                return id
            }
            ids.sort()
            return ids
        }

        static func text(_ handle: OpaquePointer?, _ column: Int32) -> String {
            guard let bytes = sqlite3_column_text(handle, column) else { return "" }
            return String(cString: bytes)
        }

        static func integer(_ handle: OpaquePointer?, _ column: Int32) -> Int64? {
            sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, column)
        }
    }
}
