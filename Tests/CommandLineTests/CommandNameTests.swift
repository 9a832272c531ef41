import ArgumentParser
import Testing
@testable import thidua

/// Every command and subcommand names itself. A name left to ArgumentParser is made from the
/// type's name by `String(describing:)`, which at every start looks the type up in the whole
/// program's conformance records: about 1.6 M instructions per command, some 22 M (a few ms)
/// of every `thidua` run when fourteen commands had none.
@Suite struct CommandNameTests {
    @Test func everyCommandHasItsNameInItsConfiguration() {
        var unnamed: [String] = []
        func visit(_ command: any ParsableCommand.Type, path: String) {
            let configuration = command.configuration
            let name = configuration.commandName ?? "\(command)"
            if configuration.commandName == nil { unnamed.append(path + name) }
            for subcommand in configuration.subcommands { visit(subcommand, path: path + name + " ") }
        }
        visit(Thidua.self, path: "")
        #expect(unnamed.isEmpty, "commands without commandName: \(unnamed)")
        #expect(Thidua.configuration.subcommands.count > 10, "the walk found the commands")
    }
}
