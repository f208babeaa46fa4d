import Foundation

/// A worksheet read as records, for the same import pipeline as a CSV file: the sheet's XML
/// is parsed on a second thread (``SheetParser``) and its rows handed over in batches through
/// a short queue, so a sheet of a million rows is held a few batches at a time.
///
/// The first row with a value is the header. A row's fields reach as far as the header
/// does (cells left empty are empty fields); a value right of the header makes the row longer
/// than the header, which the import reports as it does for CSV.
public final class SheetReader: RecordSource {
    public let fileName: String
    /// The sheet's name as the workbook shows it on its tab.
    public let sheetName: String
    /// The sheet's XML size: progress is ``bytesRead`` of it.
    public let totalBytes: Int
    /// The row number (as Excel shows it) of the current record.
    public private(set) var line = 0

    private let stream: EntryStream
    private let rows = Handoff<SheetRows>(capacity: 4)
    private let parser: SheetParser
    private var batch = SheetRows()
    /// The current row in `batch` (valid while `currentCount` > 0) and the next one.
    private var current = 0
    private var position = 0
    private var currentCount = 0
    private var width = 0
    private var started = false
    private var finished = false

    init(
        stream: EntryStream, part: String, totalBytes: Int, file: String, sheet: String, strings: SharedStrings,
        styles: CellStyles, date1904: Bool
    ) {
        self.stream = stream
        self.fileName = file
        self.sheetName = sheet
        self.totalBytes = totalBytes
        let flag = CancelFlag()
        self.flag = flag
        parser = SheetParser(
            strings: strings, styles: styles, date1904: date1904, output: rows, file: file, sheet: sheet,
            isCancelled: { flag.isSet })
        self.part = part
    }

    private let flag: CancelFlag
    private let part: String

    public var bytesRead: Int { stream.bytesRead }

    public var fieldCount: Int { max(currentCount, width) }

    public func field(_ index: Int) -> String {
        guard index < currentCount else { return "" }
        return batch.field(row: current, index).withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    public func next() throws -> Bool {
        if !started {
            started = true
            let work = Work(parser: parser, stream: stream, part: part)
            Thread.detachNewThread { work.parser.run(work.stream, part: work.part) }
        }
        if position == batch.count {
            guard !finished, let next = rows.receive() else {
                finished = true
                currentCount = 0
                if let failure = parser.failure { throw failure }
                return false
            }
            batch = next
            position = 0
        }
        current = position
        currentCount = batch.fieldCount(row: position)
        line = batch.numbers[position]
        position += 1
        if width == 0 { width = currentCount }
        return true
    }

    deinit {
        guard started && !finished else { return }
        // Stop the parsing thread (it may be waiting to hand over a batch) before the workbook goes.
        flag.set()
        while rows.receive() != nil {}
    }

    private struct Work: @unchecked Sendable {
        let parser: SheetParser
        let stream: EntryStream
        let part: String
    }
}
