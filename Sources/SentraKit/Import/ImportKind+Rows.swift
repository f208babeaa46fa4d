extension ImportKind {
    /// The table a kind is stored in.
    var table: String {
        switch self {
        case .suppliers: "supplier"
        case .catalog: "catalog_item"
        case .needs: "need"
        case .spend: "spend"
        case .budgets: "budget"
        }
    }

    /// Columns of the table's key.
    var keyColumns: [String] {
        switch self {
        case .suppliers: ["nib"]
        case .catalog: ["nib", "sku"]
        case .needs: ["need_id"]
        case .spend: ["tx_id"]
        case .budgets: ["opd_code", "fiscal_year"]
        }
    }

    /// Validates the current record into cells, in ``columns`` order.
    func row(_ context: inout RowContext) -> ImportRow {
        switch self {
        case .suppliers: ImportKind.supplierRow(&context)
        case .catalog: ImportKind.catalogItemRow(&context)
        case .needs: ImportKind.needRow(&context)
        case .spend: ImportKind.spendRecordRow(&context)
        case .budgets: ImportKind.budgetRow(&context)
        }
    }

    private static func text(_ value: String?) -> Cell { value.map(Cell.text) ?? .null }
    private static func integer(_ value: Int64?) -> Cell { value.map(Cell.integer) ?? .null }
    private static func percent(_ value: Percent?) -> Cell { value.map { .integer(Int64($0.basisPoints)) } ?? .null }
    private static func money(_ value: Rupiah?) -> Cell { value.map { .integer($0.sen) } ?? .null }
    private static func fiscalYear(_ raw: String) -> Result<Int64, ValueError> {
        guard raw.count == 4, let year = Int64(raw), (2000...2100).contains(year) else {
            return .failure(ValueError(.notFiscalYear, raw))
        }
        return .success(year)
    }

    private static func supplierRow(_ row: inout RowContext) -> ImportRow {
        let nib = row.required("nib", Identifiers.nib)
        let name = row.text("name")
        let scale = row.required("scale", Scale.parse)
        let region = row.required("region", RegionCode.parse)
        let certifications = row.optional("certifications", row.memo.certificationList) ?? []
        let active = row.optional("active", YesNo.parse) ?? true
        let verified = row.optional("verified_on", Day.parse)
        let npwp = row.optional("npwp", Identifiers.npwp)
        return ImportRow(
            key: nib ?? "",
            cells: [
                text(nib), .text(name), text(scale?.rawValue), text(region?.description), .text(row.raw("sentra")),
                .text(Certification.cell(certifications)), .integer(active ? 1 : 0), text(verified?.description),
                text(npwp), .text(row.raw("phone")), .text(row.raw("email")),
            ])
    }

    private static func catalogItemRow(_ row: inout RowContext) -> ImportRow {
        let nib = row.required("nib", Identifiers.nib)
        let sku = row.text("sku")
        let name = row.text("name")
        let category = row.required("category", Category.parse)
        let unitText = row.raw("unit")
        let unit = row.text("unit").lowercased()
        let price = row.required("unit_price", Rupiah.parse)
        let capacity = row.optional("capacity_per_month") { Quantity.parse($0, unit: unitText, allowZero: true) }
        let lead = row.optional("lead_time_days") { Quantity.parse($0, allowZero: true) }
        let tkdn = row.optional("tkdn") { Percent.parse($0, range: 0...100) }
        let bmp = row.optional("bmp") { Percent.parse($0, range: 0...15) }
        let certifications = row.optional("certifications", row.memo.certificationList) ?? []
        return ImportRow(
            key: "\(nib ?? "")/\(sku)",
            cells: [
                text(nib), .text(sku), .text(name), text(category), .text(unit), money(price), integer(capacity),
                integer(lead), percent(tkdn), percent(bmp), .text(Certification.cell(certifications)),
                .text(row.raw("description")),
            ])
    }

    private static func needRow(_ row: inout RowContext) -> ImportRow {
        let id = row.text("need_id")
        let opdCode = row.text("opd_code")
        let opdName = row.text("opd_name")
        let year = row.required("fiscal_year", fiscalYear)
        let program = row.optional("program", Category.parseProgram) ?? "other"
        let category = row.required("category", Category.parse)
        let description = row.text("description")
        let unitText = row.raw("unit")
        let quantity = row.required("quantity") { Quantity.parse($0, unit: unitText) }
        let unit = row.text("unit").lowercased()
        let budget = row.required("budget", Rupiah.parse)
        if let budget, budget.sen == 0 { row.error("budget", Phrase(.budgetZero)) }
        let region = row.required("region", RegionCode.parse)
        let neededBy = row.optional("needed_by", Day.parse)
        if let year, let neededBy, Int64(neededBy.year) != year {
            // Either the year or the date is mistyped; match and plan would take the date as the deadline.
            row.warning(
                "needed_by",
                Phrase(.neededByOtherYear, id, neededBy, neededBy.year, year))
        }
        let certifications = row.optional("required_certifications", Certification.parseTypes) ?? []
        return ImportRow(
            key: id,
            cells: [
                .text(id), .text(opdCode), .text(opdName), integer(year), .text(program), text(category),
                .text(description), integer(quantity), .text(unit), money(budget), text(region?.description),
                text(neededBy?.description), .text(certifications.joined(separator: ";")),
            ])
    }

    private static func spendRecordRow(_ row: inout RowContext) -> ImportRow {
        let id = row.text("tx_id")
        let opdCode = row.text("opd_code")
        let date = row.required("date", Day.parse)
        let amount = row.required("amount", Rupiah.parse)
        let nib = row.optional("supplier_nib", Identifiers.nib)
        let npwp = row.optional("supplier_npwp", Identifiers.npwp)
        let needID = row.raw("need_id")
        let category = row.optional("category", Category.parse)
        let tkdn = row.optional("tkdn") { Percent.parse($0, range: 0...100) }
        let bmp = row.optional("bmp") { Percent.parse($0, range: 0...15) }
        return ImportRow(
            key: id,
            cells: [
                .text(id), .text(opdCode), text(date?.description), money(amount), text(nib), text(npwp),
                .text(row.raw("supplier_name")), needID.isEmpty ? .null : .text(needID), text(category),
                percent(tkdn), percent(bmp),
            ])
    }

    private static func budgetRow(_ row: inout RowContext) -> ImportRow {
        let opdCode = row.text("opd_code")
        let year = row.required("fiscal_year", fiscalYear)
        let amount = row.required("goods_services_budget", Rupiah.parse)
        return ImportRow(key: "\(opdCode)/\(year ?? 0)", cells: [.text(opdCode), integer(year), money(amount)])
    }
}
