import ArgumentParser
import Foundation
import Emulation
import EmulationStore

/// `thidua create`: a new cluster and its first year, with the default grid and rules.
struct CreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Create a cluster and its first year (default grid and rules); add units with import roster.")

    enum KindOption: String, ExpressibleByArgument, CaseIterable {
        case cum
        case khoi

        var kind: Cluster.Kind { self == .khoi ? .bloc : .cluster }
    }

    @OptionGroup var options: GlobalOptions
    @Option(help: "Cluster code, e.g. QN-01.") var cluster: String
    @Option(help: "Cluster name, e.g. \"Cụm thi đua số 1\".") var name: String
    @Option(help: "First year, e.g. 2026.") var year: Int
    @Option(help: "cum (cluster, default) or khoi (bloc).") var kind: KindOption = .cum
    @Option(help: "The body that runs it, e.g. \"UBND tỉnh Quảng Ninh\".") var authority: String = ""

    func run() throws {
        try runReportingErrors(options) {
            let store = try options.openStore()
            let code = cluster.trimmingCharacters(in: .whitespaces).uppercased()
            try store.createClusterWithYear(Cluster(code: code, name: name, kind: kind.kind, authority: authority), year: year)
            printOut(options.words.screen.clusterCreated(code, year))
        }
    }
}
