import ArgumentParser
import Emulation
import EmulationStore
import TerminalUI

/// `thidua vote`: the meeting's vote on one proposal. Prints whether it passed, and how the list
/// of proposals changed: a proposal voted down frees its place for the next candidate.
struct VoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vote",
        abstract: "Record the meeting's vote on a unit's proposal for an award (or --withdraw a recorded one); print the result and what it changed.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "Cluster code, e.g. HP-KH.") var cluster: String
    @Option(help: "Year, e.g. 2023.") var year: Int
    @Option(help: "The unit voted on (its name; diacritics may be left out).") var unit: String
    @Option(help: "The award's code: co-cp, co-tinh, bk-toan-dien, bk-chuyen-de by default.") var award: String
    @Option(help: "Members present.") var present: Int?
    @Option(name: .customLong("for"), help: "Votes for.") var votesFor: Int?
    @Option(help: "Votes against.") var against: Int?
    @Option(help: "The count record: ballots taken from the box (secret ballot).") var ballots: Int?
    @Option(help: "The count record: invalid ballots among them (for + against + invalid = ballots).") var invalid: Int?
    @Flag(help: "Take back the vote recorded on this unit and award (audited), as if it had never been taken.") var withdraw = false

    func validate() throws {
        let counts = [present, votesFor, against].compactMap { $0 }
        let words = options.words.commandLine
        if withdraw, !counts.isEmpty || ballots != nil || invalid != nil { throw ValidationError(words.countsWithWithdraw) }
        if !withdraw, counts.count < 3 { throw ValidationError(words.countsRequired) }
    }

    func run() throws {
        try runReportingErrors(options) {
            let words = options.words
            let documents = words.documents
            let store = try options.openStore()
            let before = try store.snapshot(code: cluster, year: year)
            guard let target = before.unit(named: unit) else {
                printError(documents.unknownVoteUnit(unit, before.units.map(\.name).joined(separator: ", ")))
                throw ExitCode.failure
            }
            let code = award.trimmingSpaces().lowercased()
            guard let rule = before.rules.award(code: code) else {
                printError(documents.unknownAward(award, before.rules.awards.map { "\($0.code) (\(words.awardName($0)))" }.joined(separator: ", ")))
                throw ExitCode.failure
            }
            let reviewBefore = before.review()
            var recorded: VoteTally?
            if withdraw {
                guard before.votes.contains(where: { $0.unitID == target.id && $0.award == rule.code }) else {
                    printError(words.commandLine.noVoteToWithdraw(target.name, words.awardShort(rule)))
                    throw ExitCode.failure
                }
                try store.withdrawVote(before.reference, unitID: target.id, award: rule.code)
                printOut(words.commandLine.voteWithdrawn(target.name, words.awardShort(rule)))
            } else {
                let tally = VoteTally(unitID: target.id, award: rule.code, present: present ?? 0, votesFor: votesFor ?? 0, votesAgainst: against ?? 0,
                                      ballots: ballots, invalid: invalid)
                try store.recordVote(before.reference, tally)
                recorded = tally
                let result = tally.result(rules: before.rules, memberCount: before.units.count)
                printOut(documents.voteRecorded(target.name, words.awardName(rule), tally.present, tally.votesFor, tally.votesAgainst,
                                                documents.voteResult(result)))
            }
            let after = try store.snapshot(code: cluster, year: year)
            let reviewAfter = after.review()
            // A corrected vote on a candidacy the review no longer holds changes nothing.
            if let recorded, !reviewAfter.votes.contains(where: { $0.tally == recorded }) {
                printOut(documents.voteNotProposed(target.name, words.awardShort(rule)))
            }
            let label = { (review: Review, id: MemberUnit.ID) in
                review.proposal(unitID: id).map { words.proposalLabel($0, rules: after.rules) } ?? words.notProposed
            }
            let changes = reviewAfter.ranking.entries.compactMap { entry -> String? in
                let old = label(reviewBefore, entry.unit.id)
                let new = label(reviewAfter, entry.unit.id)
                return old == new ? nil : documents.proposalChange(entry.unit.name, old, new)
            }
            if changes.isEmpty {
                printOut(documents.proposalsUnchanged)
            } else {
                printOut(documents.proposalsChanged)
                changes.forEach { printOut($0) }
            }
        }
    }
}
