import CSV
import Emulation
import Foundation

/// A CSV file read into rows, each with the line it starts on. UTF-8 is checked first (and a
/// byte-order mark from a spreadsheet dropped); a semicolon is taken as the delimiter when the
/// header uses it, as spreadsheets with a decimal comma write.
struct CSVTable {
    var file: String
    /// The column names, trimmed.
    var header: [String]
    /// The header as read, for its control characters.
    var rawHeader: [String]
    var delimiter: Character
    var rows: [(line: Int, fields: [String])]

    static func read(data: Data, file: String) -> Result<CSVTable, ImportIssue> {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(in: Data(bytes))
            return .failure(ImportIssue(file: file, line: line, column: column, field: "", value: "", problem: .invalidUTF8))
        }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return .failure(ImportIssue(file: file, line: 1, column: 0, field: "", value: "", problem: .emptyFile))
        }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let delimiter: UnicodeScalar = firstLine.contains(";") && !firstLine.contains(",") ? ";" : ","
        do {
            let reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter)
            var line = 1
            var all: [(line: Int, fields: [String])] = []
            while let fields = reader.next() {
                all.append((line, fields.map(CSVOutput.restore)))
                // A quoted field may span lines; the next row starts after them.
                line += 1 + fields.reduce(0) { $0 + $1.filter { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }.count }
            }
            if let error = reader.error {
                return .failure(ImportIssue(file: file, line: line, column: 0, field: "", value: "", problem: .unreadable(String(describing: error))))
            }
            // Blank lines (often at the end) are not rows.
            let rows = all.filter { !($0.fields.count == 1 && $0.fields[0].trimmingCharacters(in: .whitespaces).isEmpty) }
            guard let header = rows.first else {
                return .failure(ImportIssue(file: file, line: 1, column: 0, field: "", value: "", problem: .emptyFile))
            }
            return .success(CSVTable(file: file, header: header.fields.map { $0.trimmingCharacters(in: .whitespaces) }, rawHeader: header.fields,
                                     delimiter: Character(delimiter), rows: Array(rows.dropFirst())))
        } catch {
            return .failure(ImportIssue(file: file, line: 1, column: 0, field: "", value: "", problem: .unreadable(String(describing: error))))
        }
    }

    /// Where each column is, with the header's duplicate, unknown and missing columns reported
    /// (line 1, and the column where it stands).
    func columns(allowed: [String], required: [String]) -> (index: [String: Int], issues: [ImportIssue]) {
        var index: [String: Int] = [:]
        var issues = textIssues(line: 1, fields: rawHeader)
        for (position, name) in header.enumerated() {
            if index[name] != nil {
                issues.append(ImportIssue(file: file, line: 1, column: position + 1, field: name, value: name, problem: .duplicateColumn(name)))
                continue
            }
            index[name] = position
            if !allowed.contains(name) {
                issues.append(ImportIssue(file: file, line: 1, column: position + 1, field: name, value: name, problem: .unknownColumn(name)))
            }
        }
        let missing = required.filter { index[$0] == nil }
        if !missing.isEmpty {
            issues.append(ImportIssue(file: file, line: 1, column: 0, field: "", value: "", problem: .missingColumns(missing)))
        }
        return (index, issues)
    }

    /// What is wrong with a row whatever the file holds: a field count other than the header's
    /// (fewer as well as more: "B,9,5" with an unquoted decimal comma must not become two
    /// scores), and a line break or control character in any field, as read (before trimming).
    func rowIssues(line: Int, fields: [String]) -> [ImportIssue] {
        var issues: [ImportIssue] = []
        if fields.count != header.count {
            issues.append(ImportIssue(file: file, line: line, column: 0, field: "", value: fields.joined(separator: String(delimiter)),
                                      problem: .wrongFieldCount(expected: header.count, found: fields.count)))
        }
        return issues + textIssues(line: line, fields: fields)
    }

    /// A line break or control character in each field, named by its column where there is one.
    func textIssues(line: Int, fields: [String]) -> [ImportIssue] {
        fields.enumerated().compactMap { position, value in
            TextRule.problem(in: value).map { problem in
                ImportIssue(file: file, line: line, column: position + 1, field: position < header.count ? header[position] : "",
                            value: value, problem: .text(problem))
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
    let file: String
    private(set) var all: [ImportIssue] = []

    init(file: String) { self.file = file }

    var isEmpty: Bool { all.isEmpty }

    mutating func add(_ line: Int, _ column: Int, _ field: String, _ value: String, _ problem: ImportIssue.Problem) {
        all.append(ImportIssue(file: file, line: line, column: column, field: field, value: value, problem: problem))
    }

    mutating func add(_ issue: ImportIssue) { all.append(issue) }
}
