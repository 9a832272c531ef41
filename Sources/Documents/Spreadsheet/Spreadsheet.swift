import Emulation

/// One sheet as a clerk wants it, described before it is written (XlsxWriter): a title above
/// the table, the group headers merged over their columns, the header row `thidua import`
/// reads, the data with numbers as numbers, and what a printed page and Excel's panes need.
public struct Spreadsheet: Sendable {
    public enum Cell: Hashable, Sendable {
        case text(String)
        /// Points: a number shown with two decimals.
        case points(Points)
        /// A whole number (a rank, a position), shown without decimals.
        case integer(Int)
        /// A formula ("=SUM(B6:H6)") with the value thidua computed, which readers that do not
        /// recalculate (and `thidua import`) see.
        case formula(String, value: Points)
        case empty
    }

    /// Columns `first...last` (0-based) under one merged title.
    public struct Group: Hashable, Sendable {
        public var title: String
        public var first: Int
        public var last: Int
    }

    /// Points from 0 to `maximum` (two decimals at most) in one column of the data, with the
    /// words Excel shows when the cell is selected and when a value is refused.
    public struct Validation: Hashable, Sendable {
        public var column: Int
        public var maximum: Points
        public var inputTitle: String
        public var inputMessage: String
        public var errorMessage: String
    }

    /// The tab's name: at most 31 characters, none of `[]:*?/\` (made so when given).
    public private(set) var name: String
    /// Lines above the table: the title first (bold), then the seal and any note.
    public var title: [String]
    /// The merged row over the header; empty for none.
    public var groups: [Group]
    /// Under the groups and over the header: each column's full title (an item's name and
    /// maximum), wrapped; empty for none.
    public var captions: [String]
    /// The header row, named as the CSV file names its columns.
    public var header: [String]
    public var rows: [[Cell]]
    /// Columns kept in view when scrolling right (the unit's name).
    public var frozenColumns: Int
    public var validations: [Validation]
    /// Printed at the top of every page (left, centre, right); the right part is in Excel's
    /// header codes ("Trang &P/&N"), the others plain text.
    public var pageHeader: (left: String, centre: String, right: String)
    /// Printed at the foot of every page: the seal.
    public var pageFooter: String

    public init(name: String, title: [String], groups: [Group] = [], captions: [String] = [], header: [String], rows: [[Cell]],
                frozenColumns: Int, validations: [Validation] = [], pageHeader: (left: String, centre: String, right: String),
                pageFooter: String) {
        self.name = Self.safeName(name)
        self.title = title
        self.groups = groups
        self.captions = captions
        self.header = header
        self.rows = rows
        self.frozenColumns = frozenColumns
        self.validations = validations
        self.pageHeader = pageHeader
        self.pageFooter = pageFooter
    }

    /// Row indexes (0-based) of the layout, top to bottom.
    public var groupRow: Int? { groups.isEmpty ? nil : title.count + 1 }
    public var captionRow: Int? { captions.isEmpty ? nil : title.count + 1 + (groups.isEmpty ? 0 : 1) }
    /// The row of column names; a blank row separates it (and its groups) from the title.
    public var headerRow: Int { title.count + 1 + (groups.isEmpty ? 0 : 1) + (captions.isEmpty ? 0 : 1) }
    public var firstDataRow: Int { headerRow + 1 }

    /// "C7": a cell's name in formulas and messages, from 0-based row and column.
    public static func cellName(row: Int, column: Int) -> String { columnName(column) + String(row + 1) }

    /// "A", "Z", "AA": a column's letters from its 0-based index.
    public static func columnName(_ column: Int) -> String {
        var index = column + 1
        var letters = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            index = (index - 1) / 26
        }
        return letters
    }

    /// A tab's name as Excel allows it.
    static func safeName(_ name: String) -> String {
        let cleaned = String(name.map { "[]:*?/\\".contains($0) ? "-" : $0 })
        return String(cleaned.prefix(31))
    }
}

extension Spreadsheet.Cell {
    /// A data file's cell as the sheet holds it: points stay a number.
    init(_ cell: FileTable.Cell) {
        switch cell {
        case .text(let text): self = .text(text)
        case .points(let points): self = .points(points)
        case .empty: self = .empty
        }
    }
}
