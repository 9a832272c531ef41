/// The sshd configuration that serves thidua to one service account, as Gitea and gitolite are
/// served: sshd authenticates each person by their key, asks `thidua server keys` which account
/// owns it, and runs the forced command that line names. Nothing else is allowed to that
/// account: no password, no forwarding of any kind, no authorized_keys file it could edit.
struct SSHDDropIn: Equatable {
    /// The operating-system account sshd logs clerks in as (`ssh thidua@server`).
    var user: String
    /// The thidua sshd runs; it and every directory above it must be root's (`ServedPath`).
    var program: String
    var database: String
    var auditKeyFile: String?

    static let defaultDirectory = "/etc/ssh/sshd_config.d"
    static let fileName = "thidua.conf"

    /// The arguments sshd gives `thidua server keys`: %u the user, %t the key's type, %k the key.
    var keysCommand: String {
        var words = [program, "server", "keys", "--db", database]
        if let auditKeyFile { words += ["--audit-key-file", auditKeyFile] }
        return (words + ["%u", "%t", "%k"]).joined(separator: " ")
    }

    var text: String {
        """
        # Written by `thidua server setup`: serves thidua to the account \(user), one key per person.
        # sshd asks thidua which account owns the key offered; the line it answers forces
        # `thidua server session` for that account. Check with `sshd -t`, then reload sshd.
        Match User \(user)
            AuthorizedKeysFile none
            AuthorizedKeysCommand \(keysCommand)
            AuthorizedKeysCommandUser \(user)
            AuthenticationMethods publickey
            PubkeyAuthentication yes
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            DisableForwarding yes
            AllowTcpForwarding no
            AllowAgentForwarding no
            AllowStreamLocalForwarding no
            X11Forwarding no
            PermitTunnel no
            PermitTTY yes
            # A link that dies without a word (a cable pulled, a laptop closed) ends the session
            # within a minute, as a hang-up does.
            ClientAliveInterval 15
            ClientAliveCountMax 4
            # Every refused key in the system log, with its fingerprint.
            LogLevel VERBOSE

        """
    }
}
