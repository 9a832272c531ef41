import Emulation
import Foundation

/// The one table of documents × formats: which formats each document offers, its file name and
/// how it is written. `thidua export` (its help, its error, its output), the screens' year menu
/// and the run loop's export all read it; none keeps a list of its own.
extension ExportKind {
    /// The formats this document exists in, in the order they are listed to a person.
    public var formats: [DocumentFormat] { DocumentFormat.allCases.filter(offers) }

    public func offers(_ format: DocumentFormat) -> Bool {
        switch format {
        case .docx: return official != nil
        case .xlsx: return spreadsheet != nil
        case .csv, .md, .txt, .html: return writer(format) != nil
        }
    }

    /// The bytes of a binary format (Word, Excel); nil when the document has no such form.
    public func renderBinary(_ format: DocumentFormat, from source: DocumentSource) throws -> Data? {
        switch format {
        case .docx: return try renderDocx(from: source)
        case .xlsx: return try renderXlsx(from: source)
        case .csv, .md, .txt, .html: return nil
        }
    }

    /// The Excel workbook, the seal above its table and at the foot of its pages.
    public func renderXlsx(from source: DocumentSource) throws -> Data? {
        guard let sheet = spreadsheet?(source) else { return nil }
        return try XlsxWriter.data(sheet, title: sheet.title.first ?? sheet.name)
    }

    /// The sheets: every document offered as CSV, with the same columns.
    private var spreadsheet: (@Sendable (DocumentSource) -> Spreadsheet)? {
        let title: @Sendable (DocumentSource, String) -> SheetTitle = { SheetTitle(source: $0, title: $1) }
        switch self {
        case .grid: return GridSheet.sheet
        case .roster:
            return { source in
                let snapshot = source.snapshot
                return TableSheet.sheet(source.files.roster(snapshot), name: SpreadsheetWords.of(source.words).sheetRoster,
                                        title: title(source, source.words.rosterTitle(SheetTitle.cluster(snapshot), snapshot.reference.year)))
            }
        case .ranking:
            return { source in
                let document = RankingDocument(source.snapshot)
                return TableSheet.sheet(document.table(source.words), name: SpreadsheetWords.of(source.words).sheetRanking,
                                        title: title(source, document.title(source.words)), frozenColumns: 2)
            }
        case .proposals:
            return { source in
                let document = ProposalsDocument(source.snapshot)
                return TableSheet.sheet(document.table(source.words), name: SpreadsheetWords.of(source.words).sheetProposals,
                                        title: title(source, document.title(source.words)), frozenColumns: 3)
            }
        case .pledge:
            return { source in
                let snapshot = source.snapshot
                let words = SpreadsheetWords.of(source.words)
                return TableSheet.sheet(PledgeDocument(snapshot).checklist(source.words), name: words.sheetPledge,
                                        title: title(source, words.pledgeTitle(SheetTitle.cluster(snapshot), snapshot.reference.year)), frozenColumns: 2)
            }
        case .history:
            return { source in
                let snapshot = source.snapshot
                let words = SpreadsheetWords.of(source.words)
                return TableSheet.sheet(HistoryDocument(snapshot, history: source.history).table(source.words), name: words.sheetHistory,
                                        title: title(source, words.historyTitle(SheetTitle.cluster(snapshot), snapshot.reference.year)), frozenColumns: 1)
            }
        case .minutes: return nil
        }
    }

    /// The Word file, with the seal inside; nil when the document has no official form.
    public func renderDocx(from source: DocumentSource) throws -> Data? {
        guard let document = official?(source, source.seal) else { return nil }
        return try DocxWriter.data(document, title: document.kind + " " + document.summary.joined(separator: " "))
    }

    /// The documents in the state's format (Decree 30): the minutes and the pledge. Their
    /// Markdown and text come from the same description as their Word file.
    private var official: (@Sendable (DocumentSource, _ seal: String?) -> OfficialDocument)? {
        switch self {
        case .minutes: return { OfficialContext(snapshot: $0.snapshot, next: $0.next, words: $0.words, seal: $1).minutes() }
        case .pledge: return { source, seal in OfficialContext(snapshot: source.snapshot, words: source.words, seal: seal).pledge(of: source.snapshot) }
        case .roster, .grid, .ranking, .proposals, .history: return nil
        }
    }

    /// The document's text in `format`, or nil when it does not exist in that format; a
    /// document (not a CSV file) ends with the seal's line when the source has one.
    public func render(_ format: DocumentFormat, from source: DocumentSource) -> String? {
        guard let text = writer(format)?(source) else { return nil }
        guard let seal = source.seal else { return text }
        return SealLine.append(seal: source.words.seal(seal), check: source.words.sealCheck(seal), to: text, format: format)
    }

    /// "HN-10-2020-pledge.md", "HN-10-2020-grid-blank.xlsx": the file name a screen export
    /// writes in the working directory.
    public func fileName(_ format: DocumentFormat, for reference: ClusterYearReference, blank: Bool = false) -> String {
        "\(Self.fileSafe(reference.clusterCode))-\(reference.year)-\(rawValue)\(blank ? "-blank" : "").\(format.rawValue)"
    }

    /// A code is free text: a name keeps to letters, digits, '-' and '_' so it stays in its folder.
    public static func fileSafe(_ code: String) -> String {
        String(code.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
    }

    /// Every pair is decided here, without `default`: a new document or format does not compile
    /// until this table says whether and how it is written.
    private func writer(_ format: DocumentFormat) -> (@Sendable (DocumentSource) -> String)? {
        // The seal goes in after, as each format prints it (SealLine).
        let officialText = { (markdown: Bool) -> (@Sendable (DocumentSource) -> String)? in
            guard let official else { return nil }
            return { source in
                let document = official(source, nil)
                return markdown ? document.markdown() : document.text()
            }
        }
        switch (self, format) {
        case (_, .docx), (_, .xlsx): return nil
        case (.roster, .csv): return { $0.files.csv($0.files.roster($0.snapshot)) }
        case (.roster, .md):
            return { source in
                let snapshot = source.snapshot
                return RosterDocument(cluster: snapshot.cluster, year: snapshot.reference.year, units: snapshot.units,
                                      memberships: snapshot.memberships).markdown(source.words)
            }
        case (.roster, .txt), (.roster, .html): return nil

        case (.grid, .csv): return { $0.files.csv($0.files.grid($0.snapshot, $0.round, $0.blank)) }
        case (.grid, .md):
            return { source in
                let snapshot = source.snapshot
                return GridDocument(cluster: snapshot.cluster, year: snapshot.reference.year, tree: snapshot.tree, units: snapshot.units,
                                    scores: source.blank ? [:] : snapshot.scores, round: source.round,
                                    finalScore: snapshot.rules.finalScore).markdown(source.words)
            }
        case (.grid, .txt): return nil
        // One printable page for both: the grid and the ranking belong together on paper.
        case (.grid, .html), (.ranking, .html): return { HTMLReport($0.snapshot).html($0.words) }

        case (.ranking, .csv): return { $0.files.csv(RankingDocument($0.snapshot).table($0.words)) }
        case (.ranking, .md): return { RankingDocument($0.snapshot).markdown($0.words) }
        case (.ranking, .txt): return { RankingDocument($0.snapshot).text($0.words) }

        case (.pledge, .csv): return { $0.files.csv(PledgeDocument($0.snapshot).checklist($0.words)) }
        case (.pledge, .md): return officialText(true)
        case (.pledge, .txt): return officialText(false)
        case (.pledge, .html): return nil

        case (.minutes, .md): return officialText(true)
        case (.minutes, .txt): return officialText(false)
        case (.minutes, .csv), (.minutes, .html): return nil

        case (.proposals, .csv): return { $0.files.csv(ProposalsDocument($0.snapshot).table($0.words)) }
        case (.proposals, .md): return { ProposalsDocument($0.snapshot).markdown($0.words) }
        case (.proposals, .txt): return { ProposalsDocument($0.snapshot).text($0.words) }
        case (.proposals, .html): return nil

        case (.history, .csv): return { $0.files.csv(HistoryDocument($0.snapshot, history: $0.history).table($0.words)) }
        case (.history, .md): return { HistoryDocument($0.snapshot, history: $0.history).markdown($0.words) }
        case (.history, .txt), (.history, .html): return nil
        }
    }
}
