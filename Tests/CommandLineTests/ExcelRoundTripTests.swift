import Foundation
import Testing
import TestSupport

/// Workbooks checked by a reader and writer no one here wrote: openpyxl (Debian's
/// python3-openpyxl, run by Debian's /usr/bin/python3; `.ci/run` installs it).
@Suite(.enabled(if: OpenpyxlScript.available, "openpyxl is missing: apt-get install python3-openpyxl"))
struct ExcelRoundTripTests {
    static let hp = ["--cluster", "HP-KH", "--year", "2023"]
    static let hn = ["--cluster", "HN-10", "--year", "2020"]
    static let items = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "3.3"]
    static let maxima: [Double] = [10, 8, 7, 7, 6, 6, 6, 8, 6, 5, 6, 5, 8, 6, 6]

    /// Every export offered as CSV is offered as xlsx, with the same cells: numbers typed as
    /// numbers, text as text, under a title and the seal, with its panes frozen and its page set.
    @Test(arguments: [["roster"], ["grid", "--round", "self"], ["grid", "--round", "cluster"], ["grid"], ["grid", "--round", "self", "--blank"],
                      ["ranking"], ["proposals"], ["pledge"], ["history"]])
    func everyExportReadsInOpenpyxlAsItsCSV(arguments: [String]) throws {
        let thidua = try withDemo()
        let csv = try thidua.run(["export"] + arguments + Self.hp + ["--format", "csv", "--no-bom"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let written = try thidua.run(["export"] + arguments + Self.hp + ["--format", "xlsx", "-o", thidua.path("out.xlsx")])
        #expect(written.status == 0, "\(written.stderr)")
        let book = try OpenpyxlScript.read(thidua.path("out.xlsx"))
        let expected = CSVText.rows(csv.stdout)
        let headerRow = try #require(book.rows.firstIndex { row in Array(row.prefix(expected[0].count).map(\.text)) == expected[0] },
                                     "the CSV header is a row of the sheet")
        let data = Array(book.rows[(headerRow + 1)...])
        #expect(data.count == expected.count - 1)
        for (row, fields) in zip(data, expected.dropFirst()) {
            #expect(row.count >= fields.count, "every CSV field has its cell: \(fields)")
            for (cell, field) in zip(row, fields) {
                if let number = Double(field.replacingOccurrences(of: ",", with: ".")), field.contains(",") || Int(field) != nil,
                   !(arguments[0] == "roster") {
                    #expect(cell.kind == "number" && cell.number == number, "\(field) is the number \(number), not \(cell)")
                } else if field.isEmpty {
                    #expect(cell.kind == "empty", "\(cell)")
                } else {
                    #expect(cell.kind == "text" && cell.text == field, "\(field) ≠ \(cell)")
                }
            }
        }
        // The title names the cluster and the year; the seal follows; the header row and the name stay in view.
        #expect(book.rows[0][0].text.contains("HP-KH") && book.rows[0][0].text.contains("2023"))
        #expect(book.rows[1...3].contains { $0.first?.text.hasPrefix("Niêm phong nhật ký: ") ?? false })
        let frozenColumn = ["ranking": "C", "proposals": "D", "pledge": "C"][arguments[0]] ?? "B"
        #expect(book.freeze == frozenColumn + String(headerRow + 2))
        #expect(book.orientation == "landscape" && book.paper == 9)
        #expect(book.header[0].contains("HP-KH") && book.header[0].contains("2023") && book.header[2] == "Trang &P/&N")
        #expect(book.footer.hasPrefix("Niêm phong nhật ký: "))
    }

    /// The grid: the major criteria merged over their items with their maxima; a grid to fill
    /// checks each score against its maximum; the final one adds subtotals and the total as
    /// formulas whose cached values are thidua's totals.
    @Test func theGridHasGroupHeadersValidationAndFormulas() throws {
        let thidua = try withDemo()
        #expect(try thidua.run(["export", "grid", "--round", "self", "--blank", "--format", "xlsx", "-o", thidua.path("blank.xlsx")] + Self.hp).status == 0)
        let blank = try OpenpyxlScript.read(thidua.path("blank.xlsx"))
        let header = try #require(blank.rows.firstIndex { $0.first?.text == "unit" }) + 1
        #expect(blank.merged.contains("B\(header - 2):H\(header - 2)") && blank.merged.contains("I\(header - 2):M\(header - 2)"))
        #expect(blank.rows[header - 3][1].text == "1. Thực hiện nhiệm vụ chính trị, phát triển kinh tế – xã hội (50 điểm)")
        #expect(blank.rows[header - 2][1].text == "Tăng trưởng kinh tế, thu ngân sách (tối đa 10)")
        let last = header + 8
        let byRange = Dictionary(uniqueKeysWithValues: blank.validations.map { ($0.range, $0) })
        for (index, maximum) in Self.maxima.enumerated() {
            let column = String(UnicodeScalar(UInt8(66 + index)))
            let rule = try #require(byRange["\(column)\(header + 1):\(column)\(last)"], "item \(Self.items[index])")
            #expect(rule.type == "decimal" && rule.min == "0" && Double(rule.max ?? "") == maximum)
        }
        #expect(byRange["Q\(header + 1):Q\(last)"]?.max == "5" && byRange["S\(header + 1):S\(last)"]?.max == "10", "bonus and deduction")

        #expect(try thidua.run(["export", "grid", "--format", "xlsx", "-o", thidua.path("final.xlsx")] + Self.hp).status == 0)
        let final = try OpenpyxlScript.read(thidua.path("final.xlsx"))
        let finalHeader = try #require(final.rows.firstIndex { $0.first?.text == "unit" })
        #expect(Array(final.rows[finalHeader].suffix(4).map(\.text)) == ["subtotal_1", "subtotal_2", "subtotal_3", "total"])
        #expect(final.validations.isEmpty)
        let ranking = CSVText.rows(try thidua.run(["export", "ranking", "--format", "csv"] + Self.hp).stdout)
        for index in (finalHeader + 1)..<final.rows.count {
            let row = final.rows[index]
            let excelRow = index + 1
            #expect(row[20].text == "=SUM(B\(excelRow):H\(excelRow))")
            #expect(row[23].text == "=MAX(0,U\(excelRow)+V\(excelRow)+W\(excelRow)+N(Q\(excelRow))-N(S\(excelRow)))")
            let total = try #require(ranking.first { $0[1] == row[0].text })[7]
            #expect(row[23].cachedNumber == Double(total.replacingOccurrences(of: ",", with: ".")), "\(row[0].text): \(total)")
        }
    }

    /// The "done when": a blank grid exported, filled in a spreadsheet, imported as it
    /// is, and exported again equals the filled one.
    @Test func aBlankGridFilledInASpreadsheetImportsAndExportsAsFilled() throws {
        let thidua = try withDemo()
        #expect(try thidua.run(["export", "grid", "--round", "self", "--blank", "--format", "xlsx", "-o", thidua.path("blank.xlsx")] + Self.hn).status == 0)
        let blank = try OpenpyxlScript.read(thidua.path("blank.xlsx"))
        let header = try #require(blank.rows.firstIndex { $0.first?.text == "unit" })
        var filled: [String: Any] = [:]
        for row in (header + 1)..<blank.rows.count {
            for (index, maximum) in Self.maxima.enumerated() {
                // Two decimals, different in every cell, within the maximum.
                let value = Double(Int(maximum * 100) - (row * 37 + index * 11) % Int(maximum * 60)) / 100
                filled[String(UnicodeScalar(UInt8(66 + index))) + String(row + 1)] = value
            }
        }
        filled["Q\(header + 2)"] = 2.5
        filled["R\(header + 2)"] = "Mô hình “Dân vận khéo” được nhân rộng"
        try OpenpyxlScript.run(["fill", thidua.path("blank.xlsx"), thidua.path("reply.xlsx"), String(decoding: try JSONSerialization.data(withJSONObject: filled), as: UTF8.self)])
        let imported = try thidua.run(["import", "scores", "reply.xlsx", "--round", "self"] + Self.hn)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try thidua.run(["export", "grid", "--round", "self", "--format", "xlsx", "-o", thidua.path("again.xlsx")] + Self.hn).status == 0)
        let reply = try OpenpyxlScript.read(thidua.path("reply.xlsx"))
        let again = try OpenpyxlScript.read(thidua.path("again.xlsx"))
        let againHeader = try #require(again.rows.firstIndex { $0.first?.text == "unit" })
        #expect(Array(again.rows[againHeader...].map { $0.map(\.value) }) == Array(reply.rows[header...].map { $0.map(\.value) }))
        #expect(again.rows[againHeader + 1][16].number == 2.5 && again.rows[againHeader + 1][17].text == "Mô hình “Dân vận khéo” được nhân rộng")
        #expect(try thidua.run(["verify"]).status == 0)
    }

    /// A workbook as others write it: a title and a merged header above the table, numbers,
    /// a score typed as text, a formula with its calculated value, an empty row, another sheet first.
    @Test func aWorkbookWrittenElsewhereImportsToExactlyItsScores() throws {
        let thidua = try withDemo()
        let spec: [String: Any] = [
            "sheet": "Trả lời", "before": "Hướng dẫn", "merge": "A1:T1",
            "rows": [["Bảng điểm tự chấm của Sóc Sơn"], [], Self.header,
                     Self.row("Sóc Sơn", [9.5, ["formula": "=B4-1.5", "cached": 8] as [String: Any], "6,75", 7, 5.8]),
                     [],
                     Self.row("Thanh Trì", [8.3])],
        ]
        try OpenpyxlScript.run(["write", thidua.path("reply.xlsx"), String(decoding: try JSONSerialization.data(withJSONObject: spec), as: UTF8.self)])
        let first = try thidua.run(["import", "scores", "reply.xlsx", "--round", "self"] + Self.hn)
        #expect(first.status != 0)
        #expect(first.stderr.contains("reply.xlsx, trang \"Hướng dẫn\", dòng 1: tệp trống"), "the first sheet is read: \(first.stderr)")
        let imported = try thidua.run(["import", "scores", "reply.xlsx", "--sheet", "Trả lời", "--round", "self"] + Self.hn)
        #expect(imported.status == 0, "\(imported.stderr)")
        let grid = CSVText.rows(try thidua.run(["export", "grid", "--round", "self"] + Self.hn).stdout)
        #expect(Array(try #require(grid.first { $0[0] == "Sóc Sơn" })[1...5]) == ["9,50", "8,00", "6,75", "7,00", "5,80"])
        #expect(try #require(grid.first { $0[0] == "Thanh Trì" })[1] == "8,30")
    }

    /// Every wrong cell is named by its sheet and address, and nothing is written.
    @Test func aWrongWorkbookIsRefusedNamingEachCell() throws {
        let thidua = try withDemo()
        let before = try thidua.run(["export", "grid", "--round", "self"] + Self.hn).stdout
        var outside = Self.row("Sóc Sơn", [9, ["date": "2024-03-01"] as [String: Any], 6, ["formula": "=B4-1"] as [String: Any], "#DIV/0!"])
        outside += [NSNull(), NSNull(), NSNull(), NSNull(), NSNull(), "ghi chú"]
        let spec: [String: Any] = [
            "sheet": "Trả lời",
            "rows": [["Bảng điểm"], [], Self.header, outside, [], Self.row("Thanh Trì", [9.125, "abc", 7.5])],
        ]
        try OpenpyxlScript.run(["write", thidua.path("reply.xlsx"), String(decoding: try JSONSerialization.data(withJSONObject: spec), as: UTF8.self)])
        let result = try thidua.run(["import", "scores", "reply.xlsx", "--round", "self"] + Self.hn)
        #expect(result.status != 0)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines == [
            "Không nhập gì cả: tìm thấy 7 lỗi.",
            "reply.xlsx, trang \"Trả lời\", ô C4 [1.2] giá trị \"2024-03-01\": ô chứa ngày tháng, không phải điểm hay chữ (định dạng lại ô là Số hoặc Văn bản rồi gõ lại)",
            "reply.xlsx, trang \"Trả lời\", ô E4 [1.4] giá trị \"=B4-1\": công thức chưa được tính (tệp do phần mềm không tính công thức ghi ra): mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi nhập lại",
            "reply.xlsx, trang \"Trả lời\", ô F4 [1.5] giá trị \"#DIV/0!\": ô báo lỗi của Excel",
            "reply.xlsx, trang \"Trả lời\", ô Z4 giá trị \"ghi chú\": ô nằm ngoài bảng: cột này không có tên ở dòng tiêu đề",
            "reply.xlsx, trang \"Trả lời\", ô B6 [1.1] giá trị \"9.125\": tối đa 2 chữ số thập phân",
            "reply.xlsx, trang \"Trả lời\", ô C6 [1.2] giá trị \"abc\": không phải số hợp lệ (ví dụ: 9,5 hoặc 9.5)",
            "reply.xlsx, trang \"Trả lời\", ô D6 [1.3] giá trị \"7.5\": vượt điểm tối đa 7",
        ], "\(result.stderr)")
        #expect(try thidua.run(["export", "grid", "--round", "self"] + Self.hn).stdout == before, "nothing written")
    }

    /// A column with no name in the header row is no column: a value typed in it (an ordinal
    /// before the unit) is refused by its cell, not taken for a column named "".
    @Test func aValueInAColumnWithNoNameIsRefusedByItsCell() throws {
        let thidua = try withDemo()
        let spec: [String: Any] = ["rows": [["Bảng điểm"], [], [NSNull()] + Self.header, [1] + Self.row("Sóc Sơn", [9])]]
        try OpenpyxlScript.run(["write", thidua.path("reply.xlsx"), String(decoding: try JSONSerialization.data(withJSONObject: spec), as: UTF8.self)])
        let result = try thidua.run(["import", "scores", "reply.xlsx", "--round", "self"] + Self.hn)
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").map(String.init) == [
            "Không nhập gì cả: tìm thấy 1 lỗi.",
            "reply.xlsx, trang \"Sheet1\", ô A4 giá trị \"1\": ô nằm ngoài bảng: cột này không có tên ở dòng tiêu đề",
        ], "\(result.stderr)")
    }

    static var header: [Any] { ["unit"] + items + ["bonus", "bonus_reason", "deduction", "deduction_reason"] }

    /// A unit's row: its name, then `cells` from item 1.1, the rest empty.
    static func row(_ name: String, _ cells: [Any]) -> [Any] { [name] + cells + Array(repeating: NSNull(), count: 19 - cells.count) }
}

/// Runs Scripts/xlsx.py with Debian's Python and reads what it prints.
enum OpenpyxlScript {
    static let python = "/usr/bin/python3"
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts/xlsx.py").path

    static var available: Bool { (try? ExternalProgram.output(python, ["-c", "import openpyxl"])) != nil }

    struct Cell: Decodable, CustomStringConvertible {
        var value: JSONValue
        var kind: String
        var cached: JSONValue
        var text: String { if case .string(let text) = value { return text }; return "" }
        var number: Double? { if case .number(let number) = value { return number }; return nil }
        var description: String { "\(kind) \(value)" }
    }

    enum JSONValue: Decodable, Hashable {
        case string(String), number(Double), bool(Bool), null
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let flag = try? container.decode(Bool.self) { self = .bool(flag) }
            else if let number = try? container.decode(Double.self) { self = .number(number) }
            else { self = .string(try container.decode(String.self)) }
        }
    }

    struct Validation: Decodable {
        var range: String
        var type: String?
        var min: String?
        var max: String?
    }

    struct Book: Decodable {
        var sheets: [String]
        var freeze: String?
        var merged: [String]
        var orientation: String?
        var paper: Int?
        var header: [String]
        var footer: String
        var validations: [Validation]
        var rows: [[Cell]]
    }

    static func read(_ path: String) throws -> Book {
        try JSONDecoder().decode(Book.self, from: try ExternalProgram.output(python, [script, "read", path]))
    }

    static func run(_ arguments: [String]) throws { _ = try ExternalProgram.output(python, [script] + arguments) }
}

extension OpenpyxlScript.Cell {
    var cachedNumber: Double? { if case .number(let number) = cached { return number }; return nil }
}
