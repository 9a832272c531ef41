import Documents
import Emulation
import EmulationStore
import Foundation
import TerminalUI

/// The command line's side of the Documents export table (ExportTable.swift), for `thidua
/// export` and the screens' year menu: storage's data files go in, and text that cannot drive a
/// terminal comes out.
enum DocumentRendering {
    /// Storage writes every CSV file (the roster and grid files it reads back, and every table),
    /// laid out as `style` says.
    static func files(_ style: CSVStyle = .excel) -> DataFiles {
        DataFiles(csv: { CSVOutput.render(header: $0, rows: $1, style: style) }, roster: RosterCSV.table,
                  grid: { GridCSV.table($0, round: $1, blank: $2) })
    }

    /// nil when the document does not exist in that format. Stored text cannot carry control
    /// characters into a file or a terminal. `seal`: the audit chain's seal, taken after the
    /// snapshot was read, which every document but a CSV file ends with.
    static func render(_ kind: ExportKind, _ format: DocumentFormat, snapshot: YearSnapshot, round: ScoreRound? = nil, blank: Bool = false,
                       seal: AuditSeal?, words: Catalogue, next: YearSnapshot? = nil,
                       history: [MemberUnit.ID: [AwardHistoryEntry]] = [:], csv: CSVStyle = .excel) -> String? {
        kind.render(format, from: DocumentSource(snapshot: snapshot, words: words.documents, files: files(csv), round: round, blank: blank,
                                                 seal: seal?.description, next: next, history: history))
            .map(TerminalSafe.text)
    }

    /// The Word file or the Excel workbook of a document; nil when it has none in `format`.
    static func binary(_ kind: ExportKind, _ format: DocumentFormat, snapshot: YearSnapshot, round: ScoreRound? = nil, blank: Bool = false,
                       next: YearSnapshot? = nil, seal: AuditSeal?, words: Catalogue,
                       history: [MemberUnit.ID: [AwardHistoryEntry]] = [:]) throws -> Data? {
        try kind.renderBinary(format, from: DocumentSource(snapshot: snapshot, words: words.documents, files: files(), round: round, blank: blank,
                                                           seal: seal?.description, next: next, history: history))
    }

    /// The error that names the formats the document does exist in.
    static func notAvailable(_ kind: ExportKind, _ format: DocumentFormat, words: Catalogue) -> String {
        words.formatNotAvailable(kind.rawValue, format.rawValue, kind.formats.map(\.rawValue).joined(separator: ", "))
    }
}
