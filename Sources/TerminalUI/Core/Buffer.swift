import Emulation
import Foundation

/// One terminal cell. A wide character occupies its cell and a continuation cell after it
/// (width 0), so columns stay aligned.
///
/// Plain bits, 16 bytes: the character's scalars are kept inline, so a frame of cells is made,
/// copied, compared and freed without touching a reference count (a `Character` field made a
/// cell 32 bytes, each with a string to retain and release, on every frame of every key).
public struct Cell: Hashable, Sendable {
    /// The character's Unicode scalars, unused slots 0: a letter with up to two combining marks
    /// (decomposed Vietnamese: e + ̂ + ̣) fits. A longer cluster (an emoji sequence) is kept as
    /// U+FFFD, which the terminal shows as a placeholder of the same width.
    private var scalars: (UInt32, UInt32, UInt32)
    private var widthBits: UInt8
    public var role: StyleRole
    /// Fills the bytes after the role, so that a cell has no padding and two cells written
    /// alike have the same bits (`Buffer.isBitwiseEqual`): padding bytes hold whatever the
    /// memory held before.
    private var filler: (UInt8, UInt8) = (0, 0)

    public init(character: Character = " ", width: Int = 1, role: StyleRole = .normal) {
        var inline: (UInt32, UInt32, UInt32) = (0, 0, 0)
        var count = 0
        for scalar in character.unicodeScalars {
            switch count {
            case 0: inline.0 = scalar.value
            case 1: inline.1 = scalar.value
            case 2: inline.2 = scalar.value
            default: inline = (0xFFFD, 0, 0)
            }
            count += 1
        }
        self.init(scalars: inline, width: width, role: role)
    }

    /// A character of one scalar, without making a `Character`: what `Buffer.write` uses for
    /// Latin and precomposed Vietnamese text.
    public init(scalar: Unicode.Scalar, width: Int = 1, role: StyleRole = .normal) {
        self.init(scalars: (scalar.value, 0, 0), width: width, role: role)
    }

    private init(scalars: (UInt32, UInt32, UInt32), width: Int, role: StyleRole) {
        self.scalars = scalars
        self.widthBits = UInt8(clamping: width)
        self.role = role
    }

    public static let blank = Cell()

    public var character: Character {
        var text = String.UnicodeScalarView()
        for value in [scalars.0, scalars.1, scalars.2] where value != 0 {
            if let scalar = Unicode.Scalar(value) { text.append(scalar) }
        }
        return text.isEmpty ? " " : Character(String(text))
    }

    /// The character's scalars in order, without making a `Character`.
    public var unicodeScalars: [Unicode.Scalar] {
        [scalars.0, scalars.1, scalars.2].compactMap { $0 == 0 ? nil : Unicode.Scalar($0) }
    }

    /// The scalar of a character that is one scalar alone, else nil.
    public var singleScalar: Unicode.Scalar? {
        scalars.1 == 0 ? Unicode.Scalar(scalars.0) : nil
    }

    /// 1 for most characters, 2 for wide ones, 0 for the continuation of a wide character.
    public var width: Int {
        get { Int(widthBits) }
        set { widthBits = UInt8(clamping: newValue) }
    }

    public static func == (lhs: Cell, rhs: Cell) -> Bool {
        lhs.scalars == rhs.scalars && lhs.widthBits == rhs.widthBits && lhs.role == rhs.role
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(scalars.0)
        hasher.combine(scalars.1)
        hasher.combine(scalars.2)
        hasher.combine(widthBits)
        hasher.combine(role)
    }
}

/// The frame a screen renders into; the backend sends only the cells that changed since the
/// previous frame.
public struct Buffer: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (a text field being edited), if anywhere.
    public var cursor: (row: Int, column: Int)? {
        get { cursorRow.map { ($0, cursorColumn) } }
        set {
            cursorRow = newValue?.row
            cursorColumn = newValue?.column ?? 0
        }
    }
    private var cursorRow: Int?
    private var cursorColumn = 0

    public init(size: Size, filling role: StyleRole = .normal) {
        self.size = size
        self.cells = Array(repeating: Cell(scalar: " ", role: role), count: max(0, size.rows * size.columns))
    }

    public var area: Rect { Rect(row: 0, column: 0, rows: size.rows, columns: size.columns) }

    public subscript(row: Int, column: Int) -> Cell {
        get { cells[row * size.columns + column] }
        set { cells[row * size.columns + column] = newValue }
    }

    /// Whether a row holds the same bits as the same row of `other` (of the same size): then
    /// it holds the same cells, found without comparing characters. Equal cells made apart may
    /// differ in their bits, so false says nothing.
    public func isBitwiseEqual(to other: Buffer, row: Int) -> Bool {
        guard other.size == size, row >= 0, row < size.rows else { return false }
        let range = row * size.columns..<(row + 1) * size.columns
        return cells[range].withUnsafeBytes { mine in
            other.cells[range].withUnsafeBytes { theirs in
                mine.count == theirs.count && (mine.count == 0 || memcmp(mine.baseAddress!, theirs.baseAddress!, mine.count) == 0)
            }
        }
    }

    public func contains(row: Int, column: Int) -> Bool {
        row >= 0 && row < size.rows && column >= 0 && column < size.columns
    }

    /// Fills a rectangle with blanks of a role.
    public mutating func fill(_ rect: Rect, role: StyleRole) {
        let (left, right) = (max(0, rect.column), min(size.columns, rect.right))
        let (top, bottom) = (max(0, rect.row), min(size.rows, rect.bottom))
        guard left < right, top < bottom else { return }
        let blank = Cell(scalar: " ", role: role)
        let width = size.columns
        cells.withUnsafeMutableBufferPointer { cells in
            for row in top..<bottom {
                for column in left..<right { cells[row * width + column] = blank }
            }
        }
    }

    /// Writes text from a cell, clipped to `limit` columns (and the buffer's edge); control
    /// characters are replaced by a visible mark. Returns the columns used.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, role: StyleRole, limit: Int? = nil) -> Int {
        guard row >= 0, row < size.rows else { return 0 }
        let end = min(size.columns, column + (limit ?? size.columns))
        let shown = DisplayWidth.sanitized(text)
        guard Self.oneColumnScalarCount(shown) != nil else { return writeCharacters(shown, row: row, column: column, end: end, role: role) }
        return writeScalars(shown, row: row, column: column, end: end, role: role)
    }

    /// Latin and precomposed Vietnamese (`oneColumnScalarCount`): every scalar is a character
    /// one column wide, written without breaking the text into grapheme clusters.
    @discardableResult
    private mutating func writeScalars(_ shown: String, row: Int, column: Int, end: Int, role: StyleRole) -> Int {
        var at = column
        for scalar in shown.unicodeScalars {
            if at >= end { break }
            if at >= 0 { self[row, at] = Cell(scalar: scalar, width: 1, role: role) }
            at += 1
        }
        return at - column
    }

    /// `write` of sanitized text character (grapheme cluster) by character, up to column `end`:
    /// for any text.
    mutating func writeCharacters(_ shown: String, row: Int, column: Int, end: Int, role: StyleRole) -> Int {
        var at = column
        for character in shown {
            let width = DisplayWidth.of(character)
            // Characters are grapheme clusters, so combining marks (NFD Vietnamese) travel with
            // their letter; only a mark with no letter has width 0, and it is dropped.
            if width == 0 { continue }
            if at + width > end { break }
            if at >= 0 {
                self[row, at] = Cell(character: character, width: width, role: role)
                if width == 2 { self[row, at + 1] = Cell(scalar: " ", width: 0, role: role) }
            }
            at += width
        }
        return at - column
    }

    /// The width of a text each of whose scalars is a character of its own, one column wide
    /// (its scalar count): Latin letters, digits and punctuation up to Latin Extended-B
    /// (Vietnamese's ơ ư ă đ) and the precomposed Vietnamese letters. nil for a text holding a
    /// combining mark, a control, a wide or any other character.
    static func oneColumnScalarCount(_ text: String) -> Int? {
        var count = 0
        for scalar in text.unicodeScalars {
            guard isOneColumn(scalar) else { return nil }
            count += 1
        }
        return count
    }

    private static func isOneColumn(_ scalar: Unicode.Scalar) -> Bool {
        (0x20..<0x7F).contains(scalar.value) || (0xA0..<0x250).contains(scalar.value) || (0x1EA0...0x1EF9).contains(scalar.value)
    }

    /// Writes text padded with blanks of the same role to exactly `width` columns (clipped).
    public mutating func writePadded(_ text: String, row: Int, column: Int, width: Int, role: StyleRole, alignRight: Bool = false) {
        guard width > 0 else { return }
        // Most of a frame (numbers, Latin and precomposed Vietnamese): a text with no control,
        // mark or wide character is as wide as its scalars, measured and written in two passes.
        if let count = Self.oneColumnScalarCount(text), count <= width {
            guard row >= 0, row < size.rows else { return }
            let start = alignRight ? column + width - count : column
            fill(Rect(row: row, column: column, rows: 1, columns: start - column), role: role)
            writeScalars(text, row: row, column: start, end: min(size.columns, start + width), role: role)
            fill(Rect(row: row, column: start + count, rows: 1, columns: column + width - start - count), role: role)
            return
        }
        writePaddedCharacters(text, row: row, column: column, width: width, role: role, alignRight: alignRight)
    }

    /// `writePadded` of any text, measured by its grapheme clusters.
    mutating func writePaddedCharacters(_ text: String, row: Int, column: Int, width: Int, role: StyleRole, alignRight: Bool) {
        fill(Rect(row: row, column: column, rows: 1, columns: width), role: role)
        let fullWidth = DisplayWidth.of(DisplayWidth.sanitized(text))
        if fullWidth > width {
            // Cut text ends in "…", so a clipped word is never read as a whole one.
            write(text, row: row, column: column, role: role, limit: width - 1)
            write("…", row: row, column: column + width - 1, role: role)
            return
        }
        let start = alignRight ? column + width - fullWidth : column
        write(text, row: row, column: start, role: role, limit: width)
    }

    /// Sets the role of existing cells (e.g. highlighting a row) without changing their text.
    public mutating func setRole(_ role: StyleRole, in rect: Rect) {
        for row in rect.row..<rect.bottom where row >= 0 && row < size.rows {
            for column in rect.column..<rect.right where column >= 0 && column < size.columns {
                self[row, column].role = role
            }
        }
    }

    /// The buffer as plain text, one line per row, trailing spaces trimmed: what snapshot
    /// tests compare.
    public func text() -> String {
        (0..<size.rows).map { row in
            var line = ""
            for column in 0..<size.columns where self[row, column].width > 0 {
                line.append(self[row, column].character)
            }
            return line.trimmingTrailingSpaces()
        }.joined(separator: "\n")
    }

    public static func == (lhs: Buffer, rhs: Buffer) -> Bool {
        lhs.size == rhs.size && lhs.cells == rhs.cells && lhs.cursorRow == rhs.cursorRow && lhs.cursorColumn == rhs.cursorColumn
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(size)
        hasher.combine(cells)
    }
}
