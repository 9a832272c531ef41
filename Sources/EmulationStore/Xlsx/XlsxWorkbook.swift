import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// An .xlsx file read without a C library: a ZIP of XML parts (ECMA-376), opened with
/// ZIPFoundation and parsed with Foundation's XMLParser. Only what an import needs is read:
/// the sheets' names, the shared strings, which cell styles are dates, and one sheet's cells as
/// Excel stored them (numbers as their literal, formulas by their cached value).
struct XlsxWorkbook {
    enum Failure: Error, Equatable {
        /// Not a ZIP, or a ZIP without a workbook part: the message says which.
        case notAWorkbook(String)
        case noSheet(named: String, existing: [String])
    }

    /// One cell as stored.
    enum Value: Hashable {
        case text(String)
        /// The number's literal as written in the file ("9.5", "8.3000000000000007", "1E-3").
        case number(String)
        case boolean(Bool)
        /// A number shown with a date or time format.
        case date(String)
        /// "#DIV/0!", "#REF!"…
        case error(String)
        /// A formula with no cached value: the file was written by a program that does not
        /// calculate (and was never opened and saved in Excel).
        case uncalculated(formula: String)
    }

    struct Row {
        /// 1-based, as Excel numbers rows.
        var number: Int
        /// 0-based column → value; empty cells are absent.
        var cells: [Int: Value]
    }

    /// The sheets' names in the workbook's order.
    let sheetNames: [String]
    private let archive: Archive
    private let sheetPaths: [String]
    private let sharedStrings: [String]
    private let dateStyles: Set<Int>

    init(data: Data) throws {
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]), let archive = try? Archive(data: data, accessMode: .read) else {
            throw Failure.notAWorkbook("not a ZIP archive")
        }
        self.archive = archive
        guard let workbook = try Self.part(archive, "xl/workbook.xml") else { throw Failure.notAWorkbook("no xl/workbook.xml") }
        let sheets = WorkbookParts.sheets(workbook)
        let relationships = try Self.part(archive, "xl/_rels/workbook.xml.rels").map(WorkbookParts.relationships) ?? [:]
        sheetNames = sheets.map(\.name)
        sheetPaths = sheets.map { sheet in
            let target = relationships[sheet.relationship] ?? ""
            return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        sharedStrings = try Self.part(archive, "xl/sharedStrings.xml").map(WorkbookParts.sharedStrings) ?? []
        dateStyles = try Self.part(archive, "xl/styles.xml").map(WorkbookParts.dateStyles) ?? []
    }

    /// The rows of the sheet named `name`, or of the first sheet.
    func rows(sheet name: String?) throws -> (name: String, rows: [Row]) {
        let index: Int
        if let name {
            guard let found = sheetNames.firstIndex(of: name) ?? sheetNames.firstIndex(where: { $0.lowercased() == name.lowercased() }) else {
                throw Failure.noSheet(named: name, existing: sheetNames)
            }
            index = found
        } else {
            guard !sheetNames.isEmpty else { throw Failure.notAWorkbook("no sheet") }
            index = 0
        }
        guard let data = try Self.part(archive, sheetPaths[index]) else { throw Failure.notAWorkbook("no " + sheetPaths[index]) }
        let parser = SheetParser(sharedStrings: sharedStrings, dateStyles: dateStyles)
        return (sheetNames[index], try parser.rows(data))
    }

    static func part(_ archive: Archive, _ path: String) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        } catch {
            throw Failure.notAWorkbook("\(path): \(error)")
        }
        return data
    }
}
