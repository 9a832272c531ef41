import Emulation
import Foundation

/// The pledge of a cluster-year as a document that prints on A4 (tasks, drives, models, titles,
/// signatures), and its checklist as a table.
public struct PledgeDocument: Sendable {
    public var snapshot: YearSnapshot

    public init(_ snapshot: YearSnapshot) {
        self.snapshot = snapshot
    }

    /// One line per unit: signed, pending, or signed an earlier version of the tasks.
    public func checklist(_ words: DocumentWords) -> TextTable {
        let pledge = snapshot.pledge
        let rows = zip(snapshot.units, snapshot.memberships).map { unit, membership -> [String] in
            let (state, signer, date): (String, String, String) = {
                switch pledge.signatureState(of: unit.id) {
                case .pending: return (words.pledgePending, "", "")
                case .signed(let signature): return (words.pledgeSigned, Self.signer(signature), signature.date.vietnamese)
                case .signedEarlierVersion(let signature): return (words.pledgeSignedEarlier, Self.signer(signature), signature.date.vietnamese)
                }
            }()
            let titles = (pledge.registrations[unit.id] ?? []).sorted().map { code in snapshot.rules.award(code: code).map(words.awardName) ?? code }
            return [String(membership.position), unit.name, words.role(membership.role), (pledge.models[unit.id] ?? []).joined(separator: "; "),
                    titles.joined(separator: "; "), state, signer, date]
        }
        return TextTable(header: ["#", words.columnUnit, words.columnRole, words.pledgeModels, words.pledgeTitles, words.pledgeSignature,
                                  words.pledgeSigner, words.pledgeDate], rows: rows, rightAligned: [0])
    }

    static func signer(_ signature: Pledge.Signature) -> String {
        signature.position.isEmpty ? signature.signer : signature.signer + ", " + signature.position
    }

    public func markdown(_ words: DocumentWords) -> String { lines(words, markdown: true).joined(separator: "\n") + "\n" }

    /// Plain text for printing: at most 80 columns of prose, lists numbered.
    public func text(_ words: DocumentWords) -> String { lines(words, markdown: false).joined(separator: "\n") + "\n" }

    private func lines(_ words: DocumentWords, markdown: Bool) -> [String] {
        let pledge = snapshot.pledge
        let heading = { (text: String, level: Int) in markdown ? String(repeating: "#", count: level) + " " + text : text.uppercased() }
        let members = snapshot.units.map(\.id)
        // Plain text is wrapped for A4; Markdown is left to whatever renders it.
        let wrapped = { (line: String) -> [String] in markdown ? [line] : DisplayWidth.wrap(line, indent: "   ") }
        var lines = [heading(pledge.title.isEmpty ? words.pledgeDefaultTitle(snapshot.reference.year) : pledge.title, 1), ""]
        lines += wrapped(snapshot.cluster.name + " (" + snapshot.cluster.code + ") — " + snapshot.cluster.authority)
        if let date = pledge.date { lines.append(words.pledgeSignedOn(date.vietnamese, pledge.place)) }
        if !pledge.slogan.isEmpty { lines.append(words.pledgeSlogan(pledge.slogan)) }
        lines.append(words.pledgeChecklistCount(pledge.signedCount(members: members), members.count))
        lines += ["", heading(words.pledgeTasks, 2), ""]
        lines += pledge.tasks.enumerated().flatMap { wrapped("\($0.offset + 1). \($0.element)") }
        lines += ["", heading(words.pledgeDrives, 2), ""]
        lines += pledge.drives.enumerated().flatMap { index, drive in
            let dates = [drive.start?.vietnamese, drive.end?.vietnamese].compactMap { $0 }.joined(separator: " – ")
            return wrapped("\(index + 1). \(drive.name)" + (dates.isEmpty ? "" : " (\(dates))"))
        }
        lines += ["", heading(words.pledgeChecklist, 2), ""]
        let table = checklist(words)
        if markdown {
            lines.append(table.markdown())
            return lines
        }
        // On paper a table this wide would not fit A4: one block per unit, wrapped at 78 columns.
        for row in table.rows {
            lines += DisplayWidth.wrap("\(row[0]). \(row[1]) (\(row[2])) — \(row[5])" + (row[6].isEmpty ? "" : ": \(row[6]), \(row[7])"), indent: "   ")
            if !row[3].isEmpty { lines += DisplayWidth.wrap("   " + words.pledgeModels + ": " + row[3], indent: "     ") }
            if !row[4].isEmpty { lines += DisplayWidth.wrap("   " + words.pledgeTitles + ": " + row[4], indent: "     ") }
        }
        return lines
    }
}
