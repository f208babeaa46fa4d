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

    /// One row per candidate (or per unmatched need), for csv and markdown.
    public static func table(_ matches: [NeedMatch], explain: Bool) -> TextTable {
        var table = TextTable(
            columns: [
                "need_id", "opd_code", "rank", "nib", "supplier_name", "sku", "product_name", "unit_price", "total",
                "score", "region",
            ] + (explain ? ["reasons"] : []) + ["unmatched_reason"],
            rightAligned: [2, 7, 8, 9])
        for match in matches {
            if match.candidates.isEmpty {
                table.rows.append(
                    [match.need.id, match.need.opdCode, "", "", "", "", "", "", "", "", ""] + (explain ? [""] : [])
                        + [match.unmatchedReason ?? ""])
            }
            for candidate in match.candidates {
                table.rows.append(
                    [
                        match.need.id, match.need.opdCode, String(candidate.rank), candidate.nib,
                        candidate.supplierName, candidate.sku, candidate.productName,
                        candidate.unitPrice.description, candidate.total.description, String(candidate.score),
                        candidate.region,
                    ] + (explain ? [candidate.reasons.joined(separator: "; ")] : []) + [""])
            }
        }
        return table
    }

    /// The people's view: each need, then its proposals.
    public static func plain(_ matches: [NeedMatch], explain: Bool) -> String {
        var out = ""
        for match in matches {
            let need = match.need
            out += "\(need.id)  \(need.description)\n"
            let region = need.region?.description ?? ""
            out += "    \(need.opdCode) · \(need.quantity) \(need.unit) · pagu \(need.budget.display) · \(region)"
            if let day = need.neededBy { out += " · by \(day)" }
            if !need.requiredCertifications.isEmpty {
                out += " · needs \(need.requiredCertifications.joined(separator: ", "))"
            }
            out += "\n"
            if let reason = match.unmatchedReason { out += "    no candidate: \(reason)\n" }
            for candidate in match.candidates {
                out +=
                    "  \(candidate.rank). \(candidate.supplierName) [\(candidate.scale.rawValue), \(candidate.region)]"
                out += " — \(candidate.productName) @ \(candidate.unitPrice.display) = \(candidate.total.display)"
                out += "  (score \(candidate.score))\n"
                if explain {
                    for reason in candidate.reasons { out += "       · \(reason)\n" }
                }
            }
            out += "\n"
        }
        let matched = matches.filter { !$0.candidates.isEmpty }.count
        out += "\(matched) of \(matches.count) needs have at least one IKM candidate.\n"
        return out
    }

    public static func render(_ matches: [NeedMatch], format: OutputFormat, explain: Bool) throws -> String {
        switch format {
        case .table: plain(matches, explain: explain)
        case .csv: table(matches, explain: true).csv
        case .markdown: table(matches, explain: explain).markdown
        case .json, .html: try JSONOutput.encode(matches.map(json))
        case .ndjson: try JSONOutput.lines(matches.map(json))
        }
    }
}
