import Foundation
import Testing

/// CSV as Excel on a Vietnamese PC opens it: the byte-order mark by default, `--no-bom`, and
/// `--delimiter ';'` for an Excel whose list separator is a semicolon; each file reads back.
@Suite struct CSVForExcelTests {
    static let hp = ["--cluster", "HP-KH", "--year", "2023"]

    @Test func anExportStartsWithTheByteOrderMarkAndReadsBack() throws {
        let thidua = try withDemo()
        #expect(try thidua.run(["export", "grid"] + Self.hp + ["--round", "self", "-o", thidua.path("grid.csv")]).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: thidua.path("grid.csv")))
        #expect(Array(bytes.prefix(4)) == [0xEF, 0xBB, 0xBF, UInt8(ascii: "u")])
        let imported = try thidua.run(["import", "scores", "grid.csv", "--round", "self"] + Self.hp)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("0 giá trị đã đổi"), "\(imported.stdout)")
        for kind in ["roster", "ranking", "pledge", "proposals", "history"] {
            let stdout = try thidua.run(["export", kind, "--format", "csv"] + Self.hp).stdout
            #expect(stdout.hasPrefix("\u{FEFF}"), "\(kind)")
        }
    }

    @Test func noBomLeavesTheMarkOut() throws {
        let thidua = try withDemo()
        let plain = try thidua.run(["export", "roster", "--no-bom"] + Self.hp)
        #expect(plain.status == 0)
        #expect(plain.stdout.hasPrefix("name,short_name,"))
    }

    @Test func aSemicolonFileKeepsDecimalCommasUnquotedAndReadsBack() throws {
        let thidua = try withDemo()
        try thidua.write("roster.csv", "name\nVĩnh Bảo\n\"=HYPERLINK(\"\"x\"\";\"\"y\"\")\"\n")
        #expect(try thidua.run(["import", "roster", "roster.csv"] + Self.hp).status == 0)
        let exported = try thidua.run(["export", "grid", "--delimiter", ";"] + Self.hp + ["--round", "self", "-o", thidua.path("grid.csv")])
        #expect(exported.status == 0, "\(exported.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: thidua.path("grid.csv")))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines[0] == CommandLineTests.header.replacingOccurrences(of: ",", with: ";"))
        let vinhBao = try #require(lines.first { $0.hasPrefix("Vĩnh Bảo;") })
        #expect(vinhBao.split(separator: ";")[1].contains(","), "a decimal comma is not a separator here: \(vinhBao)")
        #expect(!vinhBao.contains("\""), "nothing needs quoting with semicolons: \(vinhBao)")
        // Formula neutralisation is kept, and a semicolon in a name is still quoted.
        #expect(lines.contains { $0.hasPrefix("\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\";") }, "\(lines)")
        let imported = try thidua.run(["import", "scores", "grid.csv", "--round", "self"] + Self.hp)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("0 giá trị đã đổi"), "\(imported.stdout)")
    }

    @Test func anotherDelimiterIsRefusedNamingTheTwoThatWork() throws {
        let thidua = try withDemo()
        let result = try thidua.run(["export", "grid", "--delimiter", "|"] + Self.hp)
        #expect(result.status != 0)
        #expect(result.stderr.contains("Dấu phân cách \"|\" không dùng được"), "\(result.stderr)")
    }
}
