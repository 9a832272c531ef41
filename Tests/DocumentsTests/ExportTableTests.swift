import Foundation
import Emulation
import Testing
import ZIPFoundation
import TestSupport
@testable import Documents

/// The one table of documents × formats: what each document offers, that exactly those render,
/// that CSV goes through the writers handed in, and the file names screens write.
@Suite struct ExportTableTests {
    /// Stand-ins that say which writer was asked, so the test sees the table's routing.
    static let files = DataFiles(csv: { header, rows in header.first == "roster" || header.first == "grid" ? header.joined(separator: " ") : "table \(header.count)×\(rows.count)" },
                                 roster: { _ in FileTable(header: ["roster", "file"], rows: []) },
                                 grid: { _, round, blank in FileTable(header: ["grid", "file", round.map { "\($0)" } ?? "final"] + (blank ? ["blank"] : []), rows: []) })

    @Test func eachDocumentOffersItsFormats() {
        let offered = Dictionary(uniqueKeysWithValues: ExportKind.allCases.map { ($0, $0.formats) })
        #expect(offered == [.roster: [.csv, .md, .xlsx], .grid: [.csv, .md, .html, .xlsx], .ranking: [.csv, .md, .txt, .html, .xlsx],
                            .pledge: [.csv, .md, .txt, .docx, .xlsx], .minutes: [.md, .txt, .docx], .proposals: [.csv, .md, .txt, .xlsx],
                            .history: [.csv, .md, .xlsx]])
        // Excel wherever CSV is offered.
        #expect(ExportKind.allCases.allSatisfy { $0.offers(.csv) == $0.offers(.xlsx) })
    }

    @Test(arguments: ExportKind.allCases)
    func everyOfferedFormatRendersSomething(kind: ExportKind) {
        let source = DocumentSource(snapshot: DemoYear.snapshot(), words: .vietnamese, files: Self.files)
        for format in kind.formats where !format.isBinary {
            #expect(kind.render(format, from: source)?.isEmpty == false, "\(kind) \(format)")
        }
        // A Word file and a workbook are bytes: render gives no text, renderBinary the file.
        for format in [DocumentFormat.docx, .xlsx] {
            #expect(kind.render(format, from: source) == nil)
            #expect(((try? kind.renderBinary(format, from: source)) ?? nil)?.isEmpty == (kind.offers(format) ? false : nil), "\(kind) \(format)")
        }
    }

    @Test func csvGoesThroughTheWritersHandedIn() {
        let source = DocumentSource(snapshot: DemoYear.snapshot(), words: .vietnamese, files: Self.files, round: .selfAssessment, blank: true)
        #expect(ExportKind.roster.render(.csv, from: source) == "roster file")
        #expect(ExportKind.grid.render(.csv, from: source) == "grid file selfAssessment blank")
        #expect(ExportKind.ranking.render(.csv, from: source) == "table 11×8")
        #expect(ExportKind.proposals.render(.csv, from: source) == "table 7×7")
    }

    /// Every document ends with the seal, a CSV file (data) never; without one, nothing is added.
    @Test(arguments: ExportKind.allCases)
    func everyDocumentButCSVEndsWithTheSeal(kind: ExportKind) {
        let source = DocumentSource(snapshot: DemoYear.snapshot(), words: .english, files: Self.files, seal: "98765:0123456789ab")
        let unsealed = DocumentSource(snapshot: DemoYear.snapshot(), words: .english, files: Self.files)
        for format in kind.formats {
            let text = kind.render(format, from: source) ?? ""
            let plain = kind.render(format, from: unsealed) ?? ""
            switch format {
            case .csv:
                #expect(text == plain, "\(kind) \(format)")
            case .docx:
                let body = (try? kind.renderDocx(from: source)).flatMap { $0 }.flatMap(DocxPackage.bodyText(of:)) ?? ""
                #expect(body.contains("Audit seal: 98765:0123456789ab"), "\(kind) \(format)")
            case .xlsx:
                // Above the table and at the foot of every printed page.
                let book = (try? kind.renderXlsx(from: source)).flatMap { $0 }
                #expect(Self.part("xl/sharedStrings.xml", of: book).contains("Audit seal: 98765:0123456789ab"), "\(kind) \(format)")
                #expect(Self.part("xl/worksheets/sheet1.xml", of: book).contains("<oddFooter>&amp;LAudit seal: 98765:0123456789ab"), "\(kind) \(format)")
            case .md, .txt, .html:
                #expect(text.contains("Audit seal: 98765:0123456789ab"), "\(kind) \(format)")
                #expect(text.contains("thidua verify --seal 98765:0123456789ab"), "\(kind) \(format)")
                #expect(!plain.contains("98765"), "\(kind) \(format)")
            }
        }
    }

    /// A part of a workbook as text ("" when missing).
    static func part(_ path: String, of workbook: Data?) -> String {
        guard let workbook, let archive = try? Archive(data: workbook, accessMode: .read), let entry = archive[path] else { return "" }
        var data = Data()
        _ = try? archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    /// On paper the seal's command is never cut: two lines where one would pass 78 columns.
    @Test func theTextSealKeepsItsCommandWhole() throws {
        let source = DocumentSource(snapshot: DemoYear.snapshot(), words: .vietnamese, files: Self.files, seal: "123456:0123456789ab")
        let lines = try #require(ExportKind.ranking.render(.txt, from: source)).split(separator: "\n").suffix(2)
        #expect(Array(lines) == ["Niêm phong nhật ký: 123456:0123456789ab", "(kiểm tra: thidua verify --seal 123456:0123456789ab)"])
    }

    @Test func fileNamesStayInTheWorkingFolder() {
        var reference = DemoYear.snapshot().reference
        #expect(ExportKind.pledge.fileName(.md, for: reference) == "HP-KH-2023-pledge.md")
        reference.clusterCode = "../HN 10/x"
        #expect(ExportKind.ranking.fileName(.html, for: reference) == "---HN-10-x-2023-ranking.html")
    }
}
