import ArgumentParser
import Foundation

@main
struct Thidua: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thidua",
        abstract: "Emulation clusters (cụm thi đua): rosters, pledges, scoring, ranking and awards.",
        subcommands: [UICommand.self, DemoCommand.self, CreateCommand.self, AccountCommand.self, UnlockCriteriaCommand.self, YearCommand.self, HandoverCommand.self, MeetingCommand.self, VoteCommand.self, PledgeCommand.self, ImportCommand.self, ExportCommand.self, DossierCommand.self, DecisionCommand.self, RulesCommand.self, RankCommand.self, VerifyCommand.self, ServerCommand.self],
        defaultSubcommand: UICommand.self
    )
}

/// Runs a command body, printing errors in the chosen language and exiting non-zero.
func runReportingErrors(_ options: GlobalOptions, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        printError(ErrorWords.describe(error, words: options.words))
        throw ExitCode.failure
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((TerminalSafe.text(text) + "\n").utf8))
}

/// Standard output, with stored text unable to drive the terminal (names come from the database).
func printOut(_ text: String, terminator: String = "\n") {
    FileHandle.standardOutput.write(Data((TerminalSafe.text(text) + terminator).utf8))
}

/// Control characters (ESC, BEL, C1…) that came with stored text are shown as "\u{FFFD}";
/// line breaks and tabs stay, so documents and CSV keep their shape.
enum TerminalSafe {
    static func text(_ text: String) -> String {
        // Most output has none: it is written as it is, not copied scalar by scalar (a
        // 10,000-unit ranking is a megabyte).
        guard text.unicodeScalars.contains(where: replaced) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { replaced($0) ? "\u{FFFD}" : $0 }))
    }

    private static func replaced(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }
}
