import CSV
import Emulation
import Foundation

/// An imported file read into rows of text fields, each with the line (a sheet's row number) it
/// starts on: a CSV file, or one sheet of an Excel workbook (ImportTable+Xlsx.swift). Both are
/// then checked by the same code, so a workbook gets exactly the CSV file's validation.
struct ImportTable {
    var file: String
    /// The sheet read, for a workbook: problems are then named by cell ("C7").
    var sheet: String?
    /// The column names, trimmed.
    var header: [String]
    /// The header as read, for its control characters.
    var rawHeader: [String]
    /// The line (row) of the header: 1 in CSV; a sheet may have a title above it.
    var headerLine = 1
    var delimiter: Character
    var rows: [Row]

    struct Row {
        var line: Int
        var fields: [String]
        /// A workbook's cells that are not plain text, by column (0-based).
        var stored: [Int: StoredCell] = [:]
    }

    /// How a workbook stored a cell that is not text (its field holds the literal).
    enum StoredCell: Hashable {
        /// A number as Excel stored it: read as that number, not as text with a decimal comma.
        case number
        /// A number shown as a date, or an ISO date: never a score.
        case date
        /// "#DIV/0!"…
        case error
        /// A formula no program has calculated.
        case uncalculated
        /// A value in a column with no name in the header.
        case outsideColumns
    }

    /// Reads a workbook (by its ZIP signature) or a CSV file. `headerKey`: the column a
    /// sheet's header row is found by, below any title; `sheet`: which sheet (nil: the first).
    static func read(data: Data, file: String, sheet: String? = nil, headerKey: String) -> Result<ImportTable, ImportIssue> {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return readWorkbook(data: data, file: file, sheet: sheet, headerKey: headerKey) }
        // An Excel 97–2003 workbook (an OLE2 compound file) is not text: say what to save it as.
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return .failure(ImportIssue(file: file, line: 0, column: 0, field: "", value: "", problem: .oldExcelWorkbook))
        }
        if let sheet {
            return .failure(ImportIssue(file: file, line: 0, column: 0, field: "", value: sheet, problem: .sheetOfCSV))
        }
        return readCSV(data: data, file: file)
    }

    static func readCSV(data: Data, file: String) -> Result<ImportTable, ImportIssue> {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(in: Data(bytes))
            return .failure(ImportIssue(file: file, line: line, column: column, field: "", value: "", problem: .invalidUTF8))
        }
        // Looked at up to the first visible character, not trimmed (a copy of the whole file).
        if text.unicodeScalars.allSatisfy(CharacterSet.whitespacesAndNewlines.contains) {
            return .failure(ImportIssue(file: file, line: 1, column: 0, field: "", value: "", problem: .emptyFile))
        }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let delimiter: UnicodeScalar = firstLine.contains(";") && !firstLine.contains(",") ? ";" : ","
        do {
            let reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter)
            var line = 1
            var all: [Row] = []
            while let fields = reader.next() {
                all.append(Row(line: line, fields: fields.map(CSVOutput.restore)))
                // A quoted field may span lines; the next row starts after them.
                line += 1 + fields.reduce(0) { $0 + Self.lineBreaks(in: $1) }
            }
            if let error = reader.error {
                return .failure(ImportIssue(file: file, line: line, column: 0, field: "", value: "", problem: .unreadable(String(describing: error))))
            }
            // Blank lines (often at the end) are not rows.
            let rows = all.filter { !($0.fields.count == 1 && $0.fields[0].trimmingCharacters(in: .whitespaces).isEmpty) }
            guard let header = rows.first else {
                return .failure(ImportIssue(file: file, line: 1, column: 0, field: "", value: "", problem: .emptyFile))
            }
            return .success(ImportTable(file: file, header: header.fields.map { $0.trimmingCharacters(in: .whitespaces) }, rawHeader: header.fields,
                                        delimiter: Character(delimiter), rows: Array(rows.dropFirst())))
        } catch {
            return .failure(ImportIssue(file: file, line: 1, column: 0, field: "", value: "", problem: .unreadable(String(describing: error))))
        }
    }

    /// The line breaks a field holds, "\r\n" counting once: read byte by byte, as most fields
    /// hold none (filtering each field's characters made a copy of each).
    static func lineBreaks(in field: String) -> Int {
        var count = 0
        var afterCarriageReturn = false
        for byte in field.utf8 {
            if byte == 0x0A {
                if !afterCarriageReturn { count += 1 }
            } else if byte == 0x0D {
                count += 1
            }
            afterCarriageReturn = byte == 0x0D
        }
        return count
    }

    /// Where each column is, with the header's duplicate, unknown and missing columns reported
    /// (on the header's line, and the column where it stands).
    func columns(allowed: [String], required: [String]) -> (index: [String: Int], issues: [ImportIssue]) {
        var index: [String: Int] = [:]
        var issues = textIssues(line: headerLine, fields: rawHeader)
        for (position, name) in header.enumerated() {
            // A sheet's column without a name is empty (its values are refused by cell).
            if sheet != nil && name.isEmpty { continue }
            if index[name] != nil {
                issues.append(issue(headerLine, position + 1, name, name, .duplicateColumn(name)))
                continue
            }
            index[name] = position
            if !allowed.contains(name) {
                issues.append(issue(headerLine, position + 1, name, name, .unknownColumn(name)))
            }
        }
        let missing = required.filter { index[$0] == nil }
        if !missing.isEmpty {
            issues.append(issue(headerLine, 0, "", "", .missingColumns(missing)))
        }
        return (index, issues)
    }

    func issue(_ line: Int, _ column: Int, _ field: String, _ value: String, _ problem: ImportIssue.Problem) -> ImportIssue {
        ImportIssue(file: file, sheet: sheet, line: line, column: column, field: field, value: value, problem: problem)
    }

    /// A score, a bonus or a deduction: a workbook's number as the number it stored, else text
    /// with a decimal comma or point.
    func points(_ row: Row, column: Int) -> Result<Points, DecimalText.ParseError> {
        let text = row.fields[column].trimmingWhitespaces()
        return row.stored[column] == .number ? StoredNumber.points(text) : DecimalText.parse(text)
    }

    /// What is wrong with a row whatever the file holds: a field count other than the header's
    /// (fewer as well as more: "B,9,5" with an unquoted decimal comma must not become two
    /// scores), and a line break or control character in any field, as read (before trimming).
    func rowIssues(_ row: Row) -> [ImportIssue] {
        var issues: [ImportIssue] = []
        // A sheet's row is as wide as its header, and a value beyond it is named by its cell.
        if sheet == nil && row.fields.count != header.count {
            issues.append(issue(row.line, 0, "", row.fields.joined(separator: String(delimiter)),
                                .wrongFieldCount(expected: header.count, found: row.fields.count)))
        }
        for (column, stored) in row.stored.sorted(by: { $0.key < $1.key }) {
            let field = column < header.count ? header[column] : ""
            let value = row.fields[column]
            switch stored {
            case .number: break
            case .date: issues.append(issue(row.line, column + 1, field, value, .dateCell))
            case .error: issues.append(issue(row.line, column + 1, field, value, .cellError))
            case .uncalculated: issues.append(issue(row.line, column + 1, field, value, .uncalculatedFormula))
            case .outsideColumns: issues.append(issue(row.line, column + 1, field, value, .outsideColumns))
            }
        }
        return issues + textIssues(line: row.line, fields: row.fields)
    }

    /// A line break or control character in each field, named by its column where there is one.
    func textIssues(line: Int, fields: [String]) -> [ImportIssue] {
        fields.enumerated().compactMap { position, value in
            TextRule.problem(in: value).map { problem in
                issue(line, position + 1, position < header.count ? header[position] : "", value, .text(problem))
            }
        }
    }

    /// Line and byte column (1-based) of the first byte that is not valid UTF-8.
    static func firstInvalidUTF8(in data: Data) -> (line: Int, column: Int) {
        var lineStart = data.startIndex
        var line = 1
        var index = data.startIndex
        while index < data.endIndex {
            let byte = data[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, index - lineStart + 1)
            }
            let end = index + length
            if end > data.endIndex || String(validating: data[index..<end], as: UTF8.self) == nil {
                return (line, index - lineStart + 1)
            }
            if byte == 0x0A {
                line += 1
                lineStart = end
            }
            index = end
        }
        return (line, 1)
    }
}

/// The problems found in one imported file, collected so that every one is reported.
struct ImportIssues {
    let table: ImportTable
    private(set) var all: [ImportIssue] = []

    init(_ table: ImportTable) { self.table = table }

    var isEmpty: Bool { all.isEmpty }

    mutating func add(_ line: Int, _ column: Int, _ field: String, _ value: String, _ problem: ImportIssue.Problem) {
        all.append(table.issue(line, column, field, value, problem))
    }

    mutating func add(_ issue: ImportIssue) { all.append(issue) }
}
