/// A one-line text field with a cursor: insert, delete, move, clear with Ctrl-U.
public struct TextField: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// 0…count: the insertion point.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    public mutating func setText(_ text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    /// Applies an editing key; false when the key is not an editing key (so the caller may use it).
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            characters.insert(character, at: cursor)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            cursor -= 1
            characters.remove(at: cursor)
        case .delete:
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("u"):
            characters.removeAll()
            cursor = 0
        default:
            return false
        }
        return true
    }

    /// Draws the field in `width` columns, scrolled so the cursor is visible, and returns the
    /// cursor's column on screen.
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
        buffer.writePadded(visible, row: row, column: column, width: width, role: role)
        return column + beforeCursor - skipped
    }
}
