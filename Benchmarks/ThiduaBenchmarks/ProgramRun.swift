import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program (no shell) to its end, as an admin would type it, for the SSH benchmark's
/// setup and checks. Never sshd (PrivateSSHServer.spawn says why).
enum ProgramRun {
    /// What the program wrote on standard output; a failure carries what it wrote on both.
    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read to the end before waiting: a full pipe would otherwise stop the program.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: stdout, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw SSHBenchmarkError.commandFailed(command: arguments.joined(separator: " "), output: output + String(decoding: stderr, as: UTF8.self))
        }
        return output
    }

    /// The program's standard output and how long it took from start to exit, in milliseconds,
    /// as sshd sees a command it runs. posix_spawn and waitpid, not Foundation's Process, which
    /// learns that its child ended up to some 60 ms late and would time itself.
    static func timed(_ arguments: [String]) throws -> (milliseconds: Double, output: String) {
        var pipe: [Int32] = [-1, -1]
        guard Glibc.pipe(&pipe) == 0 else { throw SSHBenchmarkError.commandFailed(command: "pipe", output: String(cString: strerror(errno))) }
        // The child gets the write end as its standard output only.
        for end in pipe { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let started = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        close(pipe[1])
        defer { close(pipe[0]) }
        guard spawned == 0 else { throw SSHBenchmarkError.commandFailed(command: arguments[0], output: String(cString: strerror(spawned))) }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4_096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(pipe[0], $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            output += buffer[0..<count]
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        // Exited normally with status 0 (WIFEXITED and WEXITSTATUS, which Swift does not import).
        guard status & 0xFFFF == 0 else {
            throw SSHBenchmarkError.commandFailed(command: arguments.joined(separator: " "), output: "wait status \(status)")
        }
        return (milliseconds, String(decoding: output, as: UTF8.self))
    }
}
