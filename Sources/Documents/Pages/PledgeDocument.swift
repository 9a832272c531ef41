import Emulation
import Foundation

/// The pledge's checklist as a table (its CSV export); the pledge itself is
/// OfficialContext.pledge(of:), in the state's format.
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
}
