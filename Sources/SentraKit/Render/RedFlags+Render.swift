extension RedFlags {
    /// `names`: supplier names by NIB, written beside the NIBs of people formats.
    public static func render(
        _ flags: [Flag], thresholds: Thresholds, format: OutputFormat, language: ReportLanguage = .id,
        names: [String: String] = [:], width: Int? = nil
    ) throws -> String {
        var machine = TextTable(
            columns: ["flag", "opd_code", "subject", "amount", "rows", "detail"], rightAligned: [3])
        machine.rows = flags.map {
            [$0.flag, $0.opd_code, $0.subject, $0.amount, $0.rows.joined(separator: ";"), $0.detail]
        }
        let l = language
        var people = TextTable(
            columns: [Message.colFlag, .colOPD, .colSubject, .colAmount, .colRows, .colDetail].map { l.text($0) },
            rightAligned: [3])
        people.rows = flags.map {
            [
                $0.flag, $0.opd_code, named($0.subjectWords.map { l.text($0) } ?? $0.subject, names),
                (try? Rupiah.parse($0.amount).get())?.display ?? $0.amount,
                String($0.rows.count), named(l.text($0.words), names),
            ]
        }
        let header = l.text(
            .flagsThresholds, thresholds.directLimit.display, thresholds.splitWindowDays,
            thresholds.reservedLimit.display, thresholds.concentrationHHI, thresholds.minimumCount)
        let wrappedHeader = width.map { TextWrap.lines(header, width: $0, indent: 2).joined(separator: "\n") } ?? header
        struct Document: Encodable {
            var thresholds: Thresholds
            var flags: [Flag]
        }
        switch format {
        case .table:
            return wrappedHeader + "\n\n" + fitted(people, width: width) + l.text(.flagsSummary, flags.count) + "\n"
        case .csv: return machine.csv
        case .markdown: return header + "\n\n" + people.markdown
        case .json, .html: return try JSONOutput.encode(Document(thresholds: thresholds, flags: flags))
        case .ndjson: return try JSONOutput.lines(flags)
        }
    }

    /// On a terminal the detail, the longest cell, would stand a few words a line in the last
    /// column: each flag's detail follows its row instead, wrapped to the width; piped, the table
    /// as it is.
    static func fitted(_ people: TextTable, width: Int?) -> String {
        guard let width else { return people.plain }
        var head = people
        head.columns.removeLast()
        head.rows = people.rows.map { Array($0.dropLast()) }
        head.notes = people.rows.map { $0.last ?? "" }
        return head.plain(width: width)
    }

    /// `text` with each 13-digit NIB followed by its supplier's name: `9120531429043 (Kue Basah Ceu Enok)`.
    static func named(_ text: String, _ names: [String: String]) -> String {
        guard !names.isEmpty else { return text }
        var out = ""
        var digits = ""
        func flush() {
            out += digits
            if digits.count == 13, let name = names[digits] { out += " (\(name))" }
            digits = ""
        }
        for character in text {
            if character.isASCII && character.isNumber {
                digits.append(character)
            } else {
                flush()
                out.append(character)
            }
        }
        flush()
        return out
    }
}
