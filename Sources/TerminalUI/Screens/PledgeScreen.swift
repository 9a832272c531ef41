import Emulation

/// The pledge of a cluster-year: its heading, then one of three parts: the ordered key tasks,
/// the drives with their dates, or each unit's models, registered titles and signature (the
/// checklist, with the count signed).
enum PledgeScreen {
    /// Lines above the list: title, slogan, date and place, the part tabs, a blank line.
    static let headerLines = 4

    static func visibleRows(_ state: AppState) -> Int { max(1, state.contentArea.rows - headerLines - 1) }

    static func count(_ state: AppState) -> Int {
        guard let year = state.year else { return 0 }
        switch state.pledge.section {
        case .tasks: return year.pledge.tasks.count
        case .drives: return year.pledge.drives.count
        case .units: return year.units.count
        }
    }

    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        // The heading, tasks and drives can be written before any unit is on the roster.
        guard let year = state.year else {
            _ = YearScreen.year(state, into: &buffer, area: area)
            return
        }
        let words = state.words
        let edit = state.edit
        let pledge = year.pledge
        let width = area.columns - 2
        let title = pledge.title.isEmpty ? edit.pledgeNoTitle : pledge.title
        buffer.write(title, row: area.row, column: 1, role: pledge.title.isEmpty ? .muted : .accent, limit: width)
        if !pledge.slogan.isEmpty {
            buffer.write("“" + pledge.slogan + "”", row: area.row + 1, column: 1, role: .normal, limit: width)
        }
        let members = year.units.map(\.id)
        let signed = pledge.signedCount(members: members)
        var facts = [pledge.date.map { edit.pledgeDateLine($0.vietnamese) } ?? edit.pledgeNoDate]
        if !pledge.place.isEmpty { facts.append(edit.pledgePlaceLine(pledge.place)) }
        buffer.write(facts.joined(separator: " · "), row: area.row + 2, column: 1, role: .muted, limit: width)
        let count = words.pledgeChecklistCount(signed, members.count)
        let complete = signed == members.count && !members.isEmpty
        buffer.write(count, row: area.row + 2, column: area.right - 1 - DisplayWidth.of(count), role: complete ? .accent : .flagged)

        var column = 1
        for section in PledgeState.Section.allCases {
            let label: String
            switch section {
            case .tasks: label = edit.sectionTasks(pledge.tasks.count)
            case .drives: label = edit.sectionDrives(pledge.drives.count)
            case .units: label = edit.sectionUnits(signed, members.count)
            }
            let text = " " + label + " "
            buffer.write(text, row: area.row + 3, column: column, role: section == state.pledge.section ? .selected : .muted)
            column += DisplayWidth.of(text) + 1
        }

        let list = Rect(row: area.row + headerLines, column: 1, rows: area.rows - headerLines, columns: area.columns - 1)
        switch state.pledge.section {
        case .tasks:
            lines(pledge.tasks.enumerated().map { "\($0.offset + 1). \($0.element)" }, empty: edit.noTasks, state: state, into: &buffer, area: list)
        case .drives:
            lines(pledge.drives.enumerated().map { "\($0.offset + 1). " + edit.driveLine($0.element) }, empty: edit.noDrives, state: state, into: &buffer, area: list)
        case .units:
            if year.units.isEmpty {
                buffer.write(edit.rosterEmpty, row: list.row, column: 2, role: .muted, limit: list.columns - 2)
            } else {
                checklist(state, year: year).render(into: &buffer, area: list)
            }
        }
    }

    private static func lines(_ texts: [String], empty: String, state: AppState, into buffer: inout Buffer, area: Rect) {
        guard !texts.isEmpty else {
            buffer.write(empty, row: area.row, column: 1, role: .muted, limit: area.columns - 2)
            return
        }
        let selection = state.pledge.selection
        for line in 0..<min(area.rows - 1, texts.count - selection.offset) {
            let index = selection.offset + line
            let role: StyleRole = index == selection.index ? .selected : .normal
            buffer.fill(Rect(row: area.row + line, column: area.column, rows: 1, columns: area.columns - 1), role: role)
            buffer.write(texts[index], row: area.row + line, column: area.column + 1, role: role, limit: area.columns - 3)
        }
    }

    private static func checklist(_ state: AppState, year: YearSnapshot) -> TableView {
        let words = state.words
        let edit = state.edit
        let pledge = year.pledge
        // Separators between the five columns take a cell each.
        let signatureWidth = 13
        let titlesWidth = state.size.columns >= 100 ? 24 : 10
        let modelsWidth = max(10, state.size.columns - 2 - 4 - 20 - titlesWidth - signatureWidth - 4)
        let columns = [
            TableColumn("#", width: 4, alignRight: true), TableColumn(words.columnUnit, width: 20),
            TableColumn(words.pledgeModels, width: modelsWidth), TableColumn(words.pledgeTitles, width: titlesWidth),
            TableColumn(words.pledgeSignature, width: signatureWidth),
        ]
        return TableView(columns: columns, rowCount: year.units.count, frozenColumns: 2, selection: state.pledge.units) { index in
            let unit = year.units[index]
            let models = pledge.models[unit.id] ?? []
            let modelText = models.isEmpty ? edit.noModels : "\(models.count): " + models.joined(separator: "; ")
            let titles = year.rules.awards.filter { pledge.registrations[unit.id]?.contains($0.code) ?? false }.map(words.awardShort)
            let signature: TableCell
            switch pledge.signatureState(of: unit.id) {
            case .pending: signature = TableCell("○ " + words.pledgePending, role: .flagged)
            case .signed(let mark): signature = TableCell("✓ " + mark.date.vietnamese, role: .accent)
            case .signedEarlierVersion: signature = TableCell("↻ " + edit.signedEarlierShort, role: .flagged)
            }
            return [TableCell(String(index + 1)), TableCell(unit.name),
                    TableCell((pledge.modelCountIsUnusual(for: unit.id) ? "⚠ " : "") + modelText, role: pledge.modelCountIsUnusual(for: unit.id) ? .flagged : nil),
                    TableCell(titles.joined(separator: ", ")), signature]
        }
    }
}
