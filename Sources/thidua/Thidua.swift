import ArgumentParser
import Foundation

@main
struct Thidua: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thidua",
        abstract: "Emulation clusters (cụm thi đua): rosters, pledges, scoring, ranking and awards.",
        subcommands: [UICommand.self, DemoCommand.self, CreateCommand.self, UnlockCriteriaCommand.self, YearCommand.self, HandoverCommand.self, MeetingCommand.self, VoteCommand.self, ImportCommand.self, ExportCommand.self, RankCommand.self, VerifyCommand.self],
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
        FileHandle.standardError.write(Data((ErrorWords.describe(error, words: options.words) + "\n").utf8))
        throw ExitCode.failure
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
