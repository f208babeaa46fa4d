import ArgumentParser
import SentraKit

struct SuppliersCommand: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "suppliers",
        abstract: "Search the IKM directory by keyword, region, category, certificate and scale.",
        discussion: """
            On a terminal the table fits its width: names, regions and products wrap, codes and
            figures never; when even that is too wide it leaves out, in turn, the active column,
            the certificates and the phone (--format markdown, csv or json keep every column).

            Example:
              sentra --db pengadaan.db suppliers "snack box" --region Cilegon --cert halal --max-price 20000
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    @Argument(help: "Keywords, e.g. \"emping melinjo\" or \"kue kotak\".")
    var query: String?

    @Option(help: "Kabupaten/kota code (36.04) or province prefix (36).", transform: OptionValue.regionPrefix)
    var region: String?

    @Option(help: "Category slug or alias.", transform: OptionValue.category)
    var category: String?

    @Option(help: "Certificate type, e.g. halal, pirt, bpom, sni, tkdn.", transform: OptionValue.certificateType)
    var cert: String?

    @Option(help: "mikro | kecil | menengah | koperasi | besar", transform: OptionValue.scale)
    var scale: Scale?

    @Option(
        help: "Only suppliers with a product at most this unit price, e.g. 20000 or \"Rp 20.000\".",
        transform: OptionValue.rupiah)
    var maxPrice: Rupiah?

    @Option(help: "Only suppliers with a product they can make at least N of a month.")
    var minCapacity: Int64?

    func validate() throws { try outputOptions.validate(allowHTML: false) }

    func run() throws {
        var search = DirectorySearch()
        search.text = query
        search.region = region
        search.category = category
        search.certificate = cert
        search.scale = scale
        search.maxPrice = maxPrice
        search.minCapacity = minCapacity
        let results = try search.run(try global.openStore())
        try outputOptions.emit(
            SupplierReport.render(
                results, format: outputOptions.resolvedFormat, language: global.language,
                width: outputOptions.width))
    }
}
