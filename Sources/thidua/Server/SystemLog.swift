import Foundation

/// The system log (syslog, read by journald on Debian): where a refused key is noted, beside
/// sshd's own line with its fingerprint. The database is never written for it.
enum SystemLog {
    static func notice(_ message: String) {
        openlog("thidua", LOG_PID, LOG_AUTHPRIV)
        message.withCString { text in
            withVaList([text]) { vsyslog(LOG_NOTICE, "%s", $0) }
        }
        closelog()
    }
}
