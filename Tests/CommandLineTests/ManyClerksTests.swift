import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// Many clerks on one file (issue 10), each a separate process as over their own SSH session.
@Suite struct ManyClerksTests {
    static let vote = ["vote", "--cluster", "HP-KH", "--year", "2023", "--unit", "Vĩnh Bảo", "--award", "co-cp",
                       "--present", "8", "--for", "8", "--against", "0"]
    static let rank = ["rank", "--cluster", "HP-KH", "--year", "2023"]

    /// Another process holding the file's lock: sqlite3 runs `sql`, then keeps the lock until
    /// `release()` (idempotent; a test may call it from another thread while it waits).
    final class LockHolder: @unchecked Sendable {
        let process = Process()
        private let input = Pipe()

        init(database: String, sql: String) throws {
            // -bail: if the lock cannot be taken, sqlite3 stops before saying "held".
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "{ printf '%s\\n' \"$1\"; cat; printf 'COMMIT;\\n'; } | sqlite3 -bail \"$0\"",
                                 database, sql + "\nSELECT 'held';"]
            let output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            try process.run()
            var said = Data()
            while !String(decoding: said, as: UTF8.self).contains("held") {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                said += chunk
            }
            try #require(String(decoding: said, as: UTF8.self).contains("held"), "sqlite3 (a prerequisite) must take the lock: \(sql)")
        }

        func release() {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }

        deinit { release() }
    }

    /// The load that showed "database is locked" on 4.7 % of commands, at 0.04–0.25 s: eight
    /// clerks at once, each voting and importing a small score file three times.
    @Test func eightClerksVotingAndImportingAtOnceAllSucceed() throws {
        let thidua = try withDemo()
        try thidua.write("scores.csv", CommandLineTests.header + "\nGia Lâm,9" + CommandLineTests.empty18 + "\n")
        let script = """
            for i in 1 2 3; do
              "$0" "$@" >/dev/null || exit 1
              "$0" import scores scores.csv --cluster HN-10 --year 2020 --round self >/dev/null || exit 1
            done
            """
        let clerks = try (1...8).map { _ in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script, ThiduaProcess.executable.path] + Self.vote
            process.environment = ProcessInfo.processInfo.environment.merging(["THIDUA_DB": thidua.database, "USER": "cli-test"]) { $1 }
            process.currentDirectoryURL = thidua.directory
            let errors = Pipe()
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            try process.run()
            return (process, errors)
        }
        for (process, errors) in clerks {
            let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(said)")
        }
        #expect(try thidua.run(["verify"]).status == 0)
    }

    static let holds = [
        "BEGIN IMMEDIATE;",
        // What the last process to close the file does while it copies the WAL back: no one may even read.
        "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;",
    ]

    @Test(arguments: holds)
    func aCommandWaitsForAnotherProcessesBriefLock(hold: String) throws {
        let thidua = try withDemo()
        let holder = try LockHolder(database: thidua.database, sql: hold)
        // The lock is held now: a command that may not wait says busy.
        #expect(try thidua.run(Self.vote, environment: ["THIDUA_BUSY_TIMEOUT": "0"]).status == 1)
        // Released 0.3 s from now, while the next command waits for it.
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { holder.release() }
        let vote = try thidua.run(Self.vote)
        #expect(vote.status == 0, "\(vote.stderr)")
    }

    /// Reading commands neither wait for a writer nor need the write lock to open the file, even
    /// in its usual state (no -wal file: every process has exited).
    @Test func readingCommandsDoNotWaitForAWriter() throws {
        let thidua = try withDemo()
        let holder = try LockHolder(database: thidua.database, sql: "BEGIN IMMEDIATE; PRAGMA user_version = 1;")
        defer { holder.release() }
        let quick = ["THIDUA_BUSY_TIMEOUT": "2"]
        let rank = try thidua.run(Self.rank, environment: quick)
        #expect(rank.status == 0, "\(rank.stderr)")
        #expect(rank.stdout.contains("Vĩnh Bảo"))
        let verify = try thidua.run(["verify"], environment: quick)
        #expect(verify.status == 0, "\(verify.stderr)")
    }

    @Test func aLockHeldTooLongIsSaidInWordsInBothLanguages() throws {
        let thidua = try withDemo()
        let holder = try LockHolder(database: thidua.database, sql: "BEGIN IMMEDIATE;")
        defer { holder.release() }
        let quick = ["THIDUA_BUSY_TIMEOUT": "0.2"]
        let vietnamese = try thidua.run(Self.vote, environment: quick)
        #expect(vietnamese.status == 1)
        #expect(vietnamese.stderr.contains("đang bận: một cán bộ khác hoặc một lần nhập dữ liệu đang ghi") && vietnamese.stderr.contains("thử lại"),
                "\(vietnamese.stderr)")
        let english = try thidua.run(Self.vote + ["--lang", "en"], environment: quick)
        #expect(english.status == 1)
        #expect(english.stderr.contains("is busy: another clerk or an import is writing") && english.stderr.contains("try again"), "\(english.stderr)")
        #expect(!(vietnamese.stderr + english.stderr).contains("database is locked"))
    }

    /// The reader's account: a viewer of HP-KH (the login the launcher runs as: nobody under
    /// root, else this user, who then is the file's admin already).
    static func addReaderAccount(_ thidua: ThiduaProcess, launcher: [String]) throws {
        guard !launcher.isEmpty else { return }
        let added = try thidua.run(["account", "add", "nobody", "--name", "Người xem", "--role", "viewer", "--cluster", "HP-KH"])
        #expect(added.status == 0, "\(added.stderr)")
    }

    /// How to run thidua as an account that may only read: as root (which ignores file modes)
    /// through setpriv as nobody; as anyone else, directly, once the modes forbid writing.
    static func readerLauncher() throws -> [String] {
        guard getuid() == 0 else { return [] }
        let setpriv = "/usr/bin/setpriv"
        let launcher = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
        try #require(FileManager.default.isExecutableFile(atPath: setpriv),
                     "running as root: setpriv (Debian's util-linux) is needed to run thidua as nobody")
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: setpriv)
        probe.arguments = Array(launcher.dropFirst()) + [ThiduaProcess.executable.path, "--help"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        try probe.run()
        probe.waitUntilExit()
        try #require(probe.terminationStatus == 0,
                     "nobody cannot run \(ThiduaProcess.executable.path): every folder above it must be searchable by others")
        return launcher
    }

    @Test(arguments: [false, true])
    func anAccountThatMayOnlyReadRanksVerifiesExportsAndCreatesNothing(folderWritable: Bool) throws {
        let thidua = try withDemo()
        let launcher = try Self.readerLauncher()
        try Self.addReaderAccount(thidua, launcher: launcher)
        let files = FileManager.default
        let folder = thidua.directory.path
        try files.setAttributes([.posixPermissions: 0o444], ofItemAtPath: thidua.database)
        // Nobody writes the folder only when all may; the owner (when not root) writes it unless 0o555.
        let folderMode = folderWritable ? 0o777 : (launcher.isEmpty ? 0o555 : 0o755)
        try files.setAttributes([.posixPermissions: folderMode], ofItemAtPath: folder)
        defer { try? files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }

        let rank = try thidua.run(Self.rank, launcher: launcher)
        #expect(rank.status == 0, "\(rank.stderr)")
        #expect(rank.stdout.contains("Vĩnh Bảo"))
        let verify = try thidua.run(["verify"], launcher: launcher)
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(verify.stdout.contains("Kiểm tra đạt"))
        let export = try thidua.run(["export", "grid", "--cluster", "HP-KH", "--year", "2023", "--round", "self"], launcher: launcher)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.hasPrefix("\u{FEFF}" + CommandLineTests.header))

        let vote = try thidua.run(Self.vote, launcher: launcher)
        #expect(vote.status == 1)
        #expect(vote.stderr.contains("Bạn chỉ có quyền đọc") && vote.stderr.contains("không được ghi vào tệp"), "\(vote.stderr)")
        let english = try thidua.run(Self.vote + ["--lang", "en"], launcher: launcher)
        #expect(english.stderr.contains("You may only read") && english.stderr.contains("cannot write the file"), "\(english.stderr)")

        // Nothing beside the file: no -wal or -shm of the reader's to lock the owner out.
        let beside = try files.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("demo.sqlite-") }
        #expect(beside.isEmpty, "\(beside)")
        // The owner, given write again, is not locked out by anything the reader left.
        try files.setAttributes([.posixPermissions: 0o644], ofItemAtPath: thidua.database)
        try files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
        let owner = try thidua.run(Self.vote)
        #expect(owner.status == 0, "\(owner.stderr)")
    }

    /// While the owner's clerks have the file open, the latest commits are in the -wal: a reader
    /// must read through it, not just the file.
    @Test func anAccountThatMayOnlyReadSeesWhatWasJustCommitted() throws {
        let thidua = try withDemo()
        let launcher = try Self.readerLauncher()
        try Self.addReaderAccount(thidua, launcher: launcher)
        // Another clerk's open connection keeps the -wal (a held read, no lock against writers).
        let holder = try LockHolder(database: thidua.database, sql: "BEGIN; SELECT count(*) FROM cluster;")
        defer { holder.release() }
        let vote = try thidua.run(["vote", "--cluster", "HP-KH", "--year", "2023", "--unit", "Thủy Nguyên", "--award", "co-tinh",
                                   "--present", "8", "--for", "3", "--against", "5"])
        #expect(vote.status == 0, "\(vote.stderr)")
        let files = FileManager.default
        try files.setAttributes([.posixPermissions: 0o444], ofItemAtPath: thidua.database)
        try files.setAttributes([.posixPermissions: launcher.isEmpty ? 0o555 : 0o755], ofItemAtPath: thidua.directory.path)
        defer { try? files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: thidua.directory.path) }
        let rank = try thidua.run(Self.rank, launcher: launcher)
        #expect(rank.status == 0, "\(rank.stderr)")
        #expect(rank.stdout.contains("Cờ tỉnh: không được biểu quyết thông qua"), "\(rank.stdout)")
    }

    /// A group sharing a folder (umask 002) gets group write on the file and on the -wal and
    /// -shm files beside it, which SQLite gives the file's own mode.
    @Test(arguments: [("002", 0o664), ("022", 0o644)])
    func theFileAndItsSideFilesFollowTheUmask(umask: String, mode: Int) throws {
        let thidua = try ThiduaProcess()
        let terminal = try Tmux(command: "umask \(umask); exec env THIDUA_DB='\(thidua.database)' TERM=xterm-256color '\(ThiduaProcess.executable.path)'")
        // The interface has the new file open: the -wal and -shm files exist while it runs.
        try terminal.waitFor("Cơ sở dữ liệu còn trống")
        for suffix in ["", "-wal", "-shm"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: thidua.database + suffix)
            let found = (attributes[.posixPermissions] as? Int) ?? -1
            #expect(found == mode, "demo.sqlite\(suffix) is \(String(found, radix: 8)), not \(String(mode, radix: 8))")
        }
        try terminal.send("q")
    }

    @Test func aDamagedFileIsNamedAndVerifyReportsIt() throws {
        let thidua = try withDemo()
        // Keep the 100-byte header (SQLite, WAL, thidua's application id); garble the rest of
        // page 1, the root of the schema.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: thidua.database))
        try handle.seek(toOffset: 100)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 4_096 - 100))
        try handle.close()
        let rank = try thidua.run(Self.rank)
        #expect(rank.status == 1)
        #expect(rank.stderr.contains("bị hỏng") && rank.stderr.contains("thidua verify"), "\(rank.stderr)")
        let english = try thidua.run(Self.rank + ["--lang", "en"])
        #expect(english.stderr.contains("is damaged") && english.stderr.contains("thidua verify"), "\(english.stderr)")
        let verify = try thidua.run(["verify"])
        #expect(verify.status == 1)
        #expect(verify.stderr.contains("Kiểm tra KHÔNG đạt") && verify.stderr.contains("bị hỏng"), "\(verify.stderr)")
        #expect(!(rank.stderr + english.stderr + verify.stderr).contains("malformed"))
    }
}
