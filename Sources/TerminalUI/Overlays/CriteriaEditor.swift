import Emulation

/// The criteria editor: a working copy of the year's grid, changed row by row and saved whole.
/// The sums are checked as the clerk types; a locked grid (scoring has started) refuses changes.
public struct CriteriaEditor: Hashable, Sendable {
    public enum Field: Hashable, Sendable {
        case code, title, maximum
    }

    public var tree: CriteriaTree
    public var original: CriteriaTree
    public var locked: Bool
    public var selection = Selection()
    public var field: Field?
    public var edit: TextField?
    /// Esc was pressed once with unsaved changes: a second Esc discards them.
    public var discardArmed = false
    /// Set when saving met another clerk's newer grid: saving again overwrites exactly that one.
    public var overwriting: Int64?

    public init(tree: CriteriaTree, locked: Bool) {
        self.tree = tree
        self.original = tree
        self.locked = locked
    }

    public var isDirty: Bool { tree != original }

    var selectedPath: [Int]? {
        let rows = tree.rows
        return rows.indices.contains(selection.index) ? rows[selection.index].path : nil
    }

    mutating func select(_ path: [Int], visible: Int) {
        let index = tree.rows.firstIndex { $0.path == path } ?? 0
        selection.moveTo(index, count: tree.rows.count, visible: visible)
    }

    /// A code not yet used: the parent's code and the next number ("1.8"), or the next major.
    func freshCode(parent: Criterion?) -> String {
        let used = Set(tree.rows.map(\.node.code))
        var number = (parent?.children.count ?? tree.majors.count) + 1
        while true {
            let code = parent.map { "\($0.code).\(number)" } ?? String(number)
            if !used.contains(code) { return code }
            number += 1
        }
    }
}

/// Keys and effects of the criteria editor. Its keys are bindings like a screen's: the hint
/// under the grid and the help page are built from them.
enum CriteriaEditorKeys {
    enum Action: Hashable, Sendable, CaseIterable {
        case editTitle, editCode, editMaximum, addItem, addMajor, delete, moveUp, moveDown, defaultGrid, previousYear, save, close

        /// What a locked grid (scoring has started) refuses.
        var changesGrid: Bool {
            switch self {
            case .editTitle, .editCode, .editMaximum, .addItem, .addMajor, .delete, .moveUp, .moveDown, .defaultGrid, .previousYear, .save: return true
            case .close: return false
            }
        }
    }

    static let bindings: [KeyBinding<Action>] = {
        let keys: [(Action, Key, String)] = [
            (.editTitle, .enter, "Enter"), (.editCode, .character("c"), "c"), (.editMaximum, .character("m"), "m"),
            (.addItem, .character("a"), "a"), (.addMajor, .character("A"), "A"), (.delete, .character("x"), "x"),
            (.moveUp, .character("K"), "K"), (.moveDown, .character("J"), "J"), (.defaultGrid, .character("D"), "D"),
            (.previousYear, .character("P"), "P"), (.save, .character("s"), "s"), (.close, .escape, "Esc"),
        ]
        return keys.map { action, key, label in
            KeyBinding(action, keys: [key], label: label, inFooter: true,
                       name: { $0.screen.criteriaKey(action).name }, help: { $0.screen.criteriaKey(action).help })
        }
    }()

    static func visibleRows(_ state: AppShared) -> Int { max(1, state.size.rows - 9) }

    static func open(_ state: inout AppShared) {
        guard let year = state.year else {
            state.status = StatusMessage(state.words.screen.chooseYearFirst, isError: true)
            return
        }
        // `t` is offered only to who may edit the criteria; `:criteria` is typed by anyone.
        guard state.allows(.editCriteria) else { return }
        state.overlay = .criteria(CriteriaEditor(tree: year.tree, locked: year.criteriaLocked))
    }

    /// Keys while a title, code or maximum is being typed: Enter checks and keeps it, Esc drops it.
    private static func typeInField(_ key: Key, _ editor: inout CriteriaEditor, _ state: inout AppShared) -> [AppEffect] {
        guard var field = editor.edit, let which = editor.field, let path = editor.selectedPath else { return [] }
        let words = state.words
        switch key {
        case .escape:
            editor.edit = nil
            editor.field = nil
        case .enter:
            let text = field.text.trimmingCharacters(in: .whitespaces)
            switch which {
            case .title: editor.tree.update(at: path) { $0.title = text }
            case .code:
                guard !text.isEmpty else {
                    state.status = StatusMessage(words.screen.fieldRequired(words.screen.columnItem), isError: true)
                    return []
                }
                editor.tree.update(at: path) { $0.code = text }
            case .maximum:
                let field = editor.tree.node(at: path).map { words.screen.columnMaximum + " " + $0.code } ?? words.screen.columnMaximum
                switch NumberInput.points(text, maximum: nil, field: field, words: words) {
                case .success(let points?) where points > .zero:
                    editor.tree.update(at: path) { $0.maximum = points }
                case .success:
                    state.status = StatusMessage(words.screen.notANumber(field, text), isError: true)
                    return []
                case .failure(let refusal):
                    state.status = refusal
                    return []
                }
            }
            editor.edit = nil
            editor.field = nil
            state.status = nil
        default:
            field.handle(key)
            editor.edit = field
        }
        return []
    }

    static func handle(_ key: Key, _ editor: inout CriteriaEditor, _ state: inout AppShared) -> [AppEffect] {
        if editor.edit != nil { return typeInField(key, &editor, &state) }
        let words = state.words
        let visible = visibleRows(state)
        if let movement = KeyMap.movement.action(for: key) {
            editor.discardArmed = false
            editor.selection.apply(movement, count: editor.tree.rows.count, visible: visible)
            return []
        }
        guard let action = bindings.action(for: key) else { return [] }
        if editor.locked && action.changesGrid, let year = state.year {
            state.status = StatusMessage(words.criteriaLocked(year.reference.clusterCode, year.reference.year), isError: true)
            return []
        }
        if action != .close { editor.discardArmed = false }
        let path = editor.selectedPath
        switch action {
        case .close:
            if editor.isDirty && !editor.discardArmed {
                editor.discardArmed = true
                state.status = StatusMessage(words.screen.criteriaDiscard, isError: true)
                return []
            }
            state.overlay = nil
            state.status = nil
            return []
        case .editTitle, .editCode, .editMaximum:
            guard let path, let node = editor.tree.node(at: path) else { return [] }
            let which: CriteriaEditor.Field = action == .editTitle ? .title : (action == .editCode ? .code : .maximum)
            // Scores are kept by code: recoding a scored item would hand its scores to another.
            if which == .code, let year = state.year, year.scores.values.contains(where: {
                $0.score(node.code, in: .selfAssessment) != nil || $0.score(node.code, in: .cluster) != nil
            }) {
                state.status = StatusMessage(words.screen.codeHasScores, isError: true)
                return []
            }
            editor.field = which
            switch which {
            case .title: editor.edit = TextField(node.title)
            case .code: editor.edit = TextField(node.code)
            case .maximum: editor.edit = .number(DecimalText.format(node.maximum, trimWhole: true))
            }
        case .addItem:
            guard let path, let node = editor.tree.node(at: path) else { return [] }
            if path.count == 1 {
                let child = Criterion(code: editor.freshCode(parent: node), title: words.screen.newCriterion, maximum: Points(1))
                editor.select(editor.tree.appendChild(child, to: path), visible: visible)
            } else {
                let parent = editor.tree.node(at: Array(path.dropLast()))
                let sibling = Criterion(code: editor.freshCode(parent: parent), title: words.screen.newCriterion, maximum: Points(1))
                editor.select(editor.tree.insert(sibling, after: path), visible: visible)
            }
        case .addMajor:
            let major = Criterion(code: editor.freshCode(parent: nil), title: words.screen.newCriterion, maximum: Points(1),
                                  children: [])
            editor.tree.majors.append(major)
            editor.select([editor.tree.majors.count - 1], visible: visible)
        case .delete:
            guard let path else { return [] }
            editor.tree.remove(at: path)
            editor.selection.keepVisible(count: editor.tree.rows.count, visible: visible)
        case .moveUp, .moveDown:
            guard let path else { return [] }
            editor.select(editor.tree.move(at: path, by: action == .moveUp ? -1 : 1), visible: visible)
        case .defaultGrid:
            editor.tree = .standard
            editor.selection = Selection()
        case .previousYear:
            guard let year = state.year else { return [] }
            return [.loadPreviousCriteria(code: year.reference.clusterCode, year: year.reference.year)]
        case .save:
            let problems = editor.tree.problems()
            if !problems.isEmpty {
                state.status = StatusMessage(words.criteriaProblem(problems[0]), isError: true)
                return []
            }
            guard let year = state.year else { return [] }
            // Compared with the grid as it was when the editor opened, not as refreshed since.
            let expecting = Expected(seen: editor.original, overwriting: editor.overwriting)
            return [.saveCriteria(code: year.reference.clusterCode, year: year.reference.year, editor.tree, expecting: expecting)]
        }
        return []
    }
}
