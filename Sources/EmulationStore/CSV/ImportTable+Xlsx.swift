import Foundation

extension ImportTable {
    /// One sheet of a workbook as a table: the header is the first row holding `headerKey`
    /// (rows above it, a title or merged group headers, are not data); a column with no name
    /// is no column, and a value in it (or beyond the header), a date, an error or a formula
    /// never calculated is kept as such, for the row's check to name its cell.
    static func readWorkbook(data: Data, file: String, sheet: String?, headerKey: String) -> Result<ImportTable, ImportIssue> {
        let read: (name: String, rows: [XlsxWorkbook.Row])
        do {
            read = try XlsxWorkbook(data: data).rows(sheet: sheet)
        } catch XlsxWorkbook.Failure.noSheet(let name, let existing) {
            return .failure(ImportIssue(file: file, line: 0, column: 0, field: "", value: name, problem: .unknownSheet(existing: existing)))
        } catch XlsxWorkbook.Failure.notAWorkbook(let message) {
            return .failure(ImportIssue(file: file, line: 1, column: 0, field: "", value: "", problem: .unreadableWorkbook(message)))
        } catch {
            return .failure(ImportIssue(file: file, line: 1, column: 0, field: "", value: "", problem: .unreadableWorkbook("\(error)")))
        }
        let sheetName = read.name
        let isHeader = { (row: XlsxWorkbook.Row) in
            row.cells.values.contains { if case .text(let text) = $0 { return text.trimmingCharacters(in: .whitespaces) == headerKey }; return false }
        }
        guard let headerIndex = read.rows.firstIndex(where: isHeader) else {
            let empty = read.rows.allSatisfy { $0.cells.isEmpty }
            return .failure(ImportIssue(file: file, sheet: sheetName, line: 1, column: 0, field: "", value: "",
                                        problem: empty ? .emptyFile : .missingColumns([headerKey])))
        }
        let headerRow = read.rows[headerIndex]
        let width = (headerRow.cells.keys.max() ?? 0) + 1
        let rawHeader = (0..<width).map { headerRow.cells[$0].map(Self.text) ?? "" }
        var rows: [Row] = []
        for source in read.rows[(headerIndex + 1)...] where !source.cells.isEmpty {
            var row = Row(line: source.number, fields: Array(repeating: "", count: max(width, (source.cells.keys.max() ?? 0) + 1)))
            for (column, value) in source.cells {
                row.fields[column] = Self.text(value)
                if column >= width || rawHeader[column].trimmingCharacters(in: .whitespaces).isEmpty {
                    row.stored[column] = .outsideColumns
                    continue
                }
                switch value {
                case .text, .boolean: break
                case .number: row.stored[column] = .number
                case .date: row.stored[column] = .date
                case .error: row.stored[column] = .error
                case .uncalculated: row.stored[column] = .uncalculated
                }
            }
            rows.append(row)
        }
        return .success(ImportTable(file: file, sheet: sheetName, header: rawHeader.map { $0.trimmingCharacters(in: .whitespaces) },
                                    rawHeader: rawHeader, headerLine: headerRow.number, delimiter: ",", rows: rows))
    }

    /// A cell's text as the checks see it: a number's literal, a date as yyyy-mm-dd, a
    /// boolean as 1 or 0 (as the roster's flags read), an error's code, a formula's text.
    private static func text(_ value: XlsxWorkbook.Value) -> String {
        switch value {
        case .text(let text): return text
        case .number(let literal): return literal
        case .boolean(let flag): return flag ? "1" : "0"
        case .date(let literal): return StoredNumber.dateText(literal)
        case .error(let code): return code
        case .uncalculated(let formula): return formula
        }
    }
}
