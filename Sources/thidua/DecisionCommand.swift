import ArgumentParser
import Documents
import Emulation
import EmulationStore
import TerminalUI

/// `thidua decision`: the province's decision on a unit's proposal, as the cluster receives it
/// (number, date, authority; granted, not granted, or granted as another award). With no
/// --unit, lists the year's decisions.
struct DecisionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decision",
        abstract: "Record the province's decision on a unit's proposal (or --remove it); with no --unit, list the year's decisions.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "Cluster code, e.g. HP-KH.") var cluster: String
    @Option(help: "The year of the proposal, e.g. 2023.") var year: Int
    @Option(help: "The unit (its name; diacritics may be left out).") var unit: String?
    @Option(help: "The decision's number and symbol, e.g. 123/QĐ-TTg.") var number: String?
    @Option(help: "Its date, YYYY-MM-DD or DD/MM/YYYY.") var date: String?
    @Option(help: "Who decided (default: the proposed award's authority in the rules).") var authority: String?
    @Flag(help: "The award proposed was granted.") var granted = false
    @Flag(help: "It was not granted.") var notGranted = false
    @Option(help: "Another award was granted instead (its code).") var grantedAs: String?
    @Flag(help: "Take back the decision recorded for the unit (audited).") var remove = false

    func validate() throws {
        let words = options.words.decisions
        guard unit != nil else { return }
        let outcomes = [granted, notGranted, grantedAs != nil, remove].filter { $0 }.count
        if outcomes != 1 { throw ValidationError(words.outcomeRequired) }
    }

    func run() throws {
        try runReportingErrors(options) {
            let words = options.words
            let store = try options.openStore()
            let snapshot = try store.snapshot(code: cluster, year: year)
            guard let unit else {
                list(snapshot, words: words)
                return
            }
            guard let target = snapshot.unit(named: unit) else { throw StoreError.unknownUnit(name: unit) }
            if remove {
                try store.removeDecision(snapshot.reference, unitID: target.id)
                printOut(words.decisions.removed(target.name))
                return
            }
            guard let proposed = AwardDecision.decidedAward(unitID: target.id, in: snapshot, review: snapshot.review()) else {
                printError(words.decisions.notProposed(target.name))
                throw ExitCode.failure
            }
            guard let day = CalendarDate(parsing: date ?? "") else {
                printError(words.invalidDate(date ?? ""))
                throw ExitCode.failure
            }
            let outcome: AwardDecision.Outcome = granted ? .granted : notGranted ? .notGranted : .grantedOther
            let deciding = authority?.trimmingSpaces() ?? AwardDecision.defaultAuthority(proposed, in: snapshot)
            let decision = AwardDecision(unitID: target.id, proposed: proposed, outcome: outcome,
                                         grantedOther: grantedAs?.trimmingSpaces().lowercased(), number: (number ?? "").trimmingSpaces(),
                                         date: day, authority: deciding)
            try store.recordDecision(snapshot.reference, decision)
            printOut(words.decisions.saved(target.name))
            printOut("  " + words.documents.decision(decision, rules: snapshot.rules, cluster: snapshot.cluster))
        }
    }

    private func list(_ snapshot: YearSnapshot, words: Catalogue) {
        let decided = snapshot.units.compactMap { unit in snapshot.decisions[unit.id].map { (unit, $0) } }
        guard !decided.isEmpty else {
            printOut(words.decisions.none(snapshot.reference.clusterCode, snapshot.reference.year))
            return
        }
        for (unit, decision) in decided {
            printOut(DisplayWidth.sanitized(unit.name + ": " + words.documents.decision(decision, rules: snapshot.rules, cluster: snapshot.cluster)))
        }
    }
}
