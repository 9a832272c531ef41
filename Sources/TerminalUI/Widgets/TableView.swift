/// A column of a table: its heading, width in cells, alignment, and the group it belongs to
/// (the major criterion in the grid), whose label is drawn above the headings.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    public var width: Int
    public var alignRight: Bool
    public var group: String?

    public init(_ title: String, width: Int, alignRight: Bool = false, group: String? = nil) {
        self.title = title
        self.width = width
        self.alignRight = alignRight
        self.group = group
    }
}

/// A cell's text and, where it means something (a missing score, a flagged gap), its role.
public struct TableCell: Hashable, Sendable {
    public var text: String
    public var role: StyleRole?

    public init(_ text: String, role: StyleRole? = nil) {
        self.text = text
        self.role = role
    }
}

/// A table with frozen leading columns (the unit name stays in place) and the rest scrolled
/// horizontally from `firstScrolledColumn`; rows scroll with the selection. Rows are asked for
/// only when they are on screen, so a cluster of thousands of units costs one screenful a frame.
public struct TableView {
    public var columns: [TableColumn]
    public var rowCount: Int
    public var row: (Int) -> [TableCell]
    public var frozenColumns: Int
    public var firstScrolledColumn: Int
    public var selection: Selection
    public var showsGroups: Bool
    /// The focused cell's column (in the selected row), drawn apart from the row's highlight.
    public var focusedColumn: Int?
    /// The text being typed into the focused cell.
    public var editing: TextField?
    /// With a focused cell: the selected row is shown by this mark, in the column just left of
    /// the table's area (which the caller leaves free), and by its focused cell, instead of a
    /// highlight across the line. A move down then repaints two marks and two cells, not two
    /// whole lines: over SSH, under 100 bytes instead of 300 to 500 (`thidua-bench province`).
    public var selectionMark: String?

    public init(columns: [TableColumn], rowCount: Int, frozenColumns: Int = 1, firstScrolledColumn: Int = 0,
                selection: Selection = Selection(), showsGroups: Bool = false, row: @escaping (Int) -> [TableCell]) {
        self.columns = columns
        self.rowCount = rowCount
        self.row = row
        self.frozenColumns = frozenColumns
        self.firstScrolledColumn = firstScrolledColumn
        self.selection = selection
        self.showsGroups = showsGroups
    }

    /// Rows of data that fit in an area of `height` lines.
    public func visibleRows(height: Int) -> Int { max(1, height - (showsGroups ? 2 : 1)) }

    /// The indices of the columns drawn in `width` cells.
    public func visibleColumns(width: Int) -> [Int] {
        var shown: [Int] = []
        var used = 0
        let candidates = Array(0..<min(frozenColumns, columns.count)) + Array(max(frozenColumns, frozenColumns + firstScrolledColumn)..<columns.count)
        for index in candidates {
            let needed = columns[index].width + (shown.isEmpty ? 0 : 1)
            if used + needed > width { break }
            shown.append(index)
            used += needed
        }
        return shown
    }

    public func render(into buffer: inout Buffer, area: Rect, focused: Bool = true) {
        guard area.rows > 0, area.columns > 0 else { return }
        let shown = visibleColumns(width: area.columns)
        var row = area.row
        if showsGroups {
            buffer.fill(Rect(row: row, column: area.column, rows: 1, columns: area.columns), role: .header)
            var column = area.column
            var lastGroup: String?
            for index in shown {
                let group = columns[index].group
                if let group, group != lastGroup {
                    buffer.write(group, row: row, column: column, role: .header, limit: area.right - column)
                }
                lastGroup = group
                column += columns[index].width + 1
            }
            row += 1
        }
        buffer.fill(Rect(row: row, column: area.column, rows: 1, columns: area.columns), role: .header)
        var column = area.column
        for index in shown {
            let spec = columns[index]
            buffer.writePadded(spec.title, row: row, column: column, width: spec.width, role: .header, alignRight: spec.alignRight)
            column += spec.width + 1
        }
        row += 1
        let height = area.bottom - row
        guard height > 0 else { return }
        for line in 0..<height {
            let dataIndex = selection.offset + line
            guard dataIndex < rowCount else { break }
            let cells = self.row(dataIndex)
            let isSelected = focused && dataIndex == selection.index
            let marked = focusedColumn != nil ? selectionMark : nil
            let wholeLine = isSelected && marked == nil
            buffer.fill(Rect(row: row + line, column: area.column, rows: 1, columns: area.columns), role: wholeLine ? .selected : .normal)
            if let marked, area.column > 0 {
                buffer.writePadded(isSelected ? marked : "", row: row + line, column: area.column - 1, width: 1, role: isSelected ? .accent : .normal)
            }
            var column = area.column
            for index in shown {
                let spec = columns[index]
                let cell = index < cells.count ? cells[index] : TableCell("")
                if isSelected && index == focusedColumn, let editing {
                    let cursor = editing.render(into: &buffer, row: row + line, column: column, width: spec.width, role: .editing)
                    buffer.cursor = (row + line, cursor)
                } else {
                    let role: StyleRole
                    switch (isSelected, index == focusedColumn) {
                    case (true, true): role = .focusedCell
                    case (true, false) where wholeLine: role = .selected
                    default: role = cell.role ?? .normal
                    }
                    buffer.writePadded(cell.text, row: row + line, column: column, width: spec.width, role: role, alignRight: spec.alignRight)
                }
                column += spec.width + 1
            }
        }
    }
}
