import Documents
import Emulation

extension ScreenID {
    public static let meeting = ScreenID(rawValue: "meeting")
}

/// The review meeting on a projector: full screen, read-only, paged with Space and PgDn — the
/// ranking with its bars, the proposals by award level, the vote results. At 80×24 it fits the
/// essentials; a larger terminal gets wider bars and a blank line between rows.
enum MeetingScreen: Screen {
    static let id = ScreenID.meeting
    static let letter: Character = "m"
    static func name(_ words: Catalogue) -> String { words.screen.meetingName }
    static func summary(_ words: Catalogue) -> String { words.screen.meetingSummary }
    static var initialState: MeetingState { MeetingState() }
    static var isFullScreen: Bool { true }
    static var theme: String? { "high-contrast" }
    /// Back from the presentation is the ranking it presents.
    static var back: ScreenID? { .ranking }
    static var exports: [MenuExport] { RankingScreen.exports }

    enum Action: Hashable, Sendable {
        case nextPage
        case previousPage
    }

    /// A presentation: paging only, no editing keys.
    static func bindings(_ meeting: MeetingState, _ state: AppShared) -> [KeyBinding<Action>] {
        [
            KeyBinding(.nextPage, keys: [.character(" "), .pageDown, .right, .down, .enter], label: "Space PgDn", footerLabel: "Space",
                       inFooter: true, name: { $0.edit.keyNextPage }, help: { $0.edit.keyNextPageHelp }),
            KeyBinding(.previousPage, keys: [.pageUp, .left, .up, .backspace], label: "PgUp", inFooter: true,
                       name: { $0.edit.keyPreviousPage }, help: { $0.edit.keyPreviousPageHelp }),
        ]
    }

    static func perform(_ action: Action, key: Key, _ meeting: inout MeetingState, _ state: inout AppShared) -> [AppEffect] {
        let count = meeting.pages.pages.count
        meeting.page = max(0, min(count - 1, meeting.page + (action == .nextPage ? 1 : -1)))
        return []
    }

    static func move(_ movement: Movement, key: Key, _ meeting: inout MeetingState, _ state: inout AppShared) {
        switch movement {
        case .first: meeting.page = 0
        case .last: meeting.page = max(0, meeting.pages.pages.count - 1)
        case .up, .down, .left, .right, .pageUp, .pageDown: break
        }
    }

    static func willShow(_ meeting: inout MeetingState, _ state: inout AppShared) -> [AppEffect] {
        meeting.page = 0
        return []
    }

    /// The presentation's pages are laid out once per review, size and language, not per frame.
    static func prepare(_ meeting: inout MeetingState, _ state: AppShared) {
        refreshPages(&meeting, state)
    }

    enum Line: Hashable {
        case text(String, StyleRole)
        case unit(RankedUnit, proposal: String, role: StyleRole?)
        case blank
    }

    struct Page: Hashable {
        var title: String
        var lines: [Line]
    }

    /// Lays the pages out again only when what they are made from changed.
    static func refreshPages(_ meeting: inout MeetingState, _ state: AppShared) {
        let key = MeetingPages.Key(generation: state.reviewGeneration, size: state.size, language: state.language)
        guard meeting.pages.key != key else { return }
        meeting.pages = MeetingPages(key: key, pages: pages(state))
        meeting.page = min(meeting.page, max(0, meeting.pages.pages.count - 1))
    }

    /// Lines a page holds between its title and the hint line.
    static func capacity(_ state: AppShared) -> Int { max(1, state.size.rows - 6) }

    static func pages(_ state: AppShared) -> [Page] {
        guard let year = state.year, let review = state.review else { return [] }
        let words = state.words
        let edit = state.edit
        let capacity = capacity(state)
        var pages: [Page] = []
        func paginate(_ title: String, _ unwrapped: [Line]) {
            // Long lines wrap rather than lose their end on a projector.
            let lines = unwrapped.flatMap { line -> [Line] in
                guard case .text(let text, let role) = line else { return [line] }
                return DisplayWidth.wrap(text, indent: "      ", width: max(20, state.size.columns - 4)).map { .text($0, role) }
            }
            guard !lines.isEmpty else { return }
            var start = 0
            while start < lines.count {
                let chunk = Array(lines[start..<min(lines.count, start + capacity)])
                pages.append(Page(title: title, lines: chunk))
                start += capacity
            }
        }
        let passed = Set(review.votes.filter { $0.result == .passed }.map { Candidacy(unitID: $0.tally.unitID, award: $0.tally.award) })
        paginate(edit.meetingRankingTitle(year.reference.year), review.ranking.entries.map { entry in
            let proposal = review.proposal(unitID: entry.unit.id)
            if let (cause, _) = year.rules.eligibility.barringCause(entry.unit.eligibility) {
                return .unit(entry, proposal: edit.ineligibleCauseShort(cause), role: .ineligible)
            }
            guard let award = proposal?.award else { return .unit(entry, proposal: "—", role: .muted) }
            let name = year.rules.award(code: award).map(words.awardShort) ?? award
            let mark = passed.contains(Candidacy(unitID: entry.unit.id, award: award)) ? " ✓" : (proposal?.tiedForQuota == true ? " =" : "")
            return .unit(entry, proposal: name + mark, role: proposal?.tiedForQuota == true ? .tied : nil)
        })

        var proposals: [Line] = []
        for rule in year.rules.awards {
            let units = review.ranking.entries.filter { review.proposal(unitID: $0.unit.id)?.award == rule.code }
            guard !units.isEmpty else { continue }
            proposals.append(.text(words.awardName(rule), .accent))
            for entry in units {
                let tied = review.proposal(unitID: entry.unit.id)?.tiedForQuota == true
                proposals.append(.text("    " + entry.unit.name + " — " + edit.meetingUnitFacts(entry.rank, DecimalText.format(entry.result.total))
                                       + (tied ? " · " + words.tiedMark : ""), tied ? .tied : .normal))
            }
        }
        let eligibility = year.rules.eligibility
        let ineligible = review.ranking.entries.filter { eligibility.bars($0.unit.eligibility) }
        if !ineligible.isEmpty {
            proposals.append(.text(eligibility.treatment == .deferred ? words.deferredUnits : edit.meetingIneligible, .accent))
            for entry in ineligible {
                if let (cause, note) = eligibility.barringCause(entry.unit.eligibility) {
                    let reason = eligibility.treatment == .deferred ? words.reasonDeferred : words.reasonIneligible
                    proposals.append(.text("    " + entry.unit.name + " — " + reason(words.ineligibleCause(cause), note), .ineligible))
                }
            }
        }
        paginate(edit.meetingProposalsTitle, proposals.isEmpty ? [.text(edit.meetingNoProposals, .muted)] : proposals)

        let votes: [Line] = review.votes.map { vote in
            let unit = year.units.first { $0.id == vote.tally.unitID }?.name ?? "#\(vote.tally.unitID)"
            let award = year.rules.award(code: vote.tally.award).map(words.awardShort) ?? vote.tally.award
            return .text(unit + " · " + edit.voteLine(award, vote.tally.present, vote.tally.votesFor, vote.tally.votesAgainst, edit.voteResult(vote.result)),
                         vote.result == .passed ? .excellent : .flagged)
        }
        paginate(edit.meetingVotesTitle, votes.isEmpty ? [.text(edit.meetingNoVotes, .muted)] : votes)
        return pages
    }

    static func render(_ meeting: MeetingState, _ state: AppShared, into buffer: inout Buffer, area: Rect) {
        let size = state.size
        buffer.fill(buffer.area, role: .normal)
        guard let year = state.year else {
            buffer.write(state.pendingYear == nil ? state.words.screen.chooseYearFirst : state.words.screen.loading, row: 1, column: 2, role: .muted)
            return
        }
        // Laid out already by the last update, unless the state was set up without one.
        let key = MeetingPages.Key(generation: state.reviewGeneration, size: state.size, language: state.language)
        let all = meeting.pages.key == key ? meeting.pages.pages : pages(state)
        let index = min(meeting.page, max(0, all.count - 1))
        let counter = state.edit.meetingPage(index + 1, all.count)
        buffer.fill(Rect(row: 0, column: 0, rows: 1, columns: size.columns), role: .title)
        buffer.write(" " + year.cluster.name + " · " + String(year.reference.year), row: 0, column: 0, role: .title, limit: size.columns - DisplayWidth.of(counter) - 3)
        buffer.write(counter, row: 0, column: size.columns - DisplayWidth.of(counter) - 1, role: .title)
        buffer.write(state.edit.meetingHint, row: size.rows - 1, column: 1, role: .muted, limit: size.columns - 2)
        if let status = state.status {
            buffer.write(status.text, row: size.rows - 2, column: 1, role: status.isError ? .statusError : .statusInfo, limit: size.columns - 2)
        }
        guard all.indices.contains(index) else { return }
        let page = all[index]
        buffer.write(page.title, row: 2, column: 2, role: .accent, limit: size.columns - 4)
        let top = 4
        let room = size.rows - 2 - top
        // Generous spacing when the page has room for a blank line between rows.
        let step = page.lines.count * 2 - 1 <= room ? 2 : 1
        let scale = max(state.review?.ranking.entries.first?.result.total ?? .zero, Points(1))
        for (offset, line) in page.lines.enumerated() {
            let row = top + offset * step
            guard row < size.rows - 2 else { break }
            switch line {
            case .blank: break
            case .text(let text, let role):
                buffer.write(text, row: row, column: 2, role: role, limit: size.columns - 4)
            case .unit(let entry, let proposal, let role):
                unitLine(state, year: year, entry: entry, proposal: proposal, role: role, scale: scale, into: &buffer, row: row)
            }
        }
    }

    private static func unitLine(_ state: AppShared, year: YearSnapshot, entry: RankedUnit, proposal: String, role: StyleRole?, scale: Points,
                                 into buffer: inout Buffer, row: Int) {
        let wide = state.size.columns >= 120
        let nameWidth = wide ? 24 : 14
        var column = 2
        func cell(_ text: String, _ width: Int, _ cellRole: StyleRole, right: Bool = false) {
            buffer.writePadded(DisplayWidth.truncate(text, to: width), row: row, column: column, width: width, role: cellRole, alignRight: right)
            column += width + 1
        }
        cell(String(entry.rank) + (entry.isTied ? "=" : ""), 3, entry.isTied ? .tied : .normal, right: true)
        cell(entry.unit.name, nameWidth, entry.unit.eligibility.isEligible ? .normal : .ineligible)
        cell(DecimalText.format(entry.result.total), 6, .accent, right: true)
        cell(wide ? state.words.classificationCell(entry.result.classification) : state.edit.classificationAbbreviation(entry.result.classification),
             wide ? 10 : 6, entry.result.classification == .excellent ? .excellent : .normal)
        cell(proposal, 14, role ?? .normal)
        let width = state.size.columns - column - 2
        if width >= 4 {
            RankingScreen.bar(entry.result, year: year, scale: scale).render(into: &buffer, row: row, column: column, width: width)
        }
    }
}

/// The page shown in meeting mode, and the pages laid out.
public struct MeetingState: Sendable {
    public var page = 0
    public var pages = MeetingPages()

    public init() {}
}

/// The meeting presentation's pages and what they were laid out for.
public struct MeetingPages: Sendable {
    struct Key: Hashable, Sendable {
        var generation: Int
        var size: Size
        var language: Language
    }

    var key: Key?
    var pages: [MeetingScreen.Page] = []

    public init() {}

    init(key: Key, pages: [MeetingScreen.Page]) {
        self.key = key
        self.pages = pages
    }
}
