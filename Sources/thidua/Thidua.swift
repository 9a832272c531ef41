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
        guard holdsReplaced(text) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { replaced($0) ? "\u{FFFD}" : $0 }))
    }

    /// Whether any scalar of `text` is `replaced`, read byte by byte (a province's ranking is
    /// 2.7 MB; decoding its scalars was a twentieth of `thidua rank`): in UTF-8 a C0 control or
    /// DEL is a byte of its own, and a C1 control (U+0080…U+009F) is C2 followed by 80…9F, C2
    /// only ever starting a scalar.
    static func holdsReplaced(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                // Printable ASCII first: nearly every byte of a document.
                if byte >= 0x20 && byte < 0x7F { continue }
                if byte < 0x20 {
                    if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
                    return true
                }
                if byte == 0x7F { return true }
                if byte <= 0x9F && byte >= 0x80 && index > 0 && bytes[index - 1] == 0xC2 { return true }
            }
            return false
        }
    }

    static func replaced(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }
}
