/// A table as data files carry it: the roster and the score grid that `thidua import` reads
/// back, written as CSV or as a spreadsheet. A cell keeps its kind, so a spreadsheet stores
/// points as numbers while CSV writes them with a decimal comma.
public struct FileTable: Hashable, Sendable {
    public enum Cell: Hashable, Sendable {
        case text(String)
        case points(Points)
        case empty

        /// The cell as CSV writes it: points with a decimal comma and two decimals.
        public var text: String {
            switch self {
            case .text(let text): return text
            case .points(let points): return DecimalText.format(points)
            case .empty: return ""
            }
        }
    }

    public var header: [String]
    public var rows: [[Cell]]

    public init(header: [String], rows: [[Cell]]) {
        self.header = header
        self.rows = rows
    }

    public var textRows: [[String]] { rows.map { $0.map(\.text) } }
}

extension FileTable.Cell {
    /// Points where there are some, else empty.
    public init(_ points: Points?) { self = points.map(Self.points) ?? .empty }
}

extension FileTable {
    /// The columns a workbook of the final grid adds after the grid file's own, as formulas:
    /// "subtotal_1" … for each major criterion, then "total". An import reads past them.
    public static func gridTotals(_ tree: CriteriaTree) -> [String] { tree.majors.map { "subtotal_" + $0.code } + ["total"] }
}
