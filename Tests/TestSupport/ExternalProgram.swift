import Foundation

/// Runs a program the tests check thidua against (ssh-keygen, python-docx's Python) and returns
/// what it printed; a non-zero exit is an error naming the program and its arguments.
public enum ExternalProgram {
    public struct Failed: Error {
        public var program: String
        public var arguments: [String]
    }

    public static func output(_ program: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let printed = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failed(program: program, arguments: arguments) }
        return printed
    }
}
