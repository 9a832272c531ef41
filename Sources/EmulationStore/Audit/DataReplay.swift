import Emulation
import Foundation
import GRDB

/// Replays the audit trail against the data: the latest image of every row (by table and key)
/// must be the row as it is now, built by the same SQL expression. Every table's rows and the
/// latest images are put side by side by table and key in one statement, so a large file is
/// read once (the images have no index by table or row, Schema v13: one statement per table
/// would read them all once per table); only the rows that differ come back to be put into words.
enum DataReplay {
    /// What differs, table by table (in name order, then the tables the file no longer has), and
    /// how many data tables there are.
    static func findings(_ db: Database) throws -> (tables: Int, findings: [DataFinding]) {
        let tables = try DataTable.all(db)
        let byName = Dictionary(uniqueKeysWithValues: tables.map { ($0.name, $0) })
        // Each key is at most once on either side. `position` orders an audit row's images after
        // the earlier rows' (seq stays far below 2^32); the bare `image` column is the one of the
        // image with the largest.
        let stored = tables.map { table in
            "SELECT \(DataTable.literal(table.name)) AS tableName, \(table.keySQL("t")) AS rowKey, 1 AS present, \(table.imageSQL("t")) AS stored, "
                + "NULL AS audited FROM main.\(DataTable.identifier(table.name)) AS t"
        }
        let audited = """
            SELECT tableName, rowKey, 0, NULL, image FROM (
                SELECT tableName, rowKey, image, max(auditId * 4294967296 + seq) AS position FROM \(AuditImage.tableName) GROUP BY tableName, rowKey
            )
            """
        let rows = try Row.fetchCursor(db, sql: """
            SELECT tableName, rowKey, max(stored), max(audited) FROM (
                \((stored + [audited]).joined(separator: "\nUNION ALL\n"))
            )
            GROUP BY tableName, rowKey
            HAVING max(present) = 1 AND max(stored) IS NOT max(audited) OR max(present) = 0 AND max(audited) IS NOT NULL
            """)
        var names = Names()
        var found: [String: [(key: [ImageValue], finding: DataFinding)]] = [:]
        while let row = try rows.next() {
            let name: String = row[0]
            // Images of a table the file no longer has: every row they hold was deleted with it.
            let table = byName[name]
            if let finding = try finding(name, columns: table?.columns ?? [], keyColumns: table?.keyColumns ?? [], stored: row[2], audited: row[3],
                                         db, names: &names) {
                found[name, default: []].append((ImageValue.array(row[1]), finding))
            }
        }
        // In key order, numbers as numbers (a score's unit, then its item in grid order), not in
        // the order of the keys' JSON text.
        let gone = found.keys.filter { byName[$0] == nil }.sorted()
        let findings = (tables.map(\.name) + gone).flatMap { name in
            (found[name] ?? []).sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.finding)
        }
        return (tables.count, findings)
    }

    /// The finding for one row that differs; nil when the two images hold the same values
    /// written differently (a JSON text from another SQLite version).
    private static func finding(_ table: String, columns: [String], keyColumns: [String], stored: String?, audited: String?, _ db: Database,
                                names: inout Names) throws -> DataFinding? {
        let storedValues = stored.map(ImageValue.object)
        let auditedValues = audited.map(ImageValue.object)
        let change: DataFinding.Change
        switch (storedValues, auditedValues) {
        case (nil, nil): return nil
        case (_?, nil): change = .added
        case (nil, _?): change = .deleted
        case (let stored?, let audited?):
            if stored == audited { return nil }
            change = .changed
        }
        let either = (storedValues ?? [:]).merging(auditedValues ?? [:]) { stored, _ in stored }
        let columns = columns + either.keys.filter { !columns.contains($0) }.sorted()
        let keyColumns = keyColumns.isEmpty ? columns : keyColumns

        var finding = DataFinding(table: table, change: change, key: [], differences: [])
        var named: Set<String> = []
        func id(_ column: String) -> Int64? {
            guard case .integer(let id)? = either[column] else { return nil }
            named.insert(column)
            return id
        }
        let own = ["clusterYear": "clusterYearId", "cluster": "clusterId", "unit": "unitId", "criterion": "criterionId"][table]
        func reference(_ column: String) -> Int64? { own == column ? id("id") : id(column) }
        if let yearID = reference("clusterYearId"), let year = try names.clusterYear(db, id: yearID) {
            (finding.cluster, finding.year) = (year.code, year.year)
        } else if let clusterID = reference("clusterId") {
            finding.cluster = try names.cluster(db, id: clusterID)
        }
        if let unitID = reference("unitId") { finding.unit = try names.unit(db, id: unitID) }
        if let criterionID = reference("criterionId") { finding.item = try names.criterion(db, id: criterionID) }

        finding.key = keyColumns.filter { !named.contains($0) }.map { column in
            DataFinding.KeyPart(column: column, value: either[column].map { $0.shown(column: column, quoted: false) } ?? "")
        }
        finding.differences = columns.compactMap { column in
            let stored = storedValues?[column]
            let audited = auditedValues?[column]
            switch change {
            case .changed: guard stored != audited else { return nil }
            case .added, .deleted: guard !keyColumns.contains(column), !named.contains(column) else { return nil }
            }
            return DataFinding.Difference(column: column, stored: stored?.shownOrNil(column: column), audited: audited?.shownOrNil(column: column))
        }
        return finding
    }

    /// Names of the rows a finding refers to, each read once.
    private struct Names {
        var years: [Int64: (code: String, year: Int)?] = [:]
        var clusters: [Int64: String?] = [:]
        var units: [Int64: String?] = [:]
        var criteria: [Int64: String?] = [:]

        mutating func clusterYear(_ db: Database, id: Int64) throws -> (code: String, year: Int)? {
            if let known = years[id] { return known }
            let found = try Row.fetchOne(db, sql: "SELECT cluster.code, clusterYear.year FROM clusterYear JOIN cluster ON cluster.id = clusterYear.clusterId WHERE clusterYear.id = ?",
                                         arguments: [id]).map { (code: $0[0] as String, year: $0[1] as Int) }
            years[id] = found
            return found
        }

        mutating func cluster(_ db: Database, id: Int64) throws -> String? {
            if let known = clusters[id] { return known }
            let found = try String.fetchOne(db, sql: "SELECT code FROM cluster WHERE id = ?", arguments: [id])
            clusters[id] = found
            return found
        }

        mutating func unit(_ db: Database, id: Int64) throws -> String? {
            if let known = units[id] { return known }
            let found = try String.fetchOne(db, sql: "SELECT name FROM unit WHERE id = ?", arguments: [id])
            units[id] = found
            return found
        }

        mutating func criterion(_ db: Database, id: Int64) throws -> String? {
            if let known = criteria[id] { return known }
            let found = try String.fetchOne(db, sql: "SELECT code FROM criterion WHERE id = ?", arguments: [id])
            criteria[id] = found
            return found
        }
    }
}

/// A column's value in an image (`json_object` of SQL values: no booleans, arrays or objects).
/// Ordered as SQLite orders values: NULL, then numbers, then text.
enum ImageValue: Hashable, Decodable, Comparable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let integer = try? container.decode(Int64.self) { self = .integer(integer) }
        else if let real = try? container.decode(Double.self) { self = .real(real) }
        else { self = .text(try container.decode(String.self)) }
    }

    /// The columns of an image; an image that is not a JSON object (written outside thidua)
    /// is one value, under the name "?".
    static func object(_ json: String) -> [String: ImageValue] {
        (try? JSONDecoder().decode([String: ImageValue].self, from: Data(json.utf8))) ?? ["?": .text(json)]
    }

    /// The values of a row key (`DataTable.keySQL`); one text value if it is not a JSON array.
    static func array(_ json: String) -> [ImageValue] {
        (try? JSONDecoder().decode([ImageValue].self, from: Data(json.utf8))) ?? [.text(json)]
    }

    /// As the app shows it: hundredths as points with a decimal comma, text in quotes.
    func shown(column: String, quoted: Bool = true) -> String {
        switch self {
        case .null: return "NULL"
        case .integer(let value):
            if column == "hundredths" || column.hasSuffix("Hundredths"), let hundredths = Int(exactly: value) {
                return DecimalText.format(Points(hundredths: hundredths))
            }
            return String(value)
        case .real(let value): return String(value)
        case .text(let value): return quoted ? "\"" + value + "\"" : value
        }
    }

    static func < (left: ImageValue, right: ImageValue) -> Bool {
        switch (left, right) {
        case (.null, .null): return false
        case (.null, _): return true
        case (_, .null): return false
        case (.text(let left), .text(let right)): return left < right
        case (.text, _): return false
        case (_, .text): return true
        case (.integer(let left), .integer(let right)): return left < right
        case (.integer(let left), .real(let right)): return Double(left) < right
        case (.real(let left), .integer(let right)): return left < Double(right)
        case (.real(let left), .real(let right)): return left < right
        }
    }

    func shownOrNil(column: String) -> String? {
        self == .null ? nil : shown(column: column)
    }
}
