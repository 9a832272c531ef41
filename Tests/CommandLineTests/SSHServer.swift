import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import thidua

/// A private OpenSSH server on a loopback port, configured by `thidua server setup --print`
/// exactly as it would configure the system's, for the account running the tests. Its own host
/// key and configuration; the system's sshd is not touched.
///
/// sshd runs an AuthorizedKeysCommand only if it and every directory above it are root's and
/// writable by no one else, so the tests need root (as CI runs) and put a two-line wrapper in a
/// root directory (under /run), never under /tmp.
final class SSHServer {
    let directory: URL
    let wrapperDirectory: String
    let port: Int
    let user: String
    let database: String
    private let pid: pid_t
    var log: String { (try? String(contentsOf: directory.appendingPathComponent("sshd.log"), encoding: .utf8)) ?? "" }

    static let sshd = "/usr/sbin/sshd"

    /// Why sshd cannot be started here, or nil: these tests are then skipped with that reason, never silently.
    static var unavailable: String? {
        if geteuid() != 0 { return "not root: sshd only runs an AuthorizedKeysCommand owned by root, which only root can install" }
        if !FileManager.default.isExecutableFile(atPath: sshd) { return "\(sshd) is missing (apt-get install openssh-server)" }
        if !FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh") { return "/usr/bin/ssh is missing (apt-get install openssh-client)" }
        if rootDirectory == nil { return "no directory owned by root and writable by no one else for the AuthorizedKeysCommand" }
        return nil
    }

    /// A directory fit for sshd's rule, to hold the wrapper.
    static let rootDirectory: String? = ["/run", "/var/lib", "/usr/local/lib"].first { ServedPath.unsafeForSSHD($0) == nil }

    init(database: String) throws {
        user = String(cString: getpwuid(getuid())!.pointee.pw_name)
        self.database = database
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-sshd-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        wrapperDirectory = Self.rootDirectory! + "/thidua-test-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: wrapperDirectory, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o755])
        let wrapper = wrapperDirectory + "/thidua"
        try Data("#!/bin/sh\nexec '\(ThiduaProcess.executable.path)' \"$@\"\n".utf8).write(to: URL(fileURLWithPath: wrapper))
        chmod(wrapper, 0o755)
        // sshd needs its privilege separation directory.
        try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        try Self.run(["/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", directory.appendingPathComponent("host_ed25519").path])
        port = try Self.freePort()
        let setup = try Self.run([ThiduaProcess.executable.path, "server", "setup", "--print", "--user", user, "--db", database,
                                  "--program", wrapper])
        let dropIn = setup.components(separatedBy: "\n").drop { !$0.hasPrefix("Match ") }.joined(separator: "\n")
        let config = """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(directory.appendingPathComponent("host_ed25519").path)
            PidFile \(directory.appendingPathComponent("sshd.pid").path)
            UsePAM no
            PermitRootLogin prohibit-password
            AuthorizedKeysFile none
            Subsystem sftp internal-sftp
            \(dropIn)
            """
        let configPath = directory.appendingPathComponent("sshd_config").path
        try Data(config.utf8).write(to: URL(fileURLWithPath: configPath))
        // posix_spawn, not Foundation's Process: sshd closes every descriptor above 2 as it
        // starts, among them the one Foundation watches to learn that its child ended; Foundation
        // then waits for sshd in the thread that reaps every child, and every later Process hangs.
        pid = try Self.spawn([Self.sshd, "-D", "-f", configPath, "-E", directory.appendingPathComponent("sshd.log").path])
        try waitUntilListening()
    }

    deinit {
        kill(pid, SIGTERM)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        try? FileManager.default.removeItem(atPath: wrapperDirectory)
        try? FileManager.default.removeItem(at: directory)
    }

    private func waitUntilListening() throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if Self.connects(port: port) { return }
            var status: Int32 = 0
            guard waitpid(pid, &status, WNOHANG) == 0 else { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Trouble(message: "sshd did not start:\n\(log)")
    }

    struct Trouble: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// A fresh ed25519 key pair: the private key's path and the public key's line.
    func newKey(_ name: String) throws -> (path: String, publicKey: String) {
        let path = directory.appendingPathComponent(name).path
        try Self.run(["/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", path])
        return (path, try String(contentsOfFile: path + ".pub", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// `ssh` as a clerk types it, with only this key and no agent or personal configuration.
    func ssh(key: String, _ extra: [String] = []) -> [String] {
        ["/usr/bin/ssh", "-F", "/dev/null", "-p", "\(port)", "-i", key, "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none",
         "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-o", "BatchMode=yes"]
            + extra + ["\(user)@127.0.0.1"]
    }

    /// The same, as one line for tmux.
    func sshLine(key: String, _ extra: [String] = [], command: String = "") -> String {
        (ssh(key: key, extra).map(Tmux.quoted) + (command.isEmpty ? [] : [Tmux.quoted(command)])).joined(separator: " ")
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `ssh … command` to the end.
    func run(key: String, _ command: [String], extra: [String] = []) throws -> Output {
        let process = Process()
        let arguments = ssh(key: key, extra) + command
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The pids of the server-side sessions (`thidua server session`) still running on this file.
    func sessionProcesses() -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            let words = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            return words.contains("session") && words.contains(database)
        }
    }

    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Trouble(message: "\(arguments.joined(separator: " ")): \(output)") }
        return output
    }

    static func spawn(_ arguments: [String]) throws -> pid_t {
        var pid: pid_t = 0
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let status = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard status == 0 else { throw Trouble(message: "\(arguments[0]): \(String(cString: strerror(status)))") }
        return pid
    }

    static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound else { throw Trouble(message: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func connects(port: Int) -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }
}
