import Emulation

/// A dialog of labelled fields (text, a choice among options, a yes/no toggle) for editing a
/// unit, the cluster, the pledge and its parts. What happens on Enter depends on its purpose.
public struct Form: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        case newCluster
        case addUnit
        case editUnit(MemberUnit.ID)
        case editCluster
        case pledgeHeader
        /// nil adds a task (or drive) at the end.
        case task(index: Int?)
        case drive(index: Int?)
        case unitPledge(MemberUnit.ID)
        case reopen
        case handover
        /// Trial scores of a unit in the what-if mode (never saved).
        case whatIf(MemberUnit.ID)
        case vote(MemberUnit.ID, award: String)
        /// The province's decision on a unit's proposal (its award, by code).
        case decision(MemberUnit.ID, proposed: String)
        case meeting
        /// The reason for a bonus or deduction typed in the grid, asked before anything is saved.
        case adjustmentReason(MemberUnit.ID, Adjustment.Kind, Points, expecting: Expected<Adjustment?>)
        /// A rule of the year, or the award list (the rules screen).
        case rules(RuleEdit)
    }

    public enum Input: Hashable, Sendable {
        case text(TextField)
        /// Options shown in words, and the chosen one.
        case choice([String], Int)
        case toggle(Bool)
    }

    public struct Field: Hashable, Sendable {
        /// What the field holds, by which its form's submission reads it (never by position).
        public var key: FieldKey
        public var label: String
        public var input: Input

        public init(_ key: FieldKey, _ label: String, _ input: Input) {
            self.key = key
            self.label = label
            self.input = input
        }

        public init(_ key: FieldKey, _ label: String, text: String) {
            self.init(key, label, .text(TextField(text)))
        }

        /// A number: its prefilled value is selected, so typing replaces it.
        public init(_ key: FieldKey, _ label: String, number: String) {
            self.init(key, label, .text(.number(number)))
        }
    }

    public var title: String
    public var purpose: Purpose
    public var fields: [Field]
    public var focus = 0
    public var error: String?
    /// A line under the fields: what the form does, or a warning worth seeing while typing.
    public var note: String?
    /// The year as it was when the form opened: what the clerk saw, which the save must still
    /// find stored. Set by `App` when the form opens, so a refresh meanwhile changes nothing here.
    public var seenYear: YearSnapshot?
    /// Set when saving met another clerk's newer write and the form came back: Enter keeps the
    /// clerk's values over exactly that write ("keep mine").
    public var overwriting: Int64?
    /// Set with `overwriting`: when the year reloads, the fields the clerk did not change take
    /// the other clerk's values (FormRebase).
    public var rebaseOnLoad = false

    public init(title: String, purpose: Purpose, fields: [Field], note: String? = nil) {
        self.title = title
        self.purpose = purpose
        self.fields = fields
        self.note = note
    }

    /// Where the field with `key` is; a key the form does not hold is a programming error.
    public func index(of key: FieldKey) -> Int? {
        let index = fields.firstIndex { $0.key == key }
        assert(index != nil, "\(purpose) has no field \(key)")
        return index
    }

    /// The trimmed text of a text field (the chosen option's index as text for a choice).
    public func text(_ key: FieldKey) -> String {
        guard let index = index(of: key) else { return "" }
        switch fields[index].input {
        case .text(let field): return field.text.trimmingSpaces()
        case .choice(_, let chosen): return String(chosen)
        case .toggle(let on): return on ? "1" : ""
        }
    }

    public func choice(_ key: FieldKey) -> Int {
        guard let index = index(of: key), case .choice(_, let chosen) = fields[index].input else { return 0 }
        return chosen
    }

    public func toggle(_ key: FieldKey) -> Bool {
        guard let index = index(of: key), case .toggle(let on) = fields[index].input else { return false }
        return on
    }

    public func label(_ key: FieldKey) -> String {
        index(of: key).map { fields[$0].label } ?? ""
    }

    /// The key of the focused field.
    public var focusedKey: FieldKey? { fields.indices.contains(focus) ? fields[focus].key : nil }

    public mutating func focus(on key: FieldKey) {
        if let index = index(of: key) { focus = index }
    }

    public mutating func moveFocus(by delta: Int) {
        guard !fields.isEmpty else { return }
        focus = (focus + delta + fields.count) % fields.count
        selectNumber()
    }

    /// A number field entered anew shows its value selected, as when the form opened.
    private mutating func selectNumber() {
        guard fields.indices.contains(focus), case .text(var field) = fields[focus].input, field.isNumber else { return }
        field.selectAll()
        fields[focus].input = .text(field)
    }

    /// Applies a key to the focused field; false when the key is not for it.
    public mutating func edit(_ key: Key) -> Bool {
        guard fields.indices.contains(focus) else { return false }
        switch fields[focus].input {
        case .text(var field):
            guard field.handle(key) else { return false }
            fields[focus].input = .text(field)
        case .choice(let options, let chosen):
            guard !options.isEmpty else { return false }
            switch key {
            case .right, .character(" "): fields[focus].input = .choice(options, (chosen + 1) % options.count)
            case .left: fields[focus].input = .choice(options, (chosen - 1 + options.count) % options.count)
            default: return false
            }
        case .toggle(let on):
            guard key == .character(" ") || key == .left || key == .right else { return false }
            fields[focus].input = .toggle(!on)
        }
        error = nil
        return true
    }

    /// What the save expects to replace: the value seen when the form opened, or after a
    /// conflict the other clerk's write the clerk chose to overwrite.
    public func expected<Value>(_ seen: Value) -> Expected<Value> {
        Expected(seen: seen, overwriting: overwriting)
    }

    /// Puts the focus on a field and says what is wrong with it.
    public mutating func fail(_ message: String, field: FieldKey) {
        error = message
        focus(on: field)
        selectNumber()
    }
}

/// Keys while a form is open: Tab and arrows move between fields, Space or ←/→ change a choice
/// or a toggle, Enter saves, Esc closes without saving.
enum FormKeys {
    static func handle(_ key: Key, _ form: inout Form, _ state: inout AppState) -> [AppEffect] {
        switch key {
        case .escape:
            state.overlay = nil
            if case .adjustmentReason = form.purpose { state.status = StatusMessage(state.edit.adjustmentNotSaved, isError: true) }
            return []
        case .tab, .down:
            form.moveFocus(by: 1)
        case .backTab, .up:
            form.moveFocus(by: -1)
        case .enter:
            return FormSubmission.submit(&form, &state)
        default:
            _ = form.edit(key)
        }
        state.overlay = .form(form)
        return []
    }
}
