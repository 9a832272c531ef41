import GRDB

/// The result of `thidua verify`.
public struct VerificationReport: Hashable, Sendable {
    public enum Failure: Hashable, Sendable {
        /// `PRAGMA integrity_check` did not answer "ok".
        case integrity([String])
        /// The row's own hash does not match its content (its images included): it was edited.
        case rowEdited(id: Int64)
        /// The row does not point at the row before it: a row was removed or inserted.
        case chainBroken(id: Int64)
        /// Rows after `lastID` were removed (the id counter went further than the rows).
        case rowsMissingAtEnd(lastID: Int64, expected: Int64)
        /// Images are kept under audit row `auditID`, which is not there: it was deleted.
        case imagesWithoutRow(auditID: Int64)
        /// The chain is keyed with another key than this program's: its rows cannot be checked.
        case keyMismatch(fileKeyID: String, keyID: String)
        /// This program keys the chain, and the file's chain is plain: rewritten, or never
        /// written to by a program holding the key.
        case chainNotKeyed(keyID: String)
    }

    /// How the chain's hashes are made.
    public enum Chain: Hashable, Sendable {
        /// SHA-256 only: anyone who can edit the file could recompute it.
        case plain
        /// HMAC-SHA-256 with the key `keyID` from row `fromID` on; `checked` is false when this
        /// program holds no key, so that part could not be checked (which is not a pass).
        case keyed(fromID: Int64, keyID: String, checked: Bool)
    }

    /// Why the seal a document carries does not match the chain.
    public enum SealProblem: Hashable, Sendable {
        /// The chain has fewer rows than the seal counts.
        case fewerRows(seal: AuditSeal, rows: Int)
        /// Row number `seal.count` (id `id`) has another hash: the history before the seal was rewritten.
        case hashDiffers(seal: AuditSeal, id: Int64, hash: String)
    }

    public var auditRows: Int
    public var failure: Failure?
    public var chain: Chain = .plain
    /// The row from which the trail proves the data (a file made before images); nil: from the start.
    public var baselineID: Int64?
    /// How many data tables were replayed.
    public var dataTables: Int = 0
    /// Every data row not as the trail left it.
    public var findings: [DataFinding] = []
    /// The seal that was checked, if any, and what is wrong with it.
    public var seal: AuditSeal?
    public var sealProblem: SealProblem?

    public var passed: Bool {
        if case .keyed(_, _, checked: false) = chain { return false }
        return failure == nil && findings.isEmpty && sealProblem == nil
    }
}

extension EmulationStore {
    /// Checks the SQLite file, the whole audit chain (stopping at the first bad row) with each
    /// row's data images, and `seal` if given; then replays the trail against the data tables and
    /// lists every row that is not as the trail left it.
    public func verify(seal: AuditSeal? = nil) throws -> VerificationReport {
        try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] { return VerificationReport(auditRows: 0, failure: .integrity(integrity)) }
            var report = try Self.checkChain(db, key: auditKey, seal: seal)
            (report.dataTables, report.findings) = try DataReplay.findings(db)
            return report
        }
    }

    private static func checkChain(_ db: Database, key: AuditKey?, seal: AuditSeal?) throws -> VerificationReport {
        var report = VerificationReport(auditRows: 0, failure: nil, seal: seal)
        var previousHash = AuditEntry.genesisHash
        var lastID: Int64 = 0
        var orphan: Int64?
        // The key rows are hashed with from the marker on; nil before it, or when it cannot be had.
        var mac: AuditKey?
        var keyedUnchecked = false
        // Rows read by position, not decoded as records: on a file of half a million rows the
        // decoding cost as much as the hashing.
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, at, actor, action, entity, oldValue, newValue, reason, previousHash, hash FROM audit ORDER BY id
            """)
        let images = try Row.fetchCursor(db, sql: "SELECT auditId, seq, tableName, rowKey, image FROM \(AuditImage.tableName) ORDER BY auditId, seq")
        var image = try images.next()
        walk: while let row = try rows.next() {
            let entry = AuditEntry(id: row[0], at: row[1], actor: row[2], action: row[3], entity: row[4], oldValue: row[5], newValue: row[6],
                                   reason: row[7], previousHash: row[8], hash: row[9])
            report.auditRows += 1
            var hasher = ChainHasher(key: mac)
            hasher.addRow(id: entry.id, at: entry.at, actor: entry.actor, action: entry.action, entity: entry.entity, oldValue: entry.oldValue,
                          newValue: entry.newValue, reason: entry.reason, previousHash: entry.previousHash)
            // Both in id order: the images of this row are the next ones, after any of a row that is gone.
            while let current = image, (current[0] as Int64) <= entry.id {
                let auditID: Int64 = current[0]
                if auditID < entry.id {
                    orphan = orphan ?? auditID
                } else {
                    hasher.add(AuditImage(seq: current[1], tableName: current[2], rowKey: current[3], image: current[4]))
                }
                image = try images.next()
            }
            if entry.previousHash != previousHash { report.failure = .chainBroken(id: entry.id); break walk }
            if !keyedUnchecked && entry.hash != hasher.finalize() { report.failure = .rowEdited(id: entry.id); break walk }
            if let seal, report.auditRows == seal.count, !entry.hash.hasPrefix(seal.hash) {
                report.sealProblem = .hashDiffers(seal: seal, id: entry.id, hash: String(entry.hash.prefix(max(seal.hash.count, AuditSeal.digits))))
            }
            if entry.entity == AuditTrail.chainEntity && entry.action == AuditBaseline.action && entry.actor == AuditBaseline.actor {
                report.baselineID = entry.id
            }
            if entry.entity == AuditTrail.chainEntity && entry.action == AuditTrail.keyedAction, case .plain = report.chain {
                let fileKeyID = entry.newValue ?? ""
                if let key, key.id != fileKeyID {
                    report.failure = .keyMismatch(fileKeyID: fileKeyID, keyID: key.id)
                    break walk
                }
                mac = key
                keyedUnchecked = key == nil
                report.chain = .keyed(fromID: entry.id, keyID: fileKeyID, checked: key != nil)
            }
            previousHash = entry.hash
            lastID = entry.id
        }
        if report.failure != nil { return report }
        if let seal, report.auditRows < seal.count { report.sealProblem = .fewerRows(seal: seal, rows: report.auditRows) }
        // Deleting the newest rows leaves an intact chain; SQLite's AUTOINCREMENT counter
        // still remembers how far it went.
        let issued = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'audit'") ?? 0
        if issued != lastID {
            report.failure = .rowsMissingAtEnd(lastID: lastID, expected: issued)
        } else if let auditID = orphan ?? image.map({ $0[0] as Int64 }) {
            report.failure = .imagesWithoutRow(auditID: auditID)
        } else if let key, case .plain = report.chain, report.auditRows > 0 {
            report.failure = .chainNotKeyed(keyID: key.id)
        }
        return report
    }

    /// The newest audit rows first.
    public func auditEntries(limit: Int = 100) throws -> [AuditEntry] {
        try read { db in
            try StoredAudit.order(\.id.desc).limit(limit).fetchAll(db).map(\.entry)
        }
    }
}
