import Documents
import Emulation

/// What a menu line does.
public enum MenuAction: Hashable, Sendable {
    case advance
    case reopen
    case handover
    case openNextYear
    case editCluster
    case meeting
    /// The vote on one of a unit's proposals (the current one, or one already voted on).
    case vote(MemberUnit.ID, award: String)
    /// `blank`: the grid with every score empty, for the units to fill in.
    case export(ExportKind, format: DocumentFormat, blank: Bool = false)
    /// The rules screen.
    case rules
    /// Writes the dossier for the province into the working folder.
    case dossier
    /// A line that says something (the dossier's checklist, under its line): no number, never chosen.
    case note
}

public struct MenuItem: Hashable, Sendable {
    public var label: String
    public var action: MenuAction
    public var enabled: Bool

    public init(_ label: String, _ action: MenuAction, enabled: Bool = true) {
        self.label = label
        self.action = action
        self.enabled = enabled
    }
}

/// A short list of actions: ↑↓ and Enter, or the line's number.
public struct Menu: Hashable, Sendable {
    public var title: String
    public var items: [MenuItem]
    public var selection = Selection()

    public init(title: String, items: [MenuItem]) {
        self.title = title
        self.items = items
    }

    /// Lines to read, nothing to choose.
    var isNotesOnly: Bool { items.allSatisfy { $0.action == .note } }
}

enum MenuKeys {
    static func handle(_ key: Key, _ menu: inout Menu, _ state: inout AppShared) -> [AppEffect] {
        var chosen: Int?
        switch key {
        case .escape, .character("y"):
            state.overlay = nil
            return []
        case .up, .character("k"): menu.selection.move(by: -1, count: menu.items.count, visible: menu.items.count)
        case .down, .character("j"), .tab: menu.selection.move(by: 1, count: menu.items.count, visible: menu.items.count)
        // Home and End (and the pages) reach the ends: a menu longer than nine has no number key for its last lines.
        case .home, .pageUp: menu.selection.moveTo(0, count: menu.items.count, visible: menu.items.count)
        case .end, .pageDown: menu.selection.moveTo(menu.items.count - 1, count: menu.items.count, visible: menu.items.count)
        case .enter: chosen = menu.selection.index
        case .character(let character):
            if let number = character.wholeNumberValue, (1...menu.items.count).contains(number) { chosen = number - 1 }
        default: break
        }
        guard let chosen, menu.items.indices.contains(chosen) else {
            state.overlay = .menu(menu)
            return []
        }
        let item = menu.items[chosen]
        if item.action == .note {
            // A panel of notes only (a unit's history) closes on Enter; a note among actions is skipped.
            if menu.isNotesOnly {
                state.overlay = nil
                return []
            }
            menu.selection.moveTo(chosen, count: menu.items.count, visible: menu.items.count)
            state.overlay = .menu(menu)
            return []
        }
        guard item.enabled else {
            menu.selection.moveTo(chosen, count: menu.items.count, visible: menu.items.count)
            state.overlay = .menu(menu)
            if let year = state.year { state.status = StatusMessage(state.words.yearClosed(year.reference.clusterCode, year.reference.year), isError: true) }
            return []
        }
        state.overlay = nil
        return YearEditing.run(item.action, &state)
    }
}

enum MenuOverlay {
    static func render(_ state: AppShared, menu: Menu, into buffer: inout Buffer) {
        let width = min(state.size.columns - 4, max(40, (menu.items.map { DisplayWidth.of($0.label) }.max() ?? 0) + 10, DisplayWidth.of(menu.title) + 8))
        let area = buffer.area.centred(rows: menu.items.count + 4, columns: width)
        let inner = Box.draw(into: &buffer, area: area, title: menu.title)
        for (index, item) in menu.items.enumerated() {
            let row = inner.row + index
            let selected = index == menu.selection.index
            let role: StyleRole = selected ? .selected : (item.enabled ? .dialog : .muted)
            buffer.fill(Rect(row: row, column: inner.column, rows: 1, columns: inner.columns), role: role)
            if item.action != .note { buffer.write("\(index + 1)", row: row, column: inner.column, role: selected ? .selected : .footerKey) }
            buffer.write(item.label, row: row, column: inner.column + 3, role: role, limit: inner.columns - 3)
        }
        buffer.write(menu.isNotesOnly ? state.edit.panelHint : state.edit.menuHint, row: inner.bottom - 1, column: inner.column, role: .muted,
                     limit: inner.columns)
    }
}

enum FormOverlay {
    static func render(_ state: AppShared, form: Form, into buffer: inout Buffer) {
        let width = min(state.size.columns - 2, 76)
        // An error may be long (another clerk's write, with the keys that decide): up to four lines.
        let errorLines = form.error.map { Array(DisplayWidth.wrap($0, indent: "", width: width - 4).prefix(4)) } ?? []
        // A note says what the form does: up to three lines.
        let noteLines = form.note.map { Array(DisplayWidth.wrap($0, indent: "", width: width - 4).prefix(3)) } ?? []
        let extra = noteLines.count + errorLines.count
        let rows = min(state.size.rows - 2, form.fields.count + 3 + extra)
        let area = buffer.area.centred(rows: rows, columns: width)
        let inner = Box.draw(into: &buffer, area: area, title: form.title)
        let labelWidth = min(22, form.fields.map { DisplayWidth.of($0.label) }.max() ?? 10)
        let valueColumn = inner.column + labelWidth + 2
        let valueWidth = max(1, inner.columns - labelWidth - 2)
        // Long forms scroll so the focused field stays in view.
        let fieldRows = max(1, inner.rows - 1 - extra)
        let first = max(0, min(form.focus - fieldRows + 1, form.fields.count - fieldRows))
        for line in 0..<min(fieldRows, form.fields.count) {
            let index = first + line
            let field = form.fields[index]
            let row = inner.row + line
            let focused = index == form.focus
            buffer.write(field.label, row: row, column: inner.column, role: focused ? .dialogTitle : .dialog, limit: labelWidth)
            switch field.input {
            case .text(let text):
                let cursor = text.render(into: &buffer, row: row, column: valueColumn, width: valueWidth, role: focused ? .editing : .normal)
                if focused { buffer.cursor = (row, cursor) }
            case .choice(let options, let chosen):
                let text = options.indices.contains(chosen) ? options[chosen] : ""
                buffer.writePadded("◀ " + text + " ▶", row: row, column: valueColumn, width: valueWidth, role: focused ? .editing : .normal)
            case .toggle(let on):
                buffer.writePadded(on ? "[✓]" : "[ ]", row: row, column: valueColumn, width: valueWidth, role: focused ? .editing : .normal)
            }
        }
        var row = min(inner.row + fieldRows + 1, inner.bottom - extra)
        for line in errorLines {
            buffer.write(line, row: row, column: inner.column, role: .statusError, limit: inner.columns)
            row += 1
        }
        for line in noteLines {
            buffer.write(line, row: row, column: inner.column, role: .muted, limit: inner.columns)
            row += 1
        }
    }
}
