import Foundation

/// What this account may do with a database file, decided from the file system before SQLite
/// opens it. SQLite writes a WAL database only with its `-wal` and `-shm` files beside it, so
/// writing needs the file and either its folder or both of those files.
public enum FilePermission: Hashable, Sendable {
    case readWrite
    /// The file itself is not writable by this account.
    case readOnlyFile
    /// The file is writable, but the folder (where SQLite creates `-wal` and `-shm`) is not.
    case readOnlyFolder(String)

    public static func of(databaseAt path: String) -> FilePermission {
        guard access(path, W_OK) == 0 else { return .readOnlyFile }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if access(folder, W_OK | X_OK) == 0 { return .readWrite }
        if access(path + "-wal", W_OK) == 0 && access(path + "-shm", W_OK) == 0 { return .readWrite }
        return .readOnlyFolder(folder)
    }
}
