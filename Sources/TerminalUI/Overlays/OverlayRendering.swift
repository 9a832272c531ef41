import Emulation

/// The help page: built from the key map, so it lists exactly what the keys do.
enum HelpOverlay {
    static func lines(_ state: AppState) -> [(String, StyleRole)] {
        let words = state.words
        var lines: [(String, StyleRole)] = []
        func section(_ title: String, _ bindings: [KeyDescription]) {
            guard !bindings.isEmpty else { return }
            lines.append((title, .accent))
            for binding in bindings {
                // Long descriptions wrap under themselves rather than losing their end.
                let wrapped = DisplayWidth.wrap(binding.help(words), indent: "", width: max(20, state.size.columns - 4 - 15))
                for (index, line) in wrapped.enumerated() {
                    lines.append(((index == 0 ? "  " + DisplayWidth.pad(binding.keyLabel, to: 12) + " " : String(repeating: " ", count: 15)) + line, .normal))
                }
            }
            lines.append(("", .normal))
        }
        if case .help(_, let over?) = state.overlay {
            var dialog = state
            dialog.overlay = over
            if case .criteria = over {
                section(words.screen.helpDialog, CriteriaEditorKeys.bindings.map(\.description)
                        + KeyMap.movement.filter { $0.action != .left && $0.action != .right }.map(\.description))
            } else {
                // A dialog that takes typing: the keys its footer shows.
                section(words.screen.helpDialog, KeyRouting.footer(.overlay, dialog).map { item in
                    KeyDescription(keyLabel: item.key, footerLabel: item.key, name: { _ in item.name }, help: { _ in item.name }, inFooter: true)
                })
            }
        }
        section(words.screen.helpScreen(ScreenRegistry.screen(state.screen).name(words)), App.screenKeys(state))
        section(words.screen.helpGlobal, KeyMap.global.map(\.description))
        section(words.screen.helpMovement, KeyMap.movement.map(\.description))
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
    /// The result lines the box holds; the keys scroll by the same count the box draws.
    static func visibleRows(_ state: AppState) -> Int { max(1, state.size.rows - 10) }

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
        for line in 0..<min(visibleRows(state), max(0, inner.rows - 3)) {
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
        // A long question wraps rather than losing its end.
        let lines = DisplayWidth.wrap(confirm.message, indent: "", width: width - 4)
        let area = buffer.area.centred(rows: min(state.size.rows - 2, lines.count + 5), columns: width)
        let inner = Box.draw(into: &buffer, area: area, title: confirm.title)
        for (offset, line) in lines.prefix(max(1, inner.rows - 2)).enumerated() {
            buffer.write(line, row: inner.row + offset, column: inner.column, role: .dialog, limit: inner.columns)
        }
        buffer.write(words.confirmYes + "    " + words.confirmNo, row: inner.bottom - 1, column: inner.column, role: .dialogTitle, limit: inner.columns)
    }
}

enum CriteriaEditorOverlay {
    static func render(_ state: AppState, editor: CriteriaEditor, into buffer: inout Buffer) {
        let words = state.words
        guard let year = state.year else { return }
        // Above the status line: a refusal there is part of what the clerk must see.
        let area = Rect(row: 1, column: 0, rows: state.size.rows - 3, columns: state.size.columns)
        var title = words.screen.criteriaTitle(year.reference.clusterCode, year.reference.year)
        if editor.locked { title += " (" + words.screen.criteriaLockedMark + ")" }
        let inner = Box.draw(into: &buffer, area: area, title: title)
        let rows = editor.tree.rows
        let listRows = max(1, inner.rows - 4)
        let maxWidth = 7
        for line in 0..<listRows {
            let index = editor.selection.offset + line
            guard index < rows.count else { break }
            let (path, node) = rows[index]
            let selected = index == editor.selection.index
            let row = inner.row + line
            let role: StyleRole = selected ? .selected : (path.count == 1 ? .accent : .dialog)
            buffer.fill(Rect(row: row, column: inner.column, rows: 1, columns: inner.columns), role: role)
            let indent = String(repeating: "  ", count: path.count - 1)
            let codeWidth = 8
            let sumWidth = node.isLeaf ? 0 : 9
            let titleWidth = max(8, inner.columns - codeWidth - maxWidth - sumWidth - 3)
            func cell(_ field: CriteriaEditor.Field, _ text: String, column: Int, width: Int, alignRight: Bool = false) {
                if selected, editor.field == field, let edit = editor.edit {
                    let cursor = edit.render(into: &buffer, row: row, column: column, width: width, role: .editing)
                    buffer.cursor = (row, cursor)
                } else {
                    buffer.writePadded(text, row: row, column: column, width: width, role: role, alignRight: alignRight)
                }
            }
            cell(.code, indent + node.code, column: inner.column, width: codeWidth)
            cell(.title, node.title, column: inner.column + codeWidth + 1, width: titleWidth)
            cell(.maximum, DecimalText.format(node.maximum, trimWhole: true), column: inner.column + codeWidth + titleWidth + 2, width: maxWidth, alignRight: true)
            if !node.isLeaf {
                // The sum of the sub-criteria, checked as the clerk types.
                let sum = node.children.map(\.maximum).sum()
                let mark = (sum == node.maximum ? "= " : "≠ ") + DecimalText.format(sum, trimWhole: true)
                buffer.writePadded(mark, row: row, column: inner.right - sumWidth, width: sumWidth,
                                   role: selected ? .selected : (sum == node.maximum ? .muted : .flagged), alignRight: true)
            }
        }
        let problems = editor.tree.problems()
        var verdict = problems.first.map { words.criteriaProblem($0) } ?? words.screen.criteriaValid(DecimalText.format(editor.tree.total, trimWhole: true))
        if problems.count > 1 { verdict += " (+\(problems.count - 1))" }
        buffer.write(verdict, row: inner.bottom - 3, column: inner.column, role: problems.isEmpty ? .statusInfo : .statusError, limit: inner.columns)
        // The keys, wrapped at " · " over the last two lines.
        var lines = [""]
        for part in CriteriaEditorKeys.bindings.map({ $0.keyLabel + " " + $0.name(words) }) {
            let candidate = lines[lines.count - 1].isEmpty ? part : lines[lines.count - 1] + " · " + part
            if DisplayWidth.of(candidate) > inner.columns && !lines[lines.count - 1].isEmpty { lines.append(part) } else { lines[lines.count - 1] = candidate }
        }
        for (offset, line) in lines.suffix(2).enumerated() {
            buffer.write(line, row: inner.bottom - 2 + offset, column: inner.column, role: .muted, limit: inner.columns)
        }
    }
}
