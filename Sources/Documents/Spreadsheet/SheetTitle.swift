import Emulation

/// What every exported sheet has above its table and on its printed pages: the title, notes,
/// the audit seal (with the command that checks it), and the cluster, year and page number in
/// the page header.
struct SheetTitle {
    var source: DocumentSource
    var title: String
    var notes: [String] = []

    static func cluster(_ snapshot: YearSnapshot) -> String { snapshot.cluster.name + " (" + snapshot.cluster.code + ")" }

    var sealLine: String? {
        source.seal.map { SealLine.line(seal: source.words.seal($0), check: source.words.sealCheck($0)) }
    }

    /// A sheet (its tab named `name`) with this title over `header` and `rows`, the first column kept in view.
    func sheet(name: String, header: [String], rows: [[Spreadsheet.Cell]], frozenColumns: Int = 1) -> Spreadsheet {
        let snapshot = source.snapshot
        let words = SpreadsheetWords.of(source.words)
        return Spreadsheet(name: name, title: [title] + notes + (sealLine.map { [$0] } ?? []), header: header, rows: rows,
                           frozenColumns: frozenColumns,
                           pageHeader: (left: Self.cluster(snapshot) + " · " + String(snapshot.reference.year), centre: title, right: words.page),
                           pageFooter: sealLine ?? "")
    }
}
