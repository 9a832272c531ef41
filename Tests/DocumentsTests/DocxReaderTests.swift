import Documents
import Emulation
import Foundation
import Testing
import TestSupport

/// The dossier's Word files read by a reader no one here wrote: python-docx (Debian's
/// python3-docx, run by Debian's /usr/bin/python3; `.ci/run` installs it). What it reads must be
/// our text, paragraph for paragraph, on Decree 30's page.
@Suite(.enabled(if: DocxReader.available, "python-docx is missing: apt-get install python3-docx"))
struct DocxReaderTests {
    @Test(arguments: ["vi", "en"])
    func pythonDocxReadsOurTextOnDecree30sPage(language: String) throws {
        let dossier = try DossierTests.dossier(language == "vi" ? .vietnamese : .english)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String: Dossier.File] = [:]
        for file in dossier.files {
            let url = folder.appendingPathComponent(file.name + ".docx")
            try DocxWriter.data(file.document, title: file.title).write(to: url)
            paths[url.path] = file
        }
        let read = try DocxReader.read(Array(paths.keys))
        #expect(read.count == dossier.files.count)
        for (path, file) in paths {
            let seen = try #require(read[path], "\(file.name)")
            #expect(seen.texts == file.document.readingOrder, "\(file.name)")
            #expect(seen.page == [210.0, 297.0], "\(file.name): A4")
            #expect(seen.margins == [20.0, 20.0, 30.0, 15.0], "\(file.name): top, bottom, left, right")
            #expect(seen.font == .init(name: "Times New Roman", size: 14), "\(file.name)")
            #expect(seen.titleBold == [true, true], "\(file.name): the national title and motto in bold")
            #expect(seen.firstPageUnnumbered && seen.pageNumberField, "\(file.name): page numbers from the second page")
            let national = language == "vi" ? ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
                : ["SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness"]
            #expect(seen.texts.filter(national.contains) == national, "\(file.name): the heading is the national title and motto")
            #expect(seen.texts.last?.contains("1234:3fa9c2e01b7d") == true, "\(file.name): the seal, last")
        }
    }

    /// Text that XML must escape and Vietnamese in both Unicode forms come back as they went in.
    @Test func escapedAndVietnameseTextComesBackAsWritten() throws {
        var snapshot = try DocumentGoldenTests.year.get()
        snapshot.meeting.place = "Hội trường <B> & \"C\" – 'D'"
        snapshot.meeting.chair = "Nguye\u{0302}\u{0303}n Văn A"
        let minutes = OfficialContext(snapshot: snapshot, words: .vietnamese).minutes()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-escape-\(UUID().uuidString).docx")
        defer { try? FileManager.default.removeItem(at: url) }
        try DocxWriter.data(minutes, title: "x").write(to: url)
        let seen = try #require(DocxReader.read([url.path])[url.path])
        #expect(seen.texts == minutes.readingOrder)
        #expect(seen.texts.contains { $0.contains("Hội trường <B> & \"C\" – 'D'") })
    }
}

/// Runs Scripts/read_docx.py with Debian's Python.
enum DocxReader {
    static let python = "/usr/bin/python3"
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts/read_docx.py").path

    struct Font: Decodable, Equatable {
        var name: String
        var size: Double

        init(name: String, size: Double) {
            self.name = name
            self.size = size
        }

        init(from decoder: Decoder) throws {
            var container = try decoder.unkeyedContainer()
            name = try container.decode(String.self)
            size = try container.decode(Double.self)
        }
    }

    struct Seen: Decodable {
        var texts: [String]
        var page: [Double]
        var margins: [Double]
        var font: Font
        var titleBold: [Bool]
        var firstPageUnnumbered: Bool
        var pageNumberField: Bool
    }

    static var available: Bool { (try? run(["-c", "import docx"])) != nil }

    static func read(_ paths: [String]) throws -> [String: Seen] {
        try JSONDecoder().decode([String: Seen].self, from: run([script] + paths))
    }

    private static func run(_ arguments: [String]) throws -> Data { try ExternalProgram.output(python, arguments) }
}
