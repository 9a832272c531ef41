/// The file formats a document may be written in. Which document exists in which is the export
/// table's to say (ExportTable.swift), nowhere else.
public enum DocumentFormat: String, CaseIterable, Hashable, Sendable {
    case csv, md, txt, html
    /// A Word file in the state's format (OfficialDocument, DocxWriter): bytes, not text.
    case docx
    /// An Excel workbook (Spreadsheet, XlsxWriter): bytes, not text.
    case xlsx

    /// Written to a file only: bytes that would garble a terminal.
    public var isBinary: Bool { self == .docx || self == .xlsx }
}
