import ArgumentParser
import Emulation
import EmulationStore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Load the demo clusters HP-KH 2023, HN-10 2020 and TH-02 2019 (scores generated); never duplicates.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try runReportingErrors(options) {
            let store = try options.openStore()
            let today = Today.calendarDate()
            let report = try store.loadDemo(today: today)
            if !report.loaded.isEmpty { printOut(options.words.demoLoaded(report.loaded)) }
            if !report.skipped.isEmpty { printOut(options.words.demoSkipped(report.skipped)) }
        }
    }
}
