import Emulation

/// A one-line text field with a cursor: insert, delete, move, clear with Ctrl-U.
///
/// A number field (`TextField.number`) shows a prefilled value selected, as a spreadsheet does:
/// the first character typed replaces it, Backspace or Delete clears it, and a cursor key keeps
/// it and moves into it. So "6,33" then `8` is 8, never 6,338, and a prefilled count of 5 then
/// `1` `2` is 12, never 512.
public struct TextField: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// 0…count: the insertion point.
    public private(set) var cursor: Int
    /// Holds a number: its whole value is selected whenever it is entered anew.
    public let isNumber: Bool
    /// The whole text is selected: the next character replaces it.
    public private(set) var isSelected = false

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
        isNumber = false
    }

    private init(number text: String) {
        characters = Array(text)
        cursor = characters.count
        isNumber = true
        isSelected = !characters.isEmpty
    }

    /// A field for a number, its prefilled value selected.
    public static func number(_ text: String = "") -> TextField { TextField(number: text) }

    public var text: String { String(characters) }

    public mutating func setText(_ text: String) {
        characters = Array(text)
        cursor = characters.count
        isSelected = false
    }

    /// Selects a number field's whole value again (when the focus comes back to it).
    public mutating func selectAll() {
        guard isNumber else { return }
        isSelected = !characters.isEmpty
        cursor = characters.count
    }

    /// Applies an editing key; false when the key is not an editing key (so the caller may use it).
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        let selected = isSelected
        isSelected = false
        switch key {
        case .character(let character):
            if selected { clear() }
            characters.insert(character, at: cursor)
            cursor += 1
        case .backspace:
            if selected { clear(); return true }
            guard cursor > 0 else { return true }
            cursor -= 1
            characters.remove(at: cursor)
        case .delete:
            if selected { clear(); return true }
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("u"):
            clear()
        default:
            isSelected = selected
            return false
        }
        return true
    }

    private mutating func clear() {
        characters.removeAll()
        cursor = 0
    }

    /// Draws the field in `width` columns, scrolled so the cursor is visible, and returns the
    /// cursor's column on screen. A selected value is drawn as a selection.
    @discardableResult
    public func render(into buffer: inout Buffer, row: Int, column: Int, width: Int, role: StyleRole) -> Int {
        guard width > 0 else { return column }
        let beforeCursor = DisplayWidth.of(String(characters[..<cursor]))
        let shift = max(0, beforeCursor - (width - 1))
        var skipped = 0
        var visible = ""
        for character in characters {
            if skipped < shift {
                skipped += DisplayWidth.of(character)
                continue
            }
            visible.append(character)
        }
        if isSelected {
            buffer.writePadded("", row: row, column: column, width: width, role: role)
            buffer.write(visible, row: row, column: column, role: .selected, limit: width)
        } else {
            buffer.writePadded(visible, row: row, column: column, width: width, role: role)
        }
        return column + beforeCursor - skipped
    }
}
