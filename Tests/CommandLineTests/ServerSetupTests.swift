import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// `thidua server setup`: what it refuses before writing anything, and, as root, the service
/// account, its directory and file, and a drop-in that sshd itself checks and takes.
@Suite(.serialized) struct ServerSetupTests {
    @Test func aProgramSSHDWouldNotRunIsRefusedWithTheWayToInstallIt() throws {
        let thidua = try ThiduaProcess()
        // /tmp is writable by everyone: sshd would never run a program under it.
        let program = thidua.path("thidua")
        try FileManager.default.copyItem(atPath: ThiduaProcess.executable.path, toPath: program)
        let refused = try thidua.run(["server", "setup", "--print", "--db", thidua.path("served.sqlite"), "--program", program])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("sshd sẽ không chạy \(program)") && refused.stderr.contains("install -m 0755"), "\(refused.stderr)")
        let spaced = try thidua.run(["server", "setup", "--print", "--db", "/var/lib/thi dua/x.sqlite", "--lang", "en"])
        #expect(spaced.status != 0 && spaced.stderr.contains("must be absolute, without spaces"), "\(spaced.stderr)")
        let user = try thidua.run(["server", "setup", "--print", "--user", "Thidua;id", "--lang", "en"])
        #expect(user.status != 0 && user.stderr.contains("not a valid service account name"), "\(user.stderr)")
    }

    /// Root only: it makes a real system account (removed at the end).
    @Test(.enabled(if: SSHServer.unavailable == nil, "\(SSHServer.unavailable ?? "")"))
    func setupMakesTheServiceAccountItsOwnDirectoryAndFileAndADropInSSHDTakes() throws {
        let thidua = try ThiduaProcess()
        let user = "thiduat" + UUID().uuidString.prefix(6).lowercased()
        let data = "/var/lib/thidua-test-" + UUID().uuidString.prefix(8)
        let database = data + "/served.sqlite"
        let server = try SSHServer(database: thidua.database)
        let dropIns = thidua.path("sshd_config.d")
        let hostKey = thidua.path("host_ed25519")
        try SSHServer.run(["/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", hostKey])
        try thidua.write("sshd_config", "Include \(dropIns)/*.conf\nHostKey \(hostKey)\nUsePAM no\n")
        defer {
            _ = try? SSHServer.run(["/usr/sbin/userdel", user])
            try? FileManager.default.removeItem(atPath: data)
        }
        let arguments = ["server", "setup", "--user", user, "--db", database, "--program", server.wrapperDirectory + "/thidua",
                         "--drop-in-directory", dropIns, "--sshd-config", thidua.path("sshd_config")]
        let setup = try thidua.run(arguments)
        #expect(setup.status == 0, "\(setup.stderr)")
        #expect(setup.stdout.contains("Đã tạo tài khoản dịch vụ \(user).") && setup.stdout.contains("systemctl reload ssh"), "\(setup.stdout)")
        guard let entry = getpwnam(user) else {
            Issue.record("no account \(user)")
            return
        }
        #expect(String(cString: entry.pointee.pw_shell) == "/bin/sh", "sshd runs the forced command with the account's shell")
        for (path, mode) in [(data, 0o700), (database, 0o600)] {
            var info = stat()
            #expect(stat(path, &info) == 0)
            #expect(info.st_uid == entry.pointee.pw_uid && info.st_mode & 0o777 == mode, "\(path): \(String(info.st_mode & 0o777, radix: 8))")
        }
        // The person who ran setup (root) is the file's first admin, and may add the clerks.
        let accounts = try thidua.run(["account", "list", "--db", database])
        #expect(accounts.status == 0 && accounts.stdout.contains("root"), "\(accounts.stderr)")
        // sshd takes the drop-in for that account, and for no other.
        let forService = try SSHServer.run(["/usr/sbin/sshd", "-T", "-f", thidua.path("sshd_config"), "-C", "user=\(user),host=h,addr=127.0.0.1"])
        #expect(forService.contains("authorizedkeyscommand \(server.wrapperDirectory)/thidua server keys --db \(database) %u %t %k"), "\(forService)")
        #expect(forService.contains("authorizedkeysfile none") && forService.contains("passwordauthentication no") && forService.contains("disableforwarding yes"))
        let forOthers = try SSHServer.run(["/usr/sbin/sshd", "-T", "-f", thidua.path("sshd_config"), "-C", "user=other,host=h,addr=127.0.0.1"])
        #expect(!forOthers.contains("authorizedkeyscommand \(server.wrapperDirectory)"))
        // Run again: nothing to create, nothing refused.
        let again = try thidua.run(arguments)
        #expect(again.status == 0 && !again.stdout.contains("Đã tạo"), "\(again.stdout)\(again.stderr)")
    }

    @Test(.enabled(if: SSHServer.unavailable == nil, "\(SSHServer.unavailable ?? "")"))
    func aDropInSSHDWouldNotReadIsTakenBack() throws {
        let thidua = try ThiduaProcess()
        let server = try SSHServer(database: thidua.database)
        let dropIns = thidua.path("sshd_config.d")
        let hostKey = thidua.path("host_ed25519")
        try SSHServer.run(["/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", hostKey])
        // No Include line: sshd would never read the drop-in.
        try thidua.write("sshd_config", "HostKey \(hostKey)\nUsePAM no\n")
        let data = thidua.path("data")
        let setup = try thidua.run(["server", "setup", "--user", server.user, "--db", data + "/served.sqlite", "--program", server.wrapperDirectory + "/thidua",
                                    "--drop-in-directory", dropIns, "--sshd-config", thidua.path("sshd_config")])
        #expect(setup.status != 0 && setup.stderr.contains("Include \(dropIns)/*.conf"), "\(setup.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dropIns + "/thidua.conf"), "the drop-in was taken back")
    }
}
