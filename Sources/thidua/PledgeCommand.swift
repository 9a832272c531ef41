import ArgumentParser
import Emulation
import EmulationStore
import TerminalUI

/// `thidua pledge register`: the titles a unit registers in the pledge (đăng ký danh hiệu),
/// which the award walk reads (the Government flag needs one), from the command line.
struct PledgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pledge", abstract: "The pledge from the command line: register a unit's titles.",
        subcommands: [Register.self])

    struct Register: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "register",
            abstract: "Register a unit for award titles in the pledge (or --drop them); print what it is registered for.")

        @OptionGroup var options: GlobalOptions
        @Option(help: "Cluster code, e.g. HP-KH.") var cluster: String
        @Option(help: "Year, e.g. 2023.") var year: Int
        @Option(help: "The unit (its name; diacritics may be left out).") var unit: String
        @Option(help: "An award's code (co-cp, co-tinh, … by default); repeat for several.") var award: [String] = []
        @Flag(help: "Take the named registrations away instead of adding them.") var drop = false

        func run() throws {
            try runReportingErrors(options) {
                let words = options.words
                let store = try options.openStore()
                let snapshot = try store.snapshot(code: cluster, year: year)
                guard let target = snapshot.unit(named: unit) else {
                    printError(words.documents.unknownVoteUnit(unit, snapshot.units.map(\.name).joined(separator: ", ")))
                    throw ExitCode.failure
                }
                var codes: [String] = []
                for name in award {
                    let code = name.trimmingSpaces().lowercased()
                    guard let rule = snapshot.rules.award(code: code) else {
                        printError(words.documents.unknownAward(name, snapshot.rules.awards.map { "\($0.code) (\(words.awardName($0)))" }
                            .joined(separator: ", ")))
                        throw ExitCode.failure
                    }
                    codes.append(rule.code)
                }
                let old = snapshot.pledge.registrations[target.id] ?? []
                let new = drop ? old.subtracting(codes) : old.union(codes)
                let listed = { (set: Set<String>) in
                    let names = snapshot.rules.awards.filter { set.contains($0.code) }.map(words.awardShort)
                    return names.isEmpty ? words.commandLine.nothingRegistered : names.joined(separator: ", ")
                }
                guard new != old else {
                    printOut(words.commandLine.registrationUnchanged(target.name, listed(old)))
                    return
                }
                try store.setRegistrations(snapshot.reference, unitID: target.id, awards: new)
                printOut(words.commandLine.registered(target.name, listed(new)))
            }
        }
    }
}
