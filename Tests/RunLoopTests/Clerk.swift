import EmulationStore
import TerminalUI
import TestSupport
@testable import thidua

/// A clerk at a terminal in memory: their own connection to the shared file (their name in its
/// audit rows) and their own run loop, on the self-assessment grid of the shared year, as
/// `thidua --screen grid --cluster QA --year 2024` opens it.
final class Clerk {
    let terminal: MemoryTerminal
    private var loop: RunLoop

    init(_ name: String, on year: SharedYear, script: [MemoryTerminal.Step]) throws {
        terminal = MemoryTerminal(script: script)
        loop = RunLoop(store: try year.open(as: name), backend: terminal, language: .vietnamese, environment: [:])
    }

    /// Runs the loop until it ends: the script's last step quits (Ctrl-C) or hangs up.
    func run(cluster: String = SharedYear.code, theme: String = ThemeLoader.defaultName) {
        loop.run(screen: .grid, cluster: cluster, year: SharedYear.year, themeName: theme)
    }

    /// The line of `screen` that shows `unit`'s row ("" when none does).
    static func row(_ unit: String, in screen: String?) -> String {
        screen?.components(separatedBy: "\n").first { $0.contains(unit) } ?? ""
    }

    /// What `unit`'s row shows in its first item (1.1): "7,00", "·" when empty, the text being typed.
    static func firstCell(_ unit: String, in screen: String?) -> String {
        let line = row(unit, in: screen)
        guard let name = line.range(of: unit) else { return "" }
        return line[name.upperBound...].split(separator: " ").first.map(String.init) ?? ""
    }
}

/// Keys as the run loop reads them.
extension MemoryTerminal.Step {
    static var enter: Self { key(.enter) }
    static var escape: Self { key(.escape) }
    static var quit: Self { key(.control("c")) }
}

/// Each character of `text` typed as a key.
func typing(_ text: String) -> [MemoryTerminal.Step] {
    MemoryTerminal.typing(text)
}
