import Foundation
import Testing

/// Runs the built `thidua` executable, as a user would, against a database in a fresh
/// temporary directory.
final class ThiduaProcess {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let directory: URL
    var database: String { directory.appendingPathComponent("demo.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// The executable beside the test bundle (SwiftPM builds both into the same folder).
    static let executable: URL = {
        if let path = ProcessInfo.processInfo.environment["THIDUA_BIN"] { return URL(fileURLWithPath: path) }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("thidua")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        let selfPath = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? ""
        return URL(fileURLWithPath: selfPath).deletingLastPathComponent().appendingPathComponent("thidua")
    }()

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }

    /// `launcher` runs the executable through another program, e.g. setpriv to run it as
    /// another user: `[launcher…] thidua arguments…`. `input` is its standard input (none by default).
    @discardableResult
    func run(_ arguments: [String], environment extra: [String: String] = [:], launcher: [String] = [], input: String? = nil) throws -> Output {
        let process = Process()
        if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = Array(launcher.dropFirst()) + [Self.executable.path] + arguments
        } else {
            process.executableURL = Self.executable
            process.arguments = arguments
        }
        var environment = ProcessInfo.processInfo.environment
        environment["THIDUA_DB"] = database
        environment["USER"] = "cli-test"
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        process.currentDirectoryURL = directory
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            // Small texts only: written whole before the output is read.
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        // Read before waiting, so a large output cannot fill the pipe and block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs sqlite3 on the database, as someone editing it behind thidua's back would; returns
    /// what it printed.
    @discardableResult
    func sqlite(_ sql: String, database: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", database ?? self.database, sql]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let printed = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "sqlite3 must be installed for the tamper test")
        return String(decoding: printed, as: UTF8.self)
    }
}

/// A database in a fresh folder with the demo clusters loaded, as most command-line tests start.
func withDemo(sourceLocation: SourceLocation = #_sourceLocation) throws -> ThiduaProcess {
    let thidua = try ThiduaProcess()
    let result = try thidua.run(["demo"])
    #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
    return thidua
}
