import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A private OpenSSH server on a loopback port, configured with the drop-in `thidua server setup
/// --print` writes, for the account running the benchmark (root). Its own host key and
/// configuration; the system's sshd is not touched. Mirrors the tests' fixture
/// (Tests/CommandLineTests/SSHServer.swift), which the benchmark cannot import.
final class PrivateSSHServer {
    let port: Int
    let user: String
    private let directory: URL
    private let wrapperDirectory: String
    private var pid: pid_t?

    static let sshd = "/usr/sbin/sshd"
    static let ssh = "/usr/bin/ssh"
    static let sshKeygen = "/usr/bin/ssh-keygen"

    var log: String { (try? String(contentsOf: directory.appendingPathComponent("sshd.log"), encoding: .utf8)) ?? "" }

    /// Why the benchmark cannot start its sshd here, or nil.
    static var unavailable: String? {
        if geteuid() != 0 { return "needs root: sshd runs an AuthorizedKeysCommand only if root owns it, which only root can arrange (run it as root, e.g. in CI)" }
        for program in [sshd, ssh, sshKeygen] where !FileManager.default.isExecutableFile(atPath: program) {
            return "\(program) is missing (apt-get install openssh-server openssh-client)"
        }
        if rootDirectory == nil { return "no directory owned by root and writable by no one else to hold the AuthorizedKeysCommand" }
        return nil
    }

    /// A directory fit for sshd's rule on the AuthorizedKeysCommand: it and every directory above
    /// it root's and writable by no one else (never /tmp).
    static let rootDirectory: String? = ["/run", "/var/lib", "/usr/local/lib"].first { path in
        var current = path
        while true {
            var info = stat()
            guard stat(current, &info) == 0, info.st_uid == 0, info.st_mode & 0o022 == 0 else { return false }
            if current == "/" { return true }
            current = (current as NSString).deletingLastPathComponent
        }
    }

    /// Starts sshd serving `database` with the `thidua` at `program`; `directory` holds its
    /// configuration, host key and log.
    init(database: String, program: String, directory: URL) throws {
        user = String(cString: getpwuid(getuid())!.pointee.pw_name)
        self.directory = directory
        wrapperDirectory = Self.rootDirectory! + "/thidua-bench-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: wrapperDirectory, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o755])
        // The built thidua lives under the checkout, which sshd would refuse: a two-line wrapper
        // in a root directory runs it.
        let wrapper = wrapperDirectory + "/thidua"
        try Data("#!/bin/sh\nexec '\(program)' \"$@\"\n".utf8).write(to: URL(fileURLWithPath: wrapper))
        chmod(wrapper, 0o755)
        // sshd needs its privilege separation directory.
        try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        let hostKey = directory.appendingPathComponent("host_ed25519").path
        try ProgramRun.run([Self.sshKeygen, "-q", "-t", "ed25519", "-N", "", "-f", hostKey])
        port = try Self.freePort()
        let setup = try ProgramRun.run([program, "server", "setup", "--print", "--user", user, "--db", database, "--program", wrapper])
        let dropIn = setup.components(separatedBy: "\n").drop { !$0.hasPrefix("Match ") }.joined(separator: "\n")
        // MaxStartups stays at its default (10:30:100), as on a real server: the benchmark keeps
        // fewer logins than that in flight.
        let config = """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(hostKey)
            PidFile \(directory.appendingPathComponent("sshd.pid").path)
            UsePAM no
            PermitRootLogin prohibit-password
            AuthorizedKeysFile none
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

    deinit { stop() }

    func stop() {
        if let pid {
            kill(pid, SIGTERM)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            self.pid = nil
        }
        try? FileManager.default.removeItem(atPath: wrapperDirectory)
    }

    /// `ssh` as a clerk types it, with only this key and no agent or personal configuration.
    func ssh(key: String, command: String) -> [String] {
        [Self.ssh, "-tt", "-F", "/dev/null", "-p", "\(port)", "-i", key, "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none",
         "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-o", "BatchMode=yes",
         "\(user)@127.0.0.1", command]
    }

    private func waitUntilListening() throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if Self.connects(port: port) { return }
            var status: Int32 = 0
            guard let pid, waitpid(pid, &status, WNOHANG) == 0 else { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw SSHBenchmarkError.sshdDidNotStart(log: log)
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
        guard status == 0 else { throw SSHBenchmarkError.commandFailed(command: arguments[0], output: String(cString: strerror(status))) }
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
        guard bound else { throw SSHBenchmarkError.commandFailed(command: "bind 127.0.0.1:0", output: "no free port") }
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
