import Documents
import Emulation
import EmulationStore
import Foundation

/// Writes a year's dossier into a folder, for `thidua dossier` and the screens' year menu: each
/// document in each format asked for, every file written whole or not at all, a proposed unit's
/// report never written over (the unit completes it there), and the checklist `00-danh-muc.txt`.
struct DossierWriter {
    struct Outcome {
        var folder: String
        var written: [String]
        /// Reports left as the unit completed them.
        var kept: [String]
        var gaps: [DossierGap]
        var checklist: String
    }

    static let checklistName = "00-danh-muc.txt"

    /// "HP-KH-2023-ho-so": the folder the screens write, named as their exports are.
    static func folderName(code: String, year: Int) -> String {
        "\(ExportKind.fileSafe(code))-\(year)-ho-so"
    }

    var formats: [DocumentFormat]

    /// Reads the year (and the next, for its pledge), then the seal, and writes.
    static func write(store: EmulationStore, code: String, year: Int, to folder: String, formats: [DocumentFormat], words: DocumentWords) throws -> Outcome {
        let snapshot = try store.snapshot(code: code, year: year)
        let next = try store.nextSnapshot(code: code, after: year)
        let history = try store.awardHistory(code: code, year: year)
        // After the reads: the history the seal covers holds everything the documents show.
        let seal = try store.seal()
        let dossier = Dossier(OfficialContext(snapshot: snapshot, next: next, history: history, words: words, seal: seal.description))
        return try DossierWriter(formats: formats).write(dossier, to: folder)
    }

    func write(_ dossier: Dossier, to folder: String) throws -> Outcome {
        let directory = URL(fileURLWithPath: folder, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ExportError.cannotWrite(path: folder)
        }
        var written: [String] = []
        var kept: [String] = []
        var reports: [MemberUnit.ID: ReportState] = [:]
        for file in dossier.files {
            var state = ReportState.skeleton
            for format in formats {
                let name = file.name + "." + format.rawValue
                let url = directory.appendingPathComponent(name)
                if case .report(let unitID) = file.part, FileManager.default.fileExists(atPath: url.path) {
                    // The unit's own version: read, never replaced.
                    if Self.isCompleted(url, format: format) { state = .completed }
                    reports[unitID] = reports[unitID] == .completed ? .completed : state
                    kept.append(name)
                    continue
                }
                let data: Data
                switch format {
                case .docx: data = try DocxWriter.data(file.document, title: file.title)
                case .txt: data = Data(TerminalSafe.text(file.document.text()).utf8)
                default: data = Data(TerminalSafe.text(file.document.markdown()).utf8)
                }
                do {
                    try data.write(to: url, options: .atomic)
                } catch {
                    throw ExportError.cannotWrite(path: url.path)
                }
                written.append(name)
                if case .report(let unitID) = file.part, reports[unitID] == nil { reports[unitID] = .skeleton }
            }
        }
        let gaps = dossier.gaps(reports: reports)
        let checklist = Self.checklist(dossier, gaps: gaps, kept: kept, formats: formats)
        let checklistURL = directory.appendingPathComponent(Self.checklistName)
        do {
            try Data(checklist.utf8).write(to: checklistURL, options: .atomic)
        } catch {
            throw ExportError.cannotWrite(path: checklistURL.path)
        }
        return Outcome(folder: directory.path, written: written, kept: kept, gaps: gaps, checklist: checklist)
    }

    /// A report is completed once no placeholder is left in it.
    static func isCompleted(_ url: URL, format: DocumentFormat) -> Bool {
        let text = format == .docx ? DocxPackage.bodyText(of: url) : (try? String(contentsOf: url, encoding: .utf8))
        guard let text else { return false }
        return !text.contains(OfficialDocument.placeholderMark)
    }

    /// The folder's list of documents, then what is missing, in the dossier's language.
    static func checklist(_ dossier: Dossier, gaps: [DossierGap], kept: [String], formats: [DocumentFormat]) -> String {
        let words = dossier.context.official
        let snapshot = dossier.context.snapshot
        var lines = [words.checklistTitle(snapshot.cluster.name, snapshot.reference.year), "", words.checklistFiles]
        for file in dossier.files {
            let names = formats.map { file.name + "." + $0.rawValue }
            let keptNote = names.contains(where: kept.contains) ? " (" + words.reportKept + ")" : ""
            lines.append("- " + names.joined(separator: ", ") + " — " + file.title + keptNote)
        }
        lines.append("")
        if gaps.isEmpty {
            lines.append(words.checklistComplete)
        } else {
            lines.append(words.checklistMissing(gaps.count))
            lines += gaps.map { "- " + words.gap($0) }
        }
        if let seal = dossier.context.seal { lines += ["", seal] }
        return TerminalSafe.text(lines.joined(separator: "\n") + "\n")
    }
}
