import Foundation
import SentraTestSupport
import Testing

/// The JSON shapes of ../shared/spec/CONTRACT.md, field by field: stable names, money as decimal
/// strings of rupiah, shares as strings with two decimals.
@Suite struct ContractTests {
    static let money = try! NSRegularExpression(pattern: #"^-?[0-9]+(\.[0-9]{2})?$"#)
    static let share = try! NSRegularExpression(pattern: #"^[0-9]+\.[0-9]{2}$"#)

    static func matches(_ pattern: NSRegularExpression, _ value: Any?) -> Bool {
        guard let text = value as? String else { return false }
        return pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    static func json(_ sentra: SentraBinary, _ arguments: [String]) throws -> Any {
        let result = try sentra.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    @Test func matchShape() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        let needs = try #require(
            try Self.json(sentra, db + ["match", "--format", "json", "--as-of", "2026-03-01"]) as? [[String: Any]])
        #expect(!needs.isEmpty)
        for need in needs {
            for key in ["need_id", "opd_code", "budget", "candidates", "unmatched_reason"] {
                #expect(need.keys.contains(key), "match lacks \(key)")
            }
            #expect(Self.matches(Self.money, need["budget"]))
            let candidates = try #require(need["candidates"] as? [[String: Any]])
            if candidates.isEmpty {
                #expect(need["unmatched_reason"] is String)
            } else {
                #expect(need["unmatched_reason"] is NSNull)
            }
            for (offset, candidate) in candidates.enumerated() {
                for key in [
                    "rank", "nib", "supplier_name", "sku", "product_name", "unit_price", "total", "score", "region",
                    "reasons",
                ] {
                    #expect(candidate.keys.contains(key), "candidate lacks \(key)")
                }
                #expect(candidate["rank"] as? Int == offset + 1)
                #expect(
                    Self.matches(Self.money, candidate["unit_price"]) && Self.matches(Self.money, candidate["total"]))
                #expect((candidate["reasons"] as? [String])?.isEmpty == false)
            }
        }
    }

    @Test func planShape() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        let plan = try #require(
            try Self.json(sentra, db + ["plan", "--format", "json", "--as-of", "2026-03-01"]) as? [String: Any])
        let assignments = try #require(plan["assignments"] as? [[String: Any]])
        #expect(!assignments.isEmpty)
        for assignment in assignments {
            for key in ["need_id", "nib", "sku", "quantity", "total"] { #expect(assignment.keys.contains(key)) }
            #expect(assignment["quantity"] is Int)
            #expect(Self.matches(Self.money, assignment["total"]))
        }
        for unassigned in try #require(plan["unassigned"] as? [[String: Any]]) {
            #expect(unassigned["need_id"] is String && unassigned["reason"] is String)
        }
        let byOPD = try #require(plan["by_opd"] as? [[String: Any]])
        #expect(!byOPD.isEmpty)
        for row in byOPD {
            #expect(row["opd_code"] is String && row["met"] is Bool)
            #expect(Self.matches(Self.share, row["projected_share"]) && Self.matches(Self.share, row["target"]))
        }
    }

    @Test func complianceShape() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        let rows = try #require(
            try Self.json(sentra, db + ["report", "compliance", "--format", "json"]) as? [[String: Any]])
        #expect(rows.count == 8)
        for row in rows {
            for key in [
                "opd_code", "opd_name", "period", "total_spend", "counted_spend", "share", "target", "gap", "met",
                "projected_share",
            ] {
                #expect(row.keys.contains(key), "compliance lacks \(key)")
            }
            for key in ["total_spend", "counted_spend", "gap"] { #expect(Self.matches(Self.money, row[key]), "\(key)") }
            for key in ["share", "target", "projected_share"] { #expect(Self.matches(Self.share, row[key]), "\(key)") }
            #expect(row["met"] is Bool)
        }
    }

    @Test func suppliersShape() throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        let rows = try #require(try Self.json(sentra, db + ["suppliers", "--format", "json"]) as? [[String: Any]])
        #expect(rows.count == 54)
        for row in rows {
            for key in ["nib", "name", "scale", "region", "sentra", "certifications", "active", "products"] {
                #expect(row.keys.contains(key), "suppliers lacks \(key)")
            }
            #expect(row["active"] is Bool)
        }
    }

    @Test(arguments: [
        ["history"], ["check"], ["suppliers"], ["report", "flags"], ["match"], ["plan"], ["report", "compliance"],
    ])
    func everyListingWritesEveryFormatToOutput(command: [String]) throws {
        let (scratch, sentra, db) = try LoadedFixtures.make()
        defer { scratch.remove() }
        for format in ["table", "csv", "json", "ndjson", "markdown"] {
            let path = scratch.path("out.\(format)")
            let takesAsOf = [["match"], ["plan"], ["check"], ["report", "compliance"]].contains(command)
            let asOf = takesAsOf ? ["--as-of", "2026-03-01"] : []
            let result = try sentra.run(db + command + ["--format", format, "--output", path] + asOf)
            #expect(result.status == 0, "\(command) \(format): \(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(try !String(contentsOfFile: path, encoding: .utf8).isEmpty)
        }
    }
}
