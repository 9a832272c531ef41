import Documents
import Emulation
import EmulationStore
import TerminalUI

/// The text of every document thidua writes, for `thidua export` and for the screens' year menu.
enum DocumentRendering {
    /// nil when the document does not exist in that format. Stored text cannot carry control
    /// characters into a file or a terminal.
    static func render(_ kind: ExportKind, format: String, snapshot: YearSnapshot, round: ScoreRound? = nil, blank: Bool = false,
                       words: Catalogue) -> String? {
        unsafeText(kind, format: format, snapshot: snapshot, round: round, blank: blank, words: words.documents).map(TerminalSafe.text)
    }

    private static func unsafeText(_ kind: ExportKind, format: String, snapshot: YearSnapshot, round: ScoreRound?, blank: Bool,
                                   words: DocumentWords) -> String? {
        let year = snapshot.reference.year
        switch (kind, format) {
        case (.roster, "csv"): return RosterCSV.export(snapshot)
        case (.roster, "md"):
            return RosterDocument(cluster: snapshot.cluster, year: year, units: snapshot.units, memberships: snapshot.memberships).markdown(words)
        case (.grid, "csv"): return GridCSV.export(snapshot, round: round, blank: blank)
        case (.grid, "md"):
            return GridDocument(cluster: snapshot.cluster, year: year, tree: snapshot.tree, units: snapshot.units,
                                scores: blank ? [:] : snapshot.scores, round: round).markdown(words)
        case (.ranking, "csv"):
            let table = RankingDocument(snapshot).table(words)
            return CSVOutput.render(header: table.header, rows: table.rows)
        case (.ranking, "md"): return RankingDocument(snapshot).markdown(words)
        case (.ranking, "txt"): return RankingDocument(snapshot).text(words)
        case (.pledge, "md"): return PledgeDocument(snapshot).markdown(words)
        case (.pledge, "txt"): return PledgeDocument(snapshot).text(words)
        case (.pledge, "csv"):
            let table = PledgeDocument(snapshot).checklist(words)
            return CSVOutput.render(header: table.header, rows: table.rows)
        case (.minutes, "md"): return MinutesDocument(snapshot).markdown(words)
        case (.minutes, "txt"): return MinutesDocument(snapshot).text(words)
        case (.proposals, "md"): return ProposalsDocument(snapshot).markdown(words)
        case (.proposals, "txt"): return ProposalsDocument(snapshot).text(words)
        case (.proposals, "csv"):
            let table = ProposalsDocument(snapshot).table(words)
            return CSVOutput.render(header: table.header, rows: table.rows)
        // One printable page for both: the grid and the ranking belong together on paper.
        case (.ranking, "html"), (.grid, "html"): return HTMLReport(snapshot).html(words)
        default: return nil
        }
    }

    /// The formats a document exists in, for the error that names them.
    static func formats(of kind: ExportKind) -> [String] {
        switch kind {
        case .roster: return ["csv", "md"]
        case .grid: return ["csv", "md", "html"]
        case .ranking: return ["csv", "md", "txt", "html"]
        case .pledge, .proposals: return ["csv", "md", "txt"]
        case .minutes: return ["md", "txt"]
        }
    }

    /// "HN-10-2020-pledge.md": the file name a screen export writes in the working directory.
    static func fileName(_ kind: ExportKind, format: String, snapshot: YearSnapshot) -> String {
        // A code is free text: keep the name to letters, digits, '-' and '_' so it stays in this folder.
        let code = String(snapshot.reference.clusterCode.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
        return "\(code)-\(snapshot.reference.year)-\(kind.rawValue).\(format)"
    }
}
