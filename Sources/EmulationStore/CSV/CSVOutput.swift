import CSV
import Emulation
import Foundation

/// How a CSV file is laid out for the program that opens it. Excel on a Vietnamese Windows PC
/// reads UTF-8 only after a byte-order mark, and splits lines on the list separator of the
/// PC's region: a semicolon where the decimal separator is a comma.
public struct CSVStyle: Hashable, Sendable {
    /// Starts the file with the UTF-8 byte-order mark (EF BB BF).
    public var byteOrderMark: Bool
    /// "," or ";".
    public var delimiter: Character

    public init(byteOrderMark: Bool, delimiter: Character) {
        self.byteOrderMark = byteOrderMark
        self.delimiter = delimiter
    }

    /// What exports write unless told otherwise: Excel opens it with its diacritics.
    public static let excel = CSVStyle(byteOrderMark: true, delimiter: ",")
    /// No mark, commas: for programs (and tests) that read the text as it is.
    public static let plain = CSVStyle(byteOrderMark: false, delimiter: ",")
    /// The delimiters a file may be written with.
    public static let delimiters: [Character] = [",", ";"]
}

/// Writes CSV that spreadsheets open (through the CSV library): fields quoted where needed,
/// CRLF line ends, formulas in user-typed text neutralised.
public enum CSVOutput {
    public static func render(header: [String], rows: [[String]], style: CSVStyle = .plain) -> String {
        let stream = OutputStream(toMemory: ())
        guard let writer = try? CSVWriter(stream: stream, delimiter: String(style.delimiter), newline: .crlf) else { return "" }
        for row in [header] + rows {
            let fields = row.map(neutralise)
            // With commas, a semicolon is quoted too (a reader that guesses the separator from
            // the header must not take it for one); with semicolons, a decimal comma stays bare.
            let special = style.delimiter == ";" ? ";\"\r\n" : ",\"\r\n;"
            try? writer.write(row: fields, quotedAtIndex: { index in
                fields[index].contains(where: { special.contains($0) })
            })
        }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return (style.byteOrderMark ? "\u{FEFF}" : "") + String(decoding: data, as: UTF8.self) + "\r\n"
    }

    public static func render(_ table: FileTable, style: CSVStyle = .plain) -> String {
        render(header: table.header, rows: table.textRows, style: style)
    }

    /// The field as it was before `neutralise`: a unit named "=HYPERLINK(…)" comes back under its
    /// own name, not as "'=HYPERLINK(…)".
    static func restore(_ field: String) -> String {
        guard field.hasPrefix("'") else { return field }
        let original = String(field.dropFirst())
        return neutralise(original) == field ? original : field
    }

    /// A name such as "=HYPERLINK(...)" must not run as a formula in a spreadsheet (CSV injection).
    static func neutralise(_ field: String) -> String {
        guard let first = field.first else { return field }
        if "=+@".contains(first) || (first == "-" && field.count > 1 && !field.dropFirst().allSatisfy({ $0.isNumber || $0 == "," })) {
            return "'" + field
        }
        return field
    }
}
