import GRDB

extension StoreError {
    /// The one place where SQLite's result codes become storage errors. The primary code is
    /// enough: every extended code (SQLITE_BUSY_SNAPSHOT, SQLITE_READONLY_DIRECTORY, …) means
    /// the same thing to the clerk as its primary one.
    init(_ error: DatabaseError, path: String) {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .locked(path: path)
        case .SQLITE_FULL: self = .diskFull(path: path)
        case .SQLITE_READONLY: self = .readOnly(path: path)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: self = .damaged(path: path)
        case .SQLITE_CONSTRAINT:
            if let column = TextGuard.refusedColumn(error) {
                self = .controlCharacterStored(column: column)
            } else {
                self = .refused(message: error.message ?? error.description)
            }
        default: self = .cannotOpen(path: path, message: error.message ?? error.description)
        }
    }
}

extension DatabaseError {
    /// Another connection was in the way: worth trying again.
    var isBusy: Bool { resultCode == .SQLITE_BUSY || resultCode == .SQLITE_LOCKED }
}
