import ArgumentParser
import EmulationStore
import TerminalUI

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the SQLite file (integrity_check), the audit chain, and the data against the chain; fails naming what differs.",
        discussion: """
            Every data row must be as its last audited change left it: a row changed, added or deleted outside thidua is \
            named (table, cluster, year, unit, item, column, value in the file and in the audit trail). With --seal, the \
            seal printed at the end of a document (COUNT:HASH) must match the chain: audit row number COUNT exists and \
            its hash starts with HASH.
            """)

    @OptionGroup var options: GlobalOptions
    @Option(help: "The seal printed at the end of a document, COUNT:HASH: passes only if the history up to it is unchanged.")
    var seal: String?

    /// Findings listed one by one; the rest are counted per table.
    static let listedFindings = 20

    func run() throws {
        try runReportingErrors(options) {
            let words = options.words
            var wanted: AuditSeal?
            if let seal {
                guard let parsed = AuditSeal(seal) else {
                    printError(words.verifySealInvalid(seal))
                    throw ExitCode.failure
                }
                wanted = parsed
            }
            let store: EmulationStore
            let report: VerificationReport
            do {
                store = try options.openStore()
                report = try store.verify(seal: wanted)
            } catch StoreError.damaged(let path) {
                // What the other commands send here: the check's own verdict, not "run verify".
                printError(words.verifyDamaged(path))
                throw ExitCode.failure
            }
            if report.passed {
                printOut(words.verifyPassed(report.auditRows, store.path))
                printOut(words.verifyDataMatches(report.baselineID))
                switch report.chain {
                case .plain: printOut(words.verifyChainPlain)
                case .keyed(let fromID, let keyID, _): printOut(words.verifyChainKeyed(fromID, keyID))
                }
                if let wanted { printOut(words.verifySealMatches(wanted.description, wanted.count)) }
                return
            }
            for line in Self.problems(report, words: words) { printError(line) }
            throw ExitCode.failure
        }
    }

    /// What failed, in the order of the check: the file, the chain, the seal, the data.
    static func problems(_ report: VerificationReport, words: Catalogue) -> [String] {
        var lines: [String] = []
        switch report.failure {
        case nil: break
        case .integrity(let messages): lines.append(words.verifyIntegrityFailed(messages))
        case .rowEdited(let id): lines.append(words.verifyRowEdited(id))
        case .chainBroken(let id): lines.append(words.verifyChainBroken(id))
        case .rowsMissingAtEnd(let lastID, let expected): lines.append(words.verifyRowsMissing(lastID, expected))
        case .imagesWithoutRow(let id): lines.append(words.verifyImagesWithoutRow(id))
        case .keyMismatch(let fileKeyID, let keyID): lines.append(words.verifyKeyMismatch(fileKeyID, keyID))
        case .chainNotKeyed(let keyID): lines.append(words.verifyChainNotKeyed(keyID))
        }
        if case .keyed(let fromID, let keyID, checked: false) = report.chain, report.failure == nil {
            lines.append(words.verifyKeyedUnchecked(fromID, keyID))
        }
        switch report.sealProblem {
        case nil: break
        case .fewerRows(let seal, let rows): lines.append(words.verifySealFewerRows(seal.description, seal.count, rows))
        case .hashDiffers(let seal, let id, let hash): lines.append(words.verifySealHashDiffers(seal.description, seal.count, id, hash, seal.hash))
        }
        if !report.findings.isEmpty {
            lines.append(words.verifyFindings(report.findings.count))
            lines += report.findings.prefix(listedFindings).map { words.verifyFinding(Self.words($0)) }
            let rest = report.findings.dropFirst(listedFindings)
            if !rest.isEmpty {
                var perTable: [(table: String, count: Int)] = []
                for finding in rest {
                    if let index = perTable.firstIndex(where: { $0.table == finding.table }) { perTable[index].count += 1 }
                    else { perTable.append((finding.table, 1)) }
                }
                lines.append(words.verifyMoreFindings(rest.count, perTable.map { "\($0.table) \($0.count)" }.joined(separator: ", ")))
            }
        }
        return lines
    }

    /// A finding as the catalogue takes it; stored text is shown as errors show it (made safe, cut when long).
    static func words(_ finding: DataFinding) -> VerifyFindingWords {
        let change: VerifyFindingWords.Change
        switch finding.change {
        case .changed: change = .changed
        case .added: change = .added
        case .deleted: change = .deleted
        }
        let shown = ErrorWords.shown
        return VerifyFindingWords(
            table: finding.table, change: change, cluster: finding.cluster.map(shown), year: finding.year, unit: finding.unit.map(shown),
            item: finding.item.map(shown), key: finding.key.map { (column: $0.column, value: shown($0.value)) },
            columns: finding.differences.map { VerifyFindingWords.Column(name: $0.column, stored: $0.stored.map(shown), audited: $0.audited.map(shown)) })
    }
}
