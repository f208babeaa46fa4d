import ArgumentParser
import SentraKit

struct SiteCommand: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Publish the directory and catalog as a static site that works offline (id; --lang en).",
        discussion: """
            Example:
              sentra --db pengadaan.db site --output galeri --title "Galeri IKM" --no-contact
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var asOf: AsOfOption

    @Option(help: "The folder to write; replaced atomically if an earlier site is there.")
    var output: String

    @Option(help: "The site's title.")
    var title: String = "Galeri IKM"

    @Option(
        help: "Kabupaten/kota code (36.04) or province prefix (36); repeat for several.",
        transform: OptionValue.regionPrefix)
    var region: [String] = []

    @Flag(help: "Leave phone numbers and e-mail addresses out.")
    var noContact = false

    func run() throws {
        var options = SiteOptions(output: output, asOf: asOf.day)
        options.title = title
        options.regions = region
        options.noContact = noContact
        options.language = global.language
        let summary = try Site.build(try global.openStore(), options)
        if !global.quiet {
            Terminal.standardError.say(
                Phrase(
                    .siteBuilt, summary.pages, summary.suppliers, summary.products, summary.sentras, summary.regions,
                    output))
        }
    }
}
