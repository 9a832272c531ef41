import Emulation

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

    /// "1 Trang chủ  2 Đơn vị  …" with the current screen highlighted. Where the names do not
    /// all fit (eight screens at 80 columns), the last ones other than the current screen show
    /// only their number, which is their key: every screen stays listed. A `mark` ("chỉ xem")
    /// stands at the right end, the tabs making room for it.
    public static func tabBar(into buffer: inout Buffer, row: Int, current: ScreenID, words: Catalogue, mark: String? = nil) {
        buffer.fill(Rect(row: row, column: 0, rows: 1, columns: buffer.size.columns), role: .normal)
        let markWidth = mark.map { DisplayWidth.of($0) + 2 } ?? 0
        let room = buffer.size.columns - markWidth
        let screens = ScreenID.allCases.filter { ScreenRegistry.screen($0).inTabBar || $0 == current }
        var labels = screens.map { "\($0.number) \(ScreenRegistry.screen($0).name(words))" }
        // Each label measured once, and the sum kept as labels shorten (on every frame).
        var widths = labels.map(DisplayWidth.of)
        var width = widths.reduce(0, +) + 2 * (labels.count - 1)
        for index in screens.indices.reversed() where width > room && screens[index] != current {
            labels[index] = String(screens[index].number)
            let shortened = DisplayWidth.of(labels[index])
            width += shortened - widths[index]
            widths[index] = shortened
        }
        if let mark, markWidth < buffer.size.columns {
            buffer.write(mark, row: row, column: buffer.size.columns - markWidth + 1, role: .flagged)
        }
        var column = 0
        for (index, (screen, label)) in zip(screens, labels).enumerated() {
            let labelWidth = widths[index]
            if column + labelWidth > room { break }
            buffer.write(label, row: row, column: column, role: screen == current ? .selected : .muted)
            buffer.write(String(screen.number), row: row, column: column, role: screen == current ? .selected : .footerKey)
            column += labelWidth + 2
        }
    }

    /// One line for messages; an error too long for it (a conflict names what, whose value, who,
    /// when) takes the line above as well, over the screen's last row, until the clerk acts.
    public static func statusLine(into buffer: inout Buffer, row: Int, message: StatusMessage?) {
        buffer.fill(Rect(row: row, column: 0, rows: 1, columns: buffer.size.columns), role: .normal)
        guard let message else { return }
        let role: StyleRole = message.isError ? .statusError : .statusInfo
        let lines = DisplayWidth.wrap(" " + message.text, indent: " ", width: buffer.size.columns - 1)
        guard message.isError, lines.count > 1, row > 2 else {
            buffer.write(" " + message.text, row: row, column: 0, role: role)
            return
        }
        buffer.fill(Rect(row: row - 1, column: 0, rows: 1, columns: buffer.size.columns), role: .normal)
        buffer.write(lines[0], row: row - 1, column: 0, role: role)
        buffer.write(lines.dropFirst().joined(separator: " "), row: row, column: 0, role: role)
    }

    /// The keys that work here, built from the key map: the screen's own keys from the left,
    /// and the keys that work everywhere (help, search, command, quit) kept on the right, so a
    /// narrow terminal drops a screen key before it drops help or quit.
    public static func footer(into buffer: inout Buffer, row: Int, screenKeys: [KeyDescription], globalKeys: [KeyDescription], words: Catalogue) {
        let width = buffer.size.columns
        buffer.fill(Rect(row: row, column: 0, rows: 1, columns: width), role: .footer)
        func itemWidth(_ binding: KeyDescription) -> Int { DisplayWidth.of(binding.footerLabel) + 1 + DisplayWidth.of(binding.name(words)) + 2 }
        func draw(_ binding: KeyDescription, at column: Int) {
            buffer.write(binding.footerLabel, row: row, column: column + 1, role: .footerKey)
            buffer.write(binding.name(words), row: row, column: column + 2 + DisplayWidth.of(binding.footerLabel), role: .footer)
        }
        var globals = globalKeys.filter(\.inFooter)
        while !globals.isEmpty && globals.map(itemWidth).reduce(0, +) > width { globals.removeFirst() }
        var right = width - globals.map(itemWidth).reduce(0, +)
        let globalStart = right
        for binding in globals {
            draw(binding, at: right)
            right += itemWidth(binding)
        }
        var column = 0
        for binding in screenKeys where binding.inFooter {
            if column + itemWidth(binding) > globalStart { break }
            draw(binding, at: column)
            column += itemWidth(binding)
        }
    }
}

extension Chrome {
    /// A footer of given keys and their names, from the left (while something is being typed).
    public static func footer(into buffer: inout Buffer, row: Int, items: [(key: String, name: String)]) {
        buffer.fill(Rect(row: row, column: 0, rows: 1, columns: buffer.size.columns), role: .footer)
        var column = 0
        for (key, name) in items {
            let width = DisplayWidth.of(key) + 1 + DisplayWidth.of(name) + 2
            if column + width > buffer.size.columns { break }
            buffer.write(key, row: row, column: column + 1, role: .footerKey)
            buffer.write(name, row: row, column: column + 2 + DisplayWidth.of(key), role: .footer)
            column += width
        }
    }
}

/// A message for the status line.
public struct StatusMessage: Hashable, Sendable, Error {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}
