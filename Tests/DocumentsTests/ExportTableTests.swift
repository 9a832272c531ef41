import Emulation
import Testing
import TestSupport
@testable import Documents

/// The one table of documents × formats: what each document offers, that exactly those render,
/// that CSV goes through the writers handed in, and the file names screens write.
@Suite struct ExportTableTests {
    /// Stand-ins that say which writer was asked, so the test sees the table's routing.
    static let csv = CSVWriters(table: { header, rows in "table \(header.count)×\(rows.count)" },
                                roster: { _ in "roster file" },
                                grid: { _, round, blank in "grid file \(round.map { "\($0)" } ?? "final")\(blank ? " blank" : "")" })

    @Test func eachDocumentOffersItsFormats() {
        let offered = Dictionary(uniqueKeysWithValues: ExportKind.allCases.map { ($0, $0.formats) })
        #expect(offered == [.roster: [.csv, .md], .grid: [.csv, .md, .html], .ranking: [.csv, .md, .txt, .html],
                            .pledge: [.csv, .md, .txt], .minutes: [.md, .txt], .proposals: [.csv, .md, .txt]])
    }

    @Test(arguments: ExportKind.allCases)
    func everyOfferedFormatRendersSomething(kind: ExportKind) {
        let source = DocumentSource(snapshot: DemoYear.snapshot(), words: .vietnamese, csv: Self.csv)
        for format in kind.formats {
            #expect(kind.render(format, from: source)?.isEmpty == false, "\(kind) \(format)")
        }
    }

    @Test func csvGoesThroughTheWritersHandedIn() {
        let source = DocumentSource(snapshot: DemoYear.snapshot(), words: .vietnamese, csv: Self.csv, round: .selfAssessment, blank: true)
        #expect(ExportKind.roster.render(.csv, from: source) == "roster file")
        #expect(ExportKind.grid.render(.csv, from: source) == "grid file selfAssessment blank")
        #expect(ExportKind.ranking.render(.csv, from: source) == "table 11×8")
        #expect(ExportKind.proposals.render(.csv, from: source) == "table 7×7")
    }

    @Test func fileNamesStayInTheWorkingFolder() {
        var reference = DemoYear.snapshot().reference
        #expect(ExportKind.pledge.fileName(.md, for: reference) == "HP-KH-2023-pledge.md")
        reference.clusterCode = "../HN 10/x"
        #expect(ExportKind.ranking.fileName(.html, for: reference) == "---HN-10-x-2023-ranking.html")
    }
}
