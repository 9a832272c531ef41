import Foundation
import Testing

/// `thidua verify` against the data: what sqlite3 changes behind thidua's back is named.
@Suite struct VerifyCommandTests {
    /// Thủy Nguyên's cluster scores for five items raised to their maximum: 93,40 becomes 96,63,
    /// above Vĩnh Bảo's 96,50, and the Government flag moves.
    static let raiseThuyNguyen = """
        UPDATE score SET hundredths = (SELECT maxHundredths FROM criterion WHERE criterion.id = score.criterionId)
        WHERE round = 'cluster' AND unitId = (SELECT id FROM unit WHERE name = 'Thủy Nguyên')
        AND criterionId IN (SELECT criterion.id FROM criterion JOIN clusterYear ON clusterYear.id = criterion.clusterYearId
                            JOIN cluster ON cluster.id = clusterYear.clusterId
                            WHERE cluster.code = 'HP-KH' AND clusterYear.year = 2023 AND criterion.code IN ('1.2', '1.4', '1.5', '2.2', '3.2'));
        """
    static let rank = ["rank", "--cluster", "HP-KH", "--year", "2023"]

    @Test func scoresRaisedWithSqlite3ToMoveTheGovernmentFlagAreNamed() throws {
        let thidua = try withDemo()
        try thidua.sqlite(Self.raiseThuyNguyen)
        let rank = try thidua.run(Self.rank).stdout
        let first = try #require(rank.split(separator: "\n").first { $0.contains("Thủy Nguyên") })
        #expect(first.contains("Cờ CP") && first.contains("96,63"), "the forgery worked: \(first)")

        let vietnamese = try thidua.run(["verify"])
        #expect(vietnamese.status == 1)
        #expect(vietnamese.stdout.isEmpty)
        #expect(vietnamese.stderr.contains("Kiểm tra KHÔNG đạt: 5 dòng dữ liệu không khớp nhật ký"), "\(vietnamese.stderr)")
        #expect(vietnamese.stderr.contains(
            "bảng điểm (score), cụm HP-KH năm 2023, đơn vị Thủy Nguyên, mục 2.2, vòng cụm chấm: điểm trong tệp là 6,00, theo nhật ký là 5,11"),
            "\(vietnamese.stderr)")
        let english = try thidua.run(["verify", "--lang", "en"])
        #expect(english.status == 1)
        #expect(english.stderr.contains(
            "table scores (score), cluster HP-KH 2023, unit Thủy Nguyên, item 2.2, round cluster: score is 6,00 in the file, 5,11 in the audit trail"),
            "\(english.stderr)")
    }

    /// An account that may only read the file verifies it all the same.
    @Test func anAccountThatMayOnlyReadFindsTheChangeToo() throws {
        let thidua = try withDemo()
        let launcher = try ManyClerksTests.readerLauncher()
        try ManyClerksTests.addReaderAccount(thidua, launcher: launcher)
        try thidua.sqlite(Self.raiseThuyNguyen + "PRAGMA wal_checkpoint(TRUNCATE);")
        let files = FileManager.default
        try files.setAttributes([.posixPermissions: 0o444], ofItemAtPath: thidua.database)
        try files.setAttributes([.posixPermissions: launcher.isEmpty ? 0o555 : 0o755], ofItemAtPath: thidua.directory.path)
        defer { try? files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: thidua.directory.path) }
        let verify = try thidua.run(["verify"], launcher: launcher)
        #expect(verify.status == 1)
        #expect(verify.stderr.contains("đơn vị Thủy Nguyên, mục 3.2, vòng cụm chấm: điểm trong tệp là 6,00, theo nhật ký là 5,22"),
                "\(verify.stderr)")
        #expect(try files.contentsOfDirectory(atPath: thidua.directory.path).filter { $0.hasPrefix("demo.sqlite-") }.isEmpty)
    }

    /// Past twenty, the findings are counted per table.
    @Test func manyFindingsAreSummedUpPerTable() throws {
        let thidua = try withDemo()
        try thidua.sqlite("""
            UPDATE score SET hundredths = 0 WHERE unitId = (SELECT id FROM unit WHERE name = 'Thủy Nguyên');
            UPDATE unit SET leader = 'Người khác' WHERE name IN ('Vĩnh Bảo', 'An Lão');
            """)
        let verify = try thidua.run(["verify"])
        #expect(verify.status == 1)
        let lines = verify.stderr.split(separator: "\n")
        #expect(lines.first == "Kiểm tra KHÔNG đạt: 32 dòng dữ liệu không khớp nhật ký (đã bị thay đổi ngoài thidua):")
        #expect(lines.filter { $0.hasPrefix("  - ") }.count == 20)
        #expect(lines.last == "  … và 12 dòng khác: score 10, unit 2.", "\(verify.stderr)")
        let english = try thidua.run(["verify", "--lang", "en"])
        #expect(english.stderr.hasSuffix("  … and 12 more: score 10, unit 2.\n"), "\(english.stderr)")
    }

    @Test func anUntouchedFileSaysTheDataMatchesAndTheChainIsPlain() throws {
        let thidua = try withDemo()
        let verify = try thidua.run(["verify", "--lang", "en"])
        #expect(verify.status == 0)
        #expect(verify.stdout.contains("The data matches the audit trail"))
        #expect(verify.stdout.contains("plain SHA-256: anyone who can edit the file could recompute it"))
    }

    /// The seal a document ends with is what `verify --seal` checks: it stays valid as the trail
    /// grows, and fails when the chain is shorter or its row's hash differs (a rewritten history,
    /// shown here by a seal that does not match; the forger's full rewrite is AuditSealTests').
    @Test func theSealOfAnExportedDocumentIsCheckedByVerify() throws {
        let thidua = try withDemo()
        let minutes = try thidua.run(["export", "minutes", "--cluster", "HP-KH", "--year", "2023", "--format", "md"])
        let line = try #require(minutes.stdout.split(separator: "\n").last.map(String.init))
        let seal = try #require(line.split(separator: " ").dropFirst(4).first.map(String.init))
        #expect(line == "Niêm phong nhật ký: \(seal) (kiểm tra: thidua verify --seal \(seal))")
        let csv = try thidua.run(["export", "ranking", "--cluster", "HP-KH", "--year", "2023", "--format", "csv"])
        #expect(!csv.stdout.contains(seal))
        #expect(try thidua.run(AuditKeyFileTests.vote).status == 0)

        let sealed = try thidua.run(["verify", "--seal", seal])
        #expect(sealed.status == 0, "\(sealed.stderr)")
        #expect(sealed.stdout.contains("Niêm phong \(seal) khớp"), "\(sealed.stdout)")

        let parts = seal.split(separator: ":")
        let count = try #require(Int(parts[0]))
        let beyond = try thidua.run(["verify", "--seal", "\(count + 100):\(parts[1])"])
        #expect(beyond.status == 1)
        #expect(beyond.stderr.contains("đếm \(count + 100) dòng nhật ký mà tệp chỉ còn \(count + 1) dòng"), "\(beyond.stderr)")
        let other = (parts[1].first == "0" ? "1" : "0") + parts[1].dropFirst()
        let rewritten = try thidua.run(["verify", "--seal", "\(count):\(other)", "--lang", "en"])
        #expect(rewritten.status == 1)
        #expect(rewritten.stderr.contains("audit row number \(count)") && rewritten.stderr.contains("the history before the seal was rewritten"),
                "\(rewritten.stderr)")
        let invalid = try thidua.run(["verify", "--seal", "hôm qua"])
        #expect(invalid.status == 1)
        #expect(invalid.stderr.contains("Niêm phong \"hôm qua\" không hợp lệ"), "\(invalid.stderr)")
    }
}
