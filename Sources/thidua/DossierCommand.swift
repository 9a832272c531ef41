import ArgumentParser
import Documents
import Emulation
import EmulationStore
import Foundation

/// `thidua dossier`: every document the province expects after the meeting, in one folder, with
/// the checklist of what is still missing.
struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Write the year's dossier for the province (minutes, count records, submissions, achievement reports, pledges) and its checklist.",
        discussion: """
            Documents follow Decree 30/2020/NĐ-CP (national title and motto, issuer, number, place and date, \
            signature blocks; A4, Times New Roman). A unit's achievement report already in the folder is never \
            written over: the unit completes it there, and the checklist says whose is still a skeleton.
            """)

    @OptionGroup var options: GlobalOptions
    @Option(help: "Cluster code, e.g. HP-KH.") var cluster: String
    @Option(help: "Year, e.g. 2023.") var year: Int
    @Option(name: .shortAndLong, help: "The folder to write into (made if missing).") var output: String
    @Option(help: "docx (default), md or txt; repeat for several.") var format: [DocumentFormat] = []

    func validate() throws {
        if let wrong = format.first(where: { ![.docx, .md, .txt].contains($0) }) {
            throw ValidationError(options.words.formatNotAvailable("dossier", wrong.rawValue, "docx, md, txt"))
        }
    }

    func run() throws {
        try runReportingErrors(options) {
            let store = try options.openStore()
            let formats = format.isEmpty ? [DocumentFormat.docx] : format.reduce(into: [DocumentFormat]()) { if !$0.contains($1) { $0.append($1) } }
            let outcome = try DossierWriter.write(store: store, code: cluster, year: year, to: output, formats: formats, words: options.words.documents)
            printOut(outcome.checklist, terminator: "")
            printError(options.words.dossierWritten(outcome.folder, outcome.written.count, outcome.gaps.count))
        }
    }
}
