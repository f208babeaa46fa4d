extension InputFile.DelimiterChoice {
    /// `auto`, `,`, `;` or `tab` (also spelled `comma`, `semicolon`, `\t`).
    public static func parse(_ raw: String) -> Result<Self, ValueError> {
        switch raw {
        case "auto": .success(.auto)
        case ",", "comma": .success(.fixed(UInt8(ascii: ",")))
        case ";", "semicolon": .success(.fixed(UInt8(ascii: ";")))
        case "tab", "\t", "\\t": .success(.fixed(UInt8(ascii: "\t")))
        default: .failure(ValueError(.delimiterUnknown, raw))
        }
    }
}

extension InputFile.EncodingChoice {
    /// `auto`, `utf-8` or `windows-1252` (also `utf8`, `cp1252`, `latin1`).
    public static func parse(_ raw: String) -> Result<Self, ValueError> {
        switch raw.lowercased() {
        case "auto": .success(.auto)
        case "utf-8", "utf8": .success(.fixed(.utf8))
        case "windows-1252", "cp1252", "latin1": .success(.fixed(.windows1252))
        default: .failure(ValueError(.encodingUnknown, raw))
        }
    }
}
