import Documents

/// A document a screen's year menu writes into the working folder: what and in which format,
/// and for the grid whether every score is left empty (the sheet a clerk sends the units, only
/// while the year can still take their scores).
public struct MenuExport: Hashable, Sendable {
    public var kind: ExportKind
    public var format: DocumentFormat
    public var blank: Bool

    public init(_ kind: ExportKind, _ format: DocumentFormat, blank: Bool = false) {
        self.kind = kind
        self.format = format
        self.blank = blank
    }

    /// The blank self-assessment grid as a workbook, which checks each score against its maximum.
    public static let blankGrid = MenuExport(.grid, .xlsx, blank: true)
}
