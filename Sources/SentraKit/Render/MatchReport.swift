/// Renders `match` results in every format.
public enum MatchReport {
    struct CandidateJSON: Encodable {
        var rank: Int
        var nib: String
        var supplier_name: String
        var scale: String
        var sku: String
        var product_name: String
        var unit: String
        var unit_price: String
        var total: String
        var score: Int
        var region: String
        var reasons: [String]
    }

    struct NeedJSON: Encodable {
        var need_id: String
        var opd_code: String
        var description: String
        var category: String
        var quantity: Int64
        var unit: String
        var budget: String
        var region: String
        var candidates: [CandidateJSON]
        var unmatched_reason: String?

        func encode(to encoder: Encoder) throws {
            // Explicit so `unmatched_reason` is always present (null when matched).
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(need_id, forKey: .need_id)
            try container.encode(opd_code, forKey: .opd_code)
            try container.encode(description, forKey: .description)
            try container.encode(category, forKey: .category)
            try container.encode(quantity, forKey: .quantity)
            try container.encode(unit, forKey: .unit)
            try container.encode(budget, forKey: .budget)
            try container.encode(region, forKey: .region)
            try container.encode(candidates, forKey: .candidates)
            try container.encode(unmatched_reason, forKey: .unmatched_reason)
        }

        enum Keys: String, CodingKey {
            case need_id, opd_code, description, category, quantity, unit, budget, region, candidates, unmatched_reason
        }
    }

    static func json(_ match: NeedMatch) -> NeedJSON {
        NeedJSON(
            need_id: match.need.id, opd_code: match.need.opdCode, description: match.need.description,
            category: match.need.category, quantity: match.need.quantity, unit: match.need.unit,
            budget: match.need.budget.description, region: match.need.region?.description ?? "",
            candidates: match.candidates.map {
                CandidateJSON(
                    rank: $0.rank, nib: $0.nib, supplier_name: $0.supplierName, scale: $0.scale.rawValue, sku: $0.sku,
                    product_name: $0.productName, unit: $0.unit, unit_price: $0.unitPrice.description,
                    total: $0.total.description, score: $0.score, region: $0.region, reasons: $0.reasons)
            },
            unmatched_reason: match.unmatchedReason)
    }

    /// One row per candidate (or per unmatched need), for csv and markdown: the contract's column
    /// names and English reasons for csv (`language` nil), headers and reasons in `language` for people.
    public static func table(_ matches: [NeedMatch], explain: Bool, language: ReportLanguage? = nil) -> TextTable {
        let names =
            language.map { l in
                [
                    Message.colNeed, .colOPD, .colRank, .colNIB, .colSupplier, .colSKU, .colProduct, .colUnitPrice,
                    .colTotal, .colScore, .colRegion,
                ].map { l.text($0) } + (explain ? [l.text(.colReasons)] : []) + [l.text(.colUnmatched)]
            }
            ?? [
                "need_id", "opd_code", "rank", "nib", "supplier_name", "sku", "product_name", "unit_price", "total",
                "score", "region",
            ] + (explain ? ["reasons"] : []) + ["unmatched_reason"]
        var table = TextTable(columns: names, rightAligned: [2, 7, 8, 9])
        for match in matches {
            if match.candidates.isEmpty {
                let reason = language.flatMap { match.unmatched?.words($0) } ?? match.unmatchedReason ?? ""
                table.rows.append(
                    [match.need.id, match.need.opdCode, "", "", "", "", "", "", "", "", ""] + (explain ? [""] : [])
                        + [reason])
            }
            for candidate in match.candidates {
                let reasons = language.map { l in candidate.why.map { $0.words(l) } } ?? candidate.reasons
                table.rows.append(
                    [
                        match.need.id, match.need.opdCode, String(candidate.rank), candidate.nib,
                        candidate.supplierName, candidate.sku, candidate.productName,
                        candidate.unitPrice.description, candidate.total.description, String(candidate.score),
                        candidate.region,
                    ] + (explain ? [reasons.joined(separator: "; ")] : []) + [""])
            }
        }
        return table
    }

    /// The people's view: each need, then its proposals, in `language`.
    public static func plain(
        _ matches: [NeedMatch], explain: Bool, language: ReportLanguage = .id, width: Int? = nil
    ) -> String {
        var out = ""
        /// A line, broken to `width` with continuation lines indented by `indent`.
        func add(_ line: String, indent: Int) {
            out +=
                (width.map { TextWrap.lines(line, width: $0, indent: indent).joined(separator: "\n") } ?? line) + "\n"
        }
        for match in matches {
            let need = match.need
            add("\(need.id)  \(need.description)", indent: 4)
            // A need asked with `match --describe` has no OPD.
            var line =
                need.opdCode.isEmpty
                ? language.text(
                    .needLineAsked, language.count(need.quantity), need.unit, need.budget.display,
                    RegionName(code: need.region?.description ?? "").full)
                : language.text(
                    .needLine, need.opdCode, language.count(need.quantity), need.unit, need.budget.display,
                    RegionName(code: need.region?.description ?? "").full)
            if let day = need.neededBy { line += language.text(.needBy, day) }
            if !need.requiredCertifications.isEmpty {
                line += language.text(.needCerts, need.requiredCertifications.joined(separator: ", "))
            }
            add(line, indent: 6)
            if let reason = match.unmatched { add(language.text(.noCandidate, reason.words(language)), indent: 6) }
            for candidate in match.candidates {
                let line = language.text(
                    .candidateLine, candidate.rank, candidate.supplierName, candidate.scale.rawValue,
                    RegionName(code: candidate.region).full, candidate.productName, candidate.unitPrice.display,
                    candidate.total.display)
                add(line + language.text(.score, candidate.score), indent: 6)
                if explain {
                    for reason in candidate.why { add("       · \(reason.words(language))", indent: 9) }
                }
            }
            out += "\n"
        }
        let matched = matches.filter { !$0.candidates.isEmpty }.count
        add(language.text(.matchSummary, matched, matches.count), indent: 0)
        return out
    }

    public static func render(
        _ matches: [NeedMatch], format: OutputFormat, explain: Bool, language: ReportLanguage = .id,
        width: Int? = nil
    ) throws -> String {
        switch format {
        case .table: plain(matches, explain: explain, language: language, width: width)
        case .csv: table(matches, explain: true).csv
        case .markdown: table(matches, explain: explain, language: language).markdown
        case .json, .html: try JSONOutput.encode(matches.map(json))
        case .ndjson: try JSONOutput.lines(matches.map(json))
        }
    }
}
