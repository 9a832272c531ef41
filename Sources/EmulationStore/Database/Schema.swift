import GRDB

/// The schema, as append-only migrations: a released migration is never edited, a change is a
/// new one. Tests open a database of every earlier version and migrate it.
enum Schema {
    /// "thid" in ASCII: marks a SQLite file as a thidua database (PRAGMA application_id).
    static let applicationID: Int32 = 0x7468_6964

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in try createVersion1(db) }
        migrator.registerMigration("v2-item-notes") { db in try addItemNotes(db) }
        migrator.registerMigration("v3-criteria-unlock") { db in
            // Set by an admin, with a reason, to change a grid once scoring has started; cleared
            // when the changed grid is saved.
            try db.execute(sql: "ALTER TABLE clusterYear ADD COLUMN criteriaUnlocked INTEGER NOT NULL DEFAULT 0 CHECK (criteriaUnlocked IN (0, 1))")
        }
        migrator.registerMigration("v4-membership-active") { db in
            // A member that stopped working this year: kept with its records, out of the ranking
            // and the pledge checklist, not copied to the next year.
            try db.execute(sql: "ALTER TABLE membership ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))")
        }
        migrator.registerMigration("v5-meeting") { db in
            // The year-end review meeting, for its minutes: one row per cluster-year, written
            // the first time something is recorded. Attendees are one per line.
            try db.execute(sql: """
                CREATE TABLE meeting (
                    clusterYearId INTEGER PRIMARY KEY REFERENCES clusterYear(id) ON DELETE CASCADE,
                    date TEXT,
                    place TEXT NOT NULL DEFAULT '',
                    chair TEXT NOT NULL DEFAULT '',
                    secretary TEXT NOT NULL DEFAULT '',
                    attendees TEXT NOT NULL DEFAULT '',
                    note TEXT NOT NULL DEFAULT ''
                )
                """)
        }
        migrator.registerMigration("v6-audit-by-entity") { db in
            // Every write compares with what its clerk saw and, on a conflict, names who wrote
            // the value last: found by entity, without reading the whole trail.
            try db.execute(sql: "CREATE INDEX auditByEntity ON audit(entity, id)")
        }
        migrator.registerMigration("v7-drop-unused-columns") { db in
            // Never read nor written: whether a unit works this year is membership.active (v4),
            // and notes moved from score rows to itemNote (v2). Left in place, they would tell
            // the next reader of the schema, or of a file, something untrue.
            try db.alter(table: "unit") { $0.drop(column: "active") }
            try db.alter(table: "score") { $0.drop(column: "note") }
        }
        migrator.registerMigration("v8-accounts") { db in try addAccounts(db) }
        migrator.registerMigration("v9-audit-images") { db in
            // Every audit row keeps the image of each data row it changed (AuditImage), so that
            // `verify` can replay the trail against the data. Keyed by audit row and order; no
            // foreign key to `audit`, so that an audit row deleted behind thidua's back leaves
            // its images for `verify` to find.
            try db.execute(sql: """
                CREATE TABLE auditImage (
                    auditId INTEGER NOT NULL,
                    seq INTEGER NOT NULL,
                    tableName TEXT NOT NULL,
                    rowKey TEXT NOT NULL,
                    image TEXT,
                    PRIMARY KEY (auditId, seq)
                ) WITHOUT ROWID;
                CREATE INDEX auditImageByRow ON auditImage(tableName, rowKey, auditId, seq);
                """)
            // A file made before images: the trail proves its data from this row on.
            try AuditBaseline.write(db, reason: "v9-audit-images")
        }
        migrator.registerMigration("v10-account-keys") { db in try addAccountKeys(db) }
        migrator.registerMigration("v11-meeting-times-and-ballots") { db in
            // The dossier's minutes say when the meeting opened and closed and how many members
            // were present; its count record (biên bản kiểm phiếu) says how many ballots were in
            // the box and how many were invalid. NULL (or '') until recorded.
            try db.execute(sql: """
                ALTER TABLE meeting ADD COLUMN startTime TEXT NOT NULL DEFAULT '';
                ALTER TABLE meeting ADD COLUMN endTime TEXT NOT NULL DEFAULT '';
                ALTER TABLE meeting ADD COLUMN membersPresent INTEGER CHECK (membersPresent >= 0);
                ALTER TABLE vote ADD COLUMN ballots INTEGER CHECK (ballots >= 0);
                ALTER TABLE vote ADD COLUMN invalid INTEGER CHECK (invalid >= 0);
                """)
            // Existing rows of those two tables gained columns their last audit image lacks; a
            // file with none has nothing the trail no longer proves.
            let changed = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM meeting) OR EXISTS (SELECT 1 FROM vote)") ?? false
            if changed { try AuditBaseline.write(db, reason: "v11-meeting-times-and-ballots") }
        }
        migrator.registerMigration("v12-decisions") { db in
            // The province's decision on a unit's proposal of a year: one per unit and year.
            // Recorded when it arrives, often after the year is closed.
            try db.execute(sql: """
                CREATE TABLE decision (
                    clusterYearId INTEGER NOT NULL REFERENCES clusterYear(id) ON DELETE CASCADE,
                    unitId INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
                    proposedAward TEXT NOT NULL CHECK (length(proposedAward) > 0),
                    outcome TEXT NOT NULL CHECK (outcome IN ('granted', 'not-granted', 'granted-other')),
                    grantedOther TEXT CHECK ((outcome = 'granted-other') = (grantedOther IS NOT NULL)),
                    number TEXT NOT NULL CHECK (length(trim(number)) > 0),
                    date TEXT NOT NULL,
                    authority TEXT NOT NULL CHECK (length(trim(authority)) > 0),
                    PRIMARY KEY (clusterYearId, unitId)
                )
                """)
        }
        migrator.registerMigration("v13-audit-images-without-row-index") { db in
            // The index of images by row cost an import of a province's grid a sixth of its time
            // (150,000 entries inserted at random places). Its two readers do without it: a cell's
            // last importer is found newest first among the images after the last write the clerk
            // could have seen (`lastWrite`), and `verify` reads every image anyway.
            try db.execute(sql: "DROP INDEX IF EXISTS auditImageByRow")
        }
        migrator.registerMigration("v14-scores-by-year") { db in
            // A province's file holds every cluster of every year, and a score's key starts with
            // its unit: opening one cluster-year (every screen, `rank`, each reload after another
            // clerk's write) read every score of the file. Covering the columns a year's load
            // reads, so the load reads the index alone, a unit's scores next to each other.
            try db.execute(sql: "CREATE INDEX scoreByYear ON score(clusterYearId, unitId, criterionId, round, hundredths)")
        }
        return migrator
    }

    /// Every migration this build knows, as the migrator registered them: a name typed out a
    /// second time would be forgotten when the next migration is added.
    static var knownMigrations: Set<String> { Set(migrator.migrations) }

    /// The migrations a database has, known or not; none before the first one ran.
    static func appliedMigrations(_ db: Database) throws -> Set<String> {
        try migrator.appliedIdentifiers(db)
    }

    /// A note per unit and item (evidence, reason), independent of the rounds: v1 could only
    /// keep a note on a score row, so a note needed a score first.
    private static func addItemNotes(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE itemNote (
                clusterYearId INTEGER NOT NULL REFERENCES clusterYear(id) ON DELETE CASCADE,
                unitId INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
                criterionId INTEGER NOT NULL REFERENCES criterion(id) ON DELETE RESTRICT,
                note TEXT NOT NULL CHECK (length(trim(note)) > 0),
                PRIMARY KEY (clusterYearId, unitId, criterionId)
            );
            INSERT INTO itemNote (clusterYearId, unitId, criterionId, note)
                SELECT clusterYearId, unitId, criterionId, group_concat(note, ' / ') FROM score
                WHERE length(trim(note)) > 0 GROUP BY clusterYearId, unitId, criterionId;
            """)
    }

    /// Who may do what: a person's account and their roles, province-wide (admin) or in one
    /// cluster (secretary, clerk of a unit, viewer). The first account is made when the file's
    /// owner first opens it (`AccountStore`).
    private static func addAccounts(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE account (
                id INTEGER PRIMARY KEY,
                login TEXT NOT NULL UNIQUE CHECK (length(login) BETWEEN 1 AND 64),
                fullName TEXT NOT NULL CHECK (length(trim(fullName)) > 0)
            );
            CREATE TABLE accountRole (
                id INTEGER PRIMARY KEY,
                accountId INTEGER NOT NULL REFERENCES account(id) ON DELETE RESTRICT,
                role TEXT NOT NULL CHECK (role IN ('admin', 'secretary', 'clerk', 'viewer')),
                clusterId INTEGER REFERENCES cluster(id) ON DELETE RESTRICT,
                unitId INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
                CHECK ((role = 'admin') = (clusterId IS NULL)),
                CHECK (role <> 'clerk' OR unitId IS NOT NULL),
                CHECK (role IN ('clerk', 'secretary') OR unitId IS NULL)
            );
            CREATE UNIQUE INDEX accountRoleOnce ON accountRole(accountId, role, ifnull(clusterId, 0), ifnull(unitId, 0));
            """)
    }

    /// The SSH public keys an account logs in with, when the file is served over OpenSSH: sshd
    /// asks which account owns a key (`EmulationStore.keyOwner`), so a key is one account's
    /// (UNIQUE, whose index is the lookup's). A new table, empty: nothing to baseline.
    private static func addAccountKeys(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE accountKey (
                id INTEGER PRIMARY KEY,
                accountId INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                keyType TEXT NOT NULL CHECK (length(keyType) > 0),
                keyBase64 TEXT NOT NULL UNIQUE CHECK (length(keyBase64) > 0),
                fingerprint TEXT NOT NULL,
                comment TEXT,
                addedAt TEXT NOT NULL
            );
            CREATE INDEX accountKeyByAccount ON accountKey(accountId);
            """)
    }

    private static func createVersion1(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: """
            CREATE TABLE cluster (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
                name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                kind TEXT NOT NULL CHECK (kind IN ('cum', 'khoi')),
                authority TEXT NOT NULL DEFAULT ''
            );
            CREATE TABLE unit (
                id INTEGER PRIMARY KEY,
                clusterId INTEGER NOT NULL REFERENCES cluster(id) ON DELETE RESTRICT,
                name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                shortName TEXT NOT NULL DEFAULT '',
                kind TEXT NOT NULL DEFAULT '',
                leader TEXT NOT NULL DEFAULT '',
                leaderPosition TEXT NOT NULL DEFAULT '',
                womenMajority INTEGER NOT NULL DEFAULT 0 CHECK (womenMajority IN (0, 1)),
                active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                UNIQUE (clusterId, name)
            );
            CREATE TABLE clusterYear (
                id INTEGER PRIMARY KEY,
                clusterId INTEGER NOT NULL REFERENCES cluster(id) ON DELETE RESTRICT,
                year INTEGER NOT NULL CHECK (year BETWEEN 1945 AND 2200),
                status TEXT NOT NULL CHECK (status IN ('pledge', 'scoring', 'review', 'closed')),
                rules TEXT NOT NULL CHECK (json_valid(rules)),
                note TEXT NOT NULL DEFAULT '',
                UNIQUE (clusterId, year)
            );
            CREATE TABLE criterion (
                id INTEGER PRIMARY KEY,
                clusterYearId INTEGER NOT NULL REFERENCES clusterYear(id) ON DELETE CASCADE,
                parentId INTEGER REFERENCES criterion(id) ON DELETE CASCADE,
                code TEXT NOT NULL CHECK (length(trim(code)) > 0),
                title TEXT NOT NULL,
                maxHundredths INTEGER NOT NULL CHECK (maxHundredths > 0),
                position INTEGER NOT NULL,
                UNIQUE (clusterYearId, code)
            );
            CREATE TABLE membership (
                clusterYearId INTEGER NOT NULL REFERENCES clusterYear(id) ON DELETE CASCADE,
                unitId INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
                role TEXT NOT NULL CHECK (role IN ('head', 'deputy', 'member')),
                position INTEGER NOT NULL,
                ineligibleCause TEXT CHECK (ineligibleCause IN ('discipline', 'investigation', 'inspection', 'complaint')),
                ineligibleNote TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (clusterYearId, unitId)
            );
            CREATE TABLE score (
                clusterYearId INTEGER NOT NULL REFERENCES clusterYear(id) ON DELETE CASCADE,
                unitId INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
                criterionId INTEGER NOT NULL REFERENCES criterion(id) ON DELETE RESTRICT,
                round TEXT NOT NULL CHECK (round IN ('self', 'cluster')),
                hundredths INTEGER NOT NULL CHECK (hundredths >= 0),
                note TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (unitId, criterionId, round)
            );
            -- A score above its item's maximum cannot be stored, whoever writes it.
            CREATE TRIGGER scoreWithinMaximumOnInsert BEFORE INSERT ON score
            WHEN NEW.hundredths > (SELECT maxHundredths FROM criterion WHERE id = NEW.criterionId)
            BEGIN SELECT RAISE(ABORT, 'score above the maximum of its item'); END;
            CREATE TRIGGER scoreWithinMaximumOnUpdate BEFORE UPDATE ON score
            WHEN NEW.hundredths > (SELECT maxHundredths FROM criterion WHERE id = NEW.criterionId)
            BEGIN SELECT RAISE(ABORT, 'score above the maximum of its item'); END;
            CREATE TABLE adjustment (
                clusterYearId INTEGER NOT NULL REFERENCES clusterYear(id) ON DELETE CASCADE,
                unitId INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
                kind TEXT NOT NULL CHECK (kind IN ('bonus', 'deduction')),
                hundredths INTEGER NOT NULL CHECK (hundredths >= 0),
                reason TEXT NOT NULL CHECK (hundredths = 0 OR length(trim(reason)) > 0),
                PRIMARY KEY (clusterYearId, unitId, kind)
            );
            CREATE TABLE pledge (
                clusterYearId INTEGER PRIMARY KEY REFERENCES clusterYear(id) ON DELETE CASCADE,
                title TEXT NOT NULL DEFAULT '',
                slogan TEXT NOT NULL DEFAULT '',
                date TEXT,
                place TEXT NOT NULL DEFAULT '',
                tasksVersion INTEGER NOT NULL DEFAULT 1 CHECK (tasksVersion >= 1)
            );
            CREATE TABLE pledgeTask (
                id INTEGER PRIMARY KEY,
                clusterYearId INTEGER NOT NULL REFERENCES clusterYear(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                text TEXT NOT NULL CHECK (length(trim(text)) > 0)
            );
            CREATE TABLE pledgeDrive (
                id INTEGER PRIMARY KEY,
                clusterYearId INTEGER NOT NULL REFERENCES clusterYear(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                startDate TEXT,
                endDate TEXT,
                CHECK (startDate IS NULL OR endDate IS NULL OR startDate <= endDate)
            );
            CREATE TABLE pledgeModel (
                id INTEGER PRIMARY KEY,
                clusterYearId INTEGER NOT NULL REFERENCES clusterYear(id) ON DELETE CASCADE,
                unitId INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
                position INTEGER NOT NULL,
                name TEXT NOT NULL CHECK (length(trim(name)) > 0)
            );
            CREATE TABLE titleRegistration (
                clusterYearId INTEGER NOT NULL REFERENCES clusterYear(id) ON DELETE CASCADE,
                unitId INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
                award TEXT NOT NULL CHECK (length(award) > 0),
                PRIMARY KEY (clusterYearId, unitId, award)
            );
            CREATE TABLE signature (
                clusterYearId INTEGER NOT NULL REFERENCES clusterYear(id) ON DELETE CASCADE,
                unitId INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
                signer TEXT NOT NULL CHECK (length(trim(signer)) > 0),
                position TEXT NOT NULL DEFAULT '',
                date TEXT NOT NULL,
                tasksVersion INTEGER NOT NULL,
                PRIMARY KEY (clusterYearId, unitId)
            );
            CREATE TABLE vote (
                clusterYearId INTEGER NOT NULL REFERENCES clusterYear(id) ON DELETE CASCADE,
                unitId INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
                award TEXT NOT NULL,
                present INTEGER NOT NULL CHECK (present >= 0),
                votesFor INTEGER NOT NULL CHECK (votesFor >= 0),
                votesAgainst INTEGER NOT NULL CHECK (votesAgainst >= 0),
                CHECK (votesFor + votesAgainst <= present),
                PRIMARY KEY (clusterYearId, unitId, award)
            );
            CREATE TABLE headHandover (
                id INTEGER PRIMARY KEY,
                clusterId INTEGER NOT NULL REFERENCES cluster(id) ON DELETE CASCADE,
                forYear INTEGER NOT NULL,
                headUnitId INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
                deputyUnitId INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
                method TEXT NOT NULL CHECK (method IN ('rotation', 'election')),
                date TEXT NOT NULL,
                CHECK (deputyUnitId IS NULL OR deputyUnitId <> headUnitId),
                UNIQUE (clusterId, forYear)
            );
            CREATE TABLE audit (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                entity TEXT NOT NULL,
                oldValue TEXT,
                newValue TEXT,
                reason TEXT NOT NULL DEFAULT '',
                previousHash TEXT NOT NULL,
                hash TEXT NOT NULL
            );
            """)
    }
}
