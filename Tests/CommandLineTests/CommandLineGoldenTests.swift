import Foundation
import Testing
import TestSupport

/// What the command line prints, compared byte for byte with __Snapshots__/<name>.txt: each file
/// is one run's transcript (the command, its exit status, its standard output, its standard
/// error). Re-record on purpose only: THIDUA_RECORD_SNAPSHOTS=1 swift test --filter
/// CommandLineGoldenTests, then read the diff.
@Suite struct CommandLineGoldenTests {
    static let hp = ["--cluster", "HP-KH", "--year", "2023"]

    /// Runs `thidua arguments` and writes down what it said. Two things would vary and are fixed
    /// or masked here, in sight: ArgumentParser wraps its messages to $COLUMNS, so it is set to
    /// 80; the temporary folder (the database's path) differs on every run, so it is shown as
    /// <tmp>. Nothing else varies: the demo's data is fixed, and no command here prints a date,
    /// a hash or a time.
    func transcript(_ thidua: ThiduaProcess, _ arguments: [String]) throws -> String {
        let result = try thidua.run(arguments, environment: ["COLUMNS": "80"])
        let command = arguments.map { $0.contains(" ") || $0.isEmpty ? "\"\($0)\"" : $0 }.joined(separator: " ")
        let stream = { (text: String) in text.isEmpty || text.hasSuffix("\n") ? text : text + "\n(no line break at the end)\n" }
        let text = "$ thidua \(command)\nexit status \(result.status)\n--- stdout\n" + stream(result.stdout) + "--- stderr\n" + stream(result.stderr)
        return text.replacingOccurrences(of: thidua.directory.path, with: "<tmp>")
    }

    @Test func rankInBothLanguages() throws {
        let thidua = try withDemo()
        assertGolden(try transcript(thidua, ["rank"] + Self.hp), named: "rank.vi.txt")
        assertGolden(try transcript(thidua, ["rank"] + Self.hp + ["--lang", "en"]), named: "rank.en.txt")
    }

    @Test func verifyOnACleanFileThenOnATamperedOne() throws {
        let thidua = try withDemo()
        assertGolden(try transcript(thidua, ["verify"]), named: "verify.clean.txt")
        try thidua.sqlite("UPDATE audit SET newValue = '10,00' WHERE id = 42")
        assertGolden(try transcript(thidua, ["verify"]), named: "verify.tampered.txt")
    }

    @Test func verifyNamesDataChangedWithSqlite3() throws {
        let thidua = try withDemo()
        try thidua.sqlite(VerifyCommandTests.raiseThuyNguyen)
        assertGolden(try transcript(thidua, ["verify"]), named: "verify.data-changed.vi.txt")
        assertGolden(try transcript(thidua, ["verify", "--lang", "en"]), named: "verify.data-changed.en.txt")
    }

    @Test func errorsSayWhatIsWrongAndWhatExists() throws {
        let thidua = try withDemo()
        assertGolden(try transcript(thidua, ["rank", "--cluster", "HP-XX", "--year", "2023"]), named: "error.unknown-cluster.vi.txt")
        assertGolden(try transcript(thidua, ["rank", "--cluster", "HP-XX", "--year", "2023", "--lang", "en"]), named: "error.unknown-cluster.en.txt")
        assertGolden(try transcript(thidua, ["export", "minutes"] + Self.hp + ["--format", "csv"]), named: "error.format-not-offered.txt")
        assertGolden(try transcript(thidua, ["export", "minutes"] + Self.hp + ["--format", "pdf"]), named: "error.bad-option.txt")
        assertGolden(try transcript(thidua, ["export", "ranking"] + Self.hp + ["-o", "/nonexistent/folder/r.csv"]), named: "error.cannot-write.txt")
        try thidua.write("notes.txt", "không phải cơ sở dữ liệu\n")
        assertGolden(try transcript(thidua, ["verify", "--db", thidua.path("notes.txt")]), named: "error.not-a-database.txt")
    }
}
