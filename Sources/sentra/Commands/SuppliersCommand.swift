import ArgumentParser
import SentraKit

struct SuppliersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suppliers",
        abstract: "Search the IKM directory by keyword, region, category, certificate and scale.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    @Argument(help: "Keywords, e.g. \"emping melinjo\" or \"kue kotak\".")
    var query: String?

    @Option(help: "Kabupaten/kota code (36.04) or province prefix (36).")
    var region: String?

    @Option(help: "Category slug or alias.")
    var category: String?

    @Option(help: "Certificate type: halal, pirt, bpom, sni, tkdn.")
    var cert: String?

    @Option(help: "mikro | kecil | menengah | koperasi | besar")
    var scale: String?

    func validate() throws {
        try outputOptions.validate(allowHTML: false)
        _ = try search()
    }

    private func search() throws -> DirectorySearch {
        var search = DirectorySearch()
        search.text = query
        do {
            search.region = try region.map { try RegionCode.parsePrefix($0).get() }
            search.category = try category.map { try Category.parse($0).get() }
            search.certificate = try cert.map { try Certification.parseTypes($0).get().first ?? $0 }
            search.scale = try scale.map { try Scale.parse($0).get() }
        } catch let error as ValueError {
            throw ValidationError(error.message)
        }
        return search
    }

    func run() throws {
        let store = try global.openStore()
        let search = try search()
        if query != nil {
            try store.write { try DirectorySearch.refreshIndex($0) }
        }
        let results = try store.read { try search.run($0) }
        try outputOptions.emit(SupplierReport.render(results, format: outputOptions.resolvedFormat))
    }
}
