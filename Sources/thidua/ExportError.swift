import Documents

/// Why a document was not written, by `thidua export` or the screens' year menu.
enum ExportError: Error {
    /// The document does not exist in that format.
    case notOffered(ExportKind, DocumentFormat)
    /// The file could not be written there (no such folder, no right to write it).
    case cannotWrite(path: String)
    /// A Word file is bytes: it goes to a file (-o), never to a terminal.
    case binaryNeedsFile(DocumentFormat)
}
