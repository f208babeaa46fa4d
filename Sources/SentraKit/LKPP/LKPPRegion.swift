/// The kabupaten/kota of a KLPD named in an export (`nama_klpd` `Kab. Bandung` → `32.04`),
/// through the compiled-in Kemendagri list; provinces, ministries and unknown names have none.
public enum LKPPRegion {
    /// The code for a KLPD name, or nil when it names no single kabupaten/kota on the list.
    public static func code(forKLPD name: String?) -> String? {
        guard let name, case .success(let code) = KemendagriRegions.lookup(name) else { return nil }
        return code.description
    }
}
