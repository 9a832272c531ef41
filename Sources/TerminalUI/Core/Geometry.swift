/// A terminal size in cells.
public struct Size: Hashable, Sendable {
    public var rows: Int
    public var columns: Int

    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }
}

/// A rectangle of cells: the area a widget draws in.
public struct Rect: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public var rows: Int
    public var columns: Int

    public init(row: Int, column: Int, rows: Int, columns: Int) {
        self.row = row
        self.column = column
        self.rows = max(0, rows)
        self.columns = max(0, columns)
    }

    public var bottom: Int { row + rows }
    public var right: Int { column + columns }

    /// The top `count` rows, and what is left below them.
    public func splitTop(_ count: Int) -> (top: Rect, rest: Rect) {
        let taken = min(max(0, count), rows)
        return (Rect(row: row, column: column, rows: taken, columns: columns),
                Rect(row: row + taken, column: column, rows: rows - taken, columns: columns))
    }

    /// The bottom `count` rows, and what is left above them.
    public func splitBottom(_ count: Int) -> (rest: Rect, bottom: Rect) {
        let taken = min(max(0, count), rows)
        return (Rect(row: row, column: column, rows: rows - taken, columns: columns),
                Rect(row: bottom - taken, column: column, rows: taken, columns: columns))
    }

    public func inset(rows vertical: Int, columns horizontal: Int) -> Rect {
        Rect(row: row + vertical, column: column + horizontal, rows: rows - 2 * vertical, columns: columns - 2 * horizontal)
    }

    /// A rectangle of the given size centred in this one.
    public func centred(rows height: Int, columns width: Int) -> Rect {
        let h = min(height, rows)
        let w = min(width, columns)
        return Rect(row: row + (rows - h) / 2, column: column + (columns - w) / 2, rows: h, columns: w)
    }
}
