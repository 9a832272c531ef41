import ArgumentParser
import Emulation
import EmulationStore
import Foundation
import NcursesTerminal
import TerminalUI

/// `thidua` alone, or `thidua ui`: the full-screen interface.
struct UICommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ui", abstract: "Open the full-screen interface (the default command).")

    @OptionGroup var options: GlobalOptions
    @Option(help: "Screen to open.") var screen: ScreenID = .home
    @Option(help: "Cluster code to open, e.g. HP-KH.") var cluster: String?
    @Option(help: "Year to open, e.g. 2023.") var year: Int?
    @Option(help: "Colour theme: default, light, high-contrast, mono, or one in ~/.config/thidua/themes (default: $THIDUA_THEME).")
    var theme: String?

    func validate() throws {
        if (cluster == nil) != (year == nil) { throw ValidationError("--cluster and --year go together.") }
    }

    func run() throws {
        let words = options.words
        // The terminal first: without one, nothing is opened or created.
        let backend: NcursesBackend
        do {
            backend = try NcursesBackend.start()
        } catch .notATerminal {
            printError(words.notATerminal)
            throw ExitCode(2)
        } catch .unsupportedTerminal(let term) {
            printError(words.terminalUnsupported(term))
            throw ExitCode(2)
        }
        let store: EmulationStore
        do {
            store = try options.openScreenStore()
        } catch {
            backend.stop()
            printError(ErrorWords.describe(error, words: words))
            throw ExitCode.failure
        }
        defer { backend.stop() }
        let environment = ProcessInfo.processInfo.environment
        let themeName = theme ?? environment["THIDUA_THEME"].flatMap { $0.isEmpty ? nil : $0 } ?? ThemeLoader.defaultName
        var loop = RunLoop(store: store, backend: backend, language: options.lang.language, environment: environment)
        loop.run(screen: screen, cluster: cluster, year: year, themeName: themeName)
    }
}

/// Only a registered screen: `--screen nosuch` is refused with the list of screens.
extension ScreenID: ExpressibleByArgument {
    public init?(argument: String) { self.init(registered: argument) }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
