import ArgumentParser
import EmulationStore
import Foundation

extension AccountCommand {
    /// SSH public keys as typed after --key and in the files after --key-file, read and checked
    /// before the file is opened: a bad key leaves the account as it was.
    struct KeyOptions: ParsableArguments {
        @Option(name: .customLong("key"), help: ArgumentHelp("An SSH public key, e.g. \"ssh-ed25519 AAAA… an@laptop\" (repeatable).",
                                                             valueName: "key"))
        var keys: [String] = []
        @Option(name: .customLong("key-file"),
                help: ArgumentHelp("A public key file: OpenSSH (.pub, authorized_keys) or PuTTYgen's RFC 4716; - reads standard input (repeatable).",
                                   valueName: "path"))
        var files: [String] = []

        var isEmpty: Bool { keys.isEmpty && files.isEmpty }

        /// Every key, in the order given, each once.
        func load(_ options: GlobalOptions) throws -> [SSHPublicKey] {
            var all: [SSHPublicKey] = []
            for text in keys {
                do {
                    all += try SSHPublicKey.parseAll(text, file: "--key")
                } catch StoreError.invalidKey(let file, _, let problem) where !text.trimmingCharacters(in: .whitespacesAndNewlines).contains(where: \.isNewline) {
                    // One line: "line 1" would say nothing.
                    throw StoreError.invalidKey(file: file, line: nil, problem: problem)
                }
            }
            for file in files {
                let data: Data?
                if file == "-" {
                    data = FileHandle.standardInput.readDataToEndOfFile()
                } else {
                    data = try? Data(contentsOf: URL(fileURLWithPath: file))
                }
                guard let data else {
                    printError(options.words.fileUnreadable(file))
                    throw ExitCode.failure
                }
                all += try SSHPublicKey.parseAll(String(decoding: data, as: UTF8.self), file: file)
            }
            var seen: Set<String> = []
            return all.filter { seen.insert($0.base64).inserted }
        }
    }
}
