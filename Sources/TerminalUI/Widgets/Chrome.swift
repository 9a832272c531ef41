/// The frame around every screen: title bar, tab bar, status line and footer key bar.
public enum Chrome {
    /// The top line: application, the cluster-year and its stage, on the left; the screen on the right.
    public static func titleBar(into buffer: inout Buffer, row: Int, left: String, right: String) {
        buffer.fill(Rect(row: row, column: 0, rows: 1, columns: buffer.size.columns), role: .title)
        let rightWidth = DisplayWidth.of(right)
        buffer.write(" " + left, row: row, column: 0, role: .title, limit: max(0, buffer.size.columns - rightWidth - 2))
        if rightWidth + 1 < buffer.size.columns {
            buffer.write(right, row: row, column: buffer.size.columns - rightWidth - 1, role: .title)
        }
    }

    /// "1 Trang chủ  2 Đơn vị  …" with the current screen highlighted.
    public static func tabBar(into buffer: inout Buffer, row: Int, current: ScreenID, words: ScreenWords) {
        buffer.fill(Rect(row: row, column: 0, rows: 1, columns: buffer.size.columns), role: .normal)
        var column = 0
        for screen in ScreenID.allCases {
            let label = "\(screen.number) \(words.screenName(screen))"
            let width = DisplayWidth.of(label)
            if column + width > buffer.size.columns { break }
            buffer.write(label, row: row, column: column, role: screen == current ? .selected : .muted)
            buffer.write(String(screen.number), row: row, column: column, role: screen == current ? .selected : .footerKey)
            column += width + 2
        }
    }

    /// One line for messages and errors.
    public static func statusLine(into buffer: inout Buffer, row: Int, message: StatusMessage?) {
        buffer.fill(Rect(row: row, column: 0, rows: 1, columns: buffer.size.columns), role: .normal)
        guard let message else { return }
        buffer.write(" " + message.text, row: row, column: 0, role: message.isError ? .statusError : .statusInfo)
    }

    /// The keys that work here, built from the key map: "F1 ? Trợ giúp  / Tìm  …".
    public static func footer(into buffer: inout Buffer, row: Int, bindings: [KeyBinding], words: Catalogue) {
        buffer.fill(Rect(row: row, column: 0, rows: 1, columns: buffer.size.columns), role: .footer)
        var column = 0
        for binding in bindings where binding.inFooter {
            let key = binding.keyLabel
            let name = binding.name(words)
            let width = DisplayWidth.of(key) + 1 + DisplayWidth.of(name)
            if column + width + 1 > buffer.size.columns { break }
            buffer.write(key, row: row, column: column + 1, role: .footerKey)
            buffer.write(name, row: row, column: column + 2 + DisplayWidth.of(key), role: .footer)
            column += width + 2
        }
    }
}

/// A message for the status line.
public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}
