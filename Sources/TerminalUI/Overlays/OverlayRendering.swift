import Emulation

/// The help page: built from the key map, so it lists exactly what the keys do.
enum HelpOverlay {
    static func lines(_ state: AppState) -> [(String, StyleRole)] {
        let words = state.words
        var lines: [(String, StyleRole)] = []
        func section(_ title: String, _ bindings: [KeyBinding]) {
            guard !bindings.isEmpty else { return }
            lines.append((title, .accent))
            for binding in bindings {
                lines.append(("  " + DisplayWidth.pad(binding.keyLabel, to: 12) + " " + binding.help(words), .normal))
            }
            lines.append(("", .normal))
        }
        section(words.screen.helpScreen(words.screen.screenName(state.screen)), KeyMap.screenBindings(state.screen, emptyDatabase: state.isEmptyDatabase))
        section(words.screen.helpGlobal, KeyMap.global)
        section(words.screen.helpMovement, KeyMap.movement)
        return lines
    }

    static func render(_ state: AppState, offset: Int, into buffer: inout Buffer) {
        let area = Rect(row: 1, column: 0, rows: state.size.rows - 2, columns: state.size.columns)
        let inner = Box.draw(into: &buffer, area: area, title: state.words.screen.helpTitle)
        let all = lines(state)
        let start = min(offset, max(0, all.count - inner.rows))
        for (index, line) in all.dropFirst(start).prefix(inner.rows).enumerated() {
            buffer.write(line.0, row: inner.row + index, column: inner.column, role: line.1 == .normal ? .dialog : line.1, limit: inner.columns)
        }
        buffer.write(state.words.screen.helpClose, row: area.bottom - 1, column: 2, role: .dialogTitle, limit: area.columns - 4)
    }
}

enum SearchOverlay {
    static func visibleRows(_ state: AppState) -> Int { max(1, state.size.rows - 9) }

    static func render(_ state: AppState, search: SearchState, into buffer: inout Buffer) {
        let words = state.words.screen
        let width = min(state.size.columns - 4, 70)
        let area = Rect(row: 2, column: (state.size.columns - width) / 2, rows: state.size.rows - 5, columns: width)
        let inner = Box.draw(into: &buffer, area: area, title: words.keySearch)
        buffer.write(words.searchPrompt, row: inner.row, column: inner.column, role: .dialogTitle)
        let promptWidth = DisplayWidth.of(words.searchPrompt)
        let cursor = search.field.render(into: &buffer, row: inner.row, column: inner.column + promptWidth,
                                         width: inner.columns - promptWidth, role: .editing)
        buffer.cursor = (inner.row, cursor)
        buffer.write(words.searchHint, row: inner.row + 1, column: inner.column, role: .muted, limit: inner.columns)
        if search.results.isEmpty && !search.field.text.isEmpty {
            buffer.write(words.searchNoMatch, row: inner.row + 3, column: inner.column, role: .statusError)
        }
        let visible = inner.rows - 3
        for line in 0..<max(0, visible) {
            let index = search.selection.offset + line
            guard index < search.results.count else { break }
            let result = search.results[index]
            let kind = result.kind == .cluster ? words.searchCluster : words.searchUnit
            let text = "\(result.label)  — \(kind), \(result.clusterCode) \(result.year)"
            let role: StyleRole = index == search.selection.index ? .selected : .dialog
            buffer.writePadded(text, row: inner.row + 3 + line, column: inner.column, width: inner.columns, role: role)
        }
    }
}

enum CommandLineOverlay {
    /// Drawn on the status line, as in vi.
    static func render(_ state: AppState, line: CommandLineState, into buffer: inout Buffer) {
        let row = state.size.rows - 2
        buffer.fill(Rect(row: row, column: 0, rows: 1, columns: state.size.columns), role: .editing)
        buffer.write(":", row: row, column: 0, role: .editing)
        let hint = line.candidates.count > 1 ? line.candidates.joined(separator: " ") : state.words.screen.commandHint
        let hintWidth = DisplayWidth.of(hint)
        let fieldWidth = max(10, state.size.columns - 2 - hintWidth - 2)
        let cursor = line.field.render(into: &buffer, row: row, column: 1, width: fieldWidth, role: .editing)
        if fieldWidth + hintWidth + 3 <= state.size.columns {
            buffer.write(hint, row: row, column: state.size.columns - hintWidth - 1, role: .muted)
        }
        buffer.cursor = (row, cursor)
    }
}

enum ConfirmDialog {
    static func render(_ state: AppState, confirm: ConfirmState, into buffer: inout Buffer) {
        let words = state.words.screen
        let width = min(state.size.columns - 4, max(40, DisplayWidth.of(confirm.message) + 6))
        let area = buffer.area.centred(rows: 6, columns: width)
        let inner = Box.draw(into: &buffer, area: area, title: confirm.title)
        buffer.write(confirm.message, row: inner.row, column: inner.column, role: .dialog, limit: inner.columns)
        buffer.write(words.confirmYes + "    " + words.confirmNo, row: inner.row + 2, column: inner.column, role: .dialogTitle, limit: inner.columns)
    }
}

enum ClusterFormOverlay {
    static func render(_ state: AppState, form: ClusterForm, into buffer: inout Buffer) {
        let words = state.words.screen
        let width = min(state.size.columns - 4, 64)
        let area = buffer.area.centred(rows: 12, columns: width)
        let inner = Box.draw(into: &buffer, area: area, title: words.formTitle)
        let labels: [(ClusterForm.Field, String)] = [(.code, words.fieldCode), (.name, words.fieldName), (.kind, words.fieldKind),
                                                     (.authority, words.fieldAuthority), (.year, words.fieldYear)]
        let labelWidth = labels.map { DisplayWidth.of($0.1) }.max() ?? 10
        for (index, (field, label)) in labels.enumerated() {
            let row = inner.row + index
            let focused = form.focus == field
            buffer.write(label, row: row, column: inner.column, role: focused ? .dialogTitle : .dialog)
            let cursor = form.fields[field]?.render(into: &buffer, row: row, column: inner.column + labelWidth + 2,
                                                    width: inner.columns - labelWidth - 2, role: focused ? .editing : .normal)
            if focused, let cursor { buffer.cursor = (row, cursor) }
        }
        if let error = form.error {
            buffer.write(error, row: inner.row + labels.count + 1, column: inner.column, role: .statusError, limit: inner.columns)
        }
        buffer.write(words.formHint, row: inner.bottom - 1, column: inner.column, role: .muted, limit: inner.columns)
    }
}
