import ArgumentParser
import Foundation
import SentraKit

/// `match --describe …`: a need written on the command line, parsed as `import needs` parses
/// its cells (money like `Rp 9 juta`, dates like `15/01/2027`, a region code or name).
struct DescribeOptions: ParsableArguments {
    @Option(help: "What to buy, in words, e.g. \"snack box rapat\".")
    var describe: String?

    @Option(help: "How many (with --describe).", transform: OptionValue.quantity)
    var quantity: Int64?

    @Option(help: "Unit, e.g. box, pcs, paket (with --describe).")
    var unit: String?

    @Option(help: "Budget (pagu) for the whole quantity, e.g. 9000000 or \"Rp 9 juta\".", transform: OptionValue.rupiah)
    var budget: Rupiah?

    @Option(
        help: "Where it is needed: a kabupaten/kota code (36.72) or name (Cilegon).", transform: OptionValue.region)
    var region: RegionCode?

    @Option(
        help: "Needed by this date (YYYY-MM-DD or DD/MM/YYYY); default the end of its year.", transform: OptionValue.day
    )
    var neededBy: Day?

    @Option(
        help: "Certificate the supplier must hold, e.g. halal (repeatable).", transform: OptionValue.certificateType)
    var cert: [String] = []

    @Option(help: "Category slug or alias; default inferred from the description.", transform: OptionValue.category)
    var category: String?

    private var describeOnly: [String] {
        var given: [String] = []
        if quantity != nil { given.append("--quantity") }
        if unit != nil { given.append("--unit") }
        if budget != nil { given.append("--budget") }
        if region != nil { given.append("--region") }
        if neededBy != nil { given.append("--needed-by") }
        if !cert.isEmpty { given.append("--cert") }
        if category != nil { given.append("--category") }
        return given
    }

    /// `scoped`: whether --opd, --year or --need was given, which select stored needs instead.
    func validate(alongside scoped: Bool) throws {
        guard let describe else {
            if let first = describeOnly.first { throw Usage.error(.describeOnly, first) }
            return
        }
        if scoped { throw Usage.error(.describeScoped) }
        if describe.trimmingCharacters(in: .whitespaces).isEmpty {
            throw Usage.error(.describeNoWords)
        }
        var missing: [String] = []
        if quantity == nil { missing.append("--quantity N") }
        if unit == nil { missing.append("--unit U") }
        if budget == nil { missing.append("--budget MONEY") }
        if region == nil { missing.append("--region CODE|NAME") }
        if !missing.isEmpty {
            throw Usage.error(.describeMissing, missing.joined(separator: ", "))
        }
    }

    /// The need asked, or nil without --describe. Its fiscal year is that of --needed-by, else of the as-of date.
    func need(asOf: Day) throws -> Need? {
        guard let describe, let quantity, let unit, let budget, let region else { return nil }
        return Need(
            id: "ad-hoc", fiscalYear: neededBy?.year ?? asOf.year,
            category: category ?? LKPPCategory.infer(describe).slug, description: describe, quantity: quantity,
            unit: unit.lowercased(), budget: budget, region: region, neededBy: neededBy,
            requiredCertifications: cert)
    }
}
