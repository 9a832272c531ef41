import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One worksheet's `<sheetData>` read into rows of stored values. A cell's type (`t`) says how
/// its `<v>` reads: a shared string's index (s), a formula's text result (str), an inline
/// string (inlineStr), a boolean (b), an error (e), a date in ISO form (d), else a number, which
/// its style may show as a date.
final class SheetParser: NSObject, XMLParserDelegate {
    private let sharedStrings: [String]
    private let dateStyles: Set<Int>
    private var rows: [XlsxWorkbook.Row] = []
    private var row: XlsxWorkbook.Row?
    private var column = -1
    private var type = ""
    private var style = 0
    private var value = ""
    private var formula = ""
    private var hasValue = false
    private var hasFormula = false
    private var text = ""
    private var reading: Element?
    private var failure: Error?

    private enum Element { case value, formula, inlineText }

    init(sharedStrings: [String], dateStyles: Set<Int>) {
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
    }

    func rows(_ data: Data) throws -> [XlsxWorkbook.Row] {
        let parser = XMLParser(data: data)
        parser.delegate = self
        guard parser.parse() else {
            throw XlsxWorkbook.Failure.notAWorkbook("XML line \(parser.lineNumber): \(parser.parserError.map { "\($0)" } ?? "unreadable")")
        }
        if let failure { throw failure }
        return rows
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch ElementWalker.local(name) {
        case "row":
            let number = attributes["r"].flatMap(Int.init) ?? ((rows.last?.number ?? 0) + 1)
            row = XlsxWorkbook.Row(number: number, cells: [:])
            column = -1
        case "c":
            column = attributes["r"].flatMap(Self.column) ?? (column + 1)
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap(Int.init) ?? 0
            value = ""
            formula = ""
            text = ""
            hasValue = false
            hasFormula = false
        case "v": reading = .value; hasValue = true
        case "f": reading = .formula; hasFormula = true
        case "t" where type == "inlineStr": reading = .inlineText
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        switch reading {
        case .value: value += string
        case .formula: formula += string
        case .inlineText: text += string
        case nil: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch ElementWalker.local(name) {
        case "v", "f", "t": reading = nil
        case "c":
            if let cell = cellValue() { row?.cells[column] = cell }
        case "row":
            if let row { rows.append(row) }
            row = nil
        default: break
        }
    }

    private func cellValue() -> XlsxWorkbook.Value? {
        if type == "inlineStr" { return text.isEmpty ? nil : .text(text) }
        if hasFormula && (!hasValue || value.isEmpty) && type != "str" { return .uncalculated(formula: "=" + formula) }
        guard hasValue else { return nil }
        switch type {
        case "s":
            guard let index = Int(value), sharedStrings.indices.contains(index) else { return .error("#STRING?") }
            return sharedStrings[index].isEmpty ? nil : .text(sharedStrings[index])
        case "str": return value.isEmpty ? nil : .text(value)
        case "b": return .boolean(value == "1")
        case "e": return .error(value)
        case "d": return .date(value)
        default:
            let literal = value.trimmingCharacters(in: .whitespaces)
            if literal.isEmpty { return nil }
            return dateStyles.contains(style) ? .date(literal) : .number(literal)
        }
    }

    /// "C7" → 2 (0-based column).
    static func column(_ reference: String) -> Int? {
        var index = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { break }
            index = index * 26 + Int(scalar.value - 64)
            letters += 1
        }
        return letters == 0 ? nil : index - 1
    }
}
