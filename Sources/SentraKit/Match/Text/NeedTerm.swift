/// One term of a need's description and what it says about the product asked for.
public struct NeedTerm: Sendable, Equatable {
    /// What a term of a need says.
    public enum Role: Sendable, Equatable {
        /// Names the product (`emping`, `kursi`, `luwak`).
        case product
        /// Stands for a kind of purchase loosely (`souvenir`, `ATK`, `Makanan dan Minuman`): the
        /// product when the need names no other that the category knows.
        case hint
        /// Says what the purchase is for, who it is for or where (`rapat`, `peserta`, `Kota
        /// Serang`, `A4`), never what it is.
        case context
    }

    public var term: String
    public var role: Role
    /// The need's own words the term was read from (`kemasan`, `snack box`), for reasons: the
    /// term itself is a stem or a concept (`masan`, `snackbox`) no officer wrote.
    public var words: String

    /// Read from the account part of a SiRUP package name (`Belanja Pakaian Kerja Lapangan - Topi
    /// Rimba`): context before the package, never its product.
    public var account = false
    /// Follows the term before it in the text with nothing dropped between (`Minyak Zaitun`, not
    /// `Keripik untuk Tamu` or `Emas 24 Karat`): the two are one noun phrase, the second narrowing
    /// the first.
    public var joined = false
    /// Read only from an aside in brackets (`Kaos Kerah (Polo Shirt)`): another name of the product
    /// or a detail, read after the rest.
    public var aside = false
    /// Starts another name for what the words before it name, after a slash or `atau`
    /// (`Snake Plant / Lidah Mertua`).
    public var alternative = false
    /// Starts what the product is for, after `untuk` (`Batik Tulis untuk Seragam Pimpinan`).
    public var purpose = false

    public init(
        term: String, role: Role, words: String? = nil, account: Bool = false, joined: Bool = false,
        aside: Bool = false, alternative: Bool = false, purpose: Bool = false
    ) {
        self.term = term
        self.role = role
        self.words = words ?? term
        self.account = account
        self.joined = joined
        self.aside = aside
        self.alternative = alternative
        self.purpose = purpose
    }
}
