import Documents
import Emulation
import EmulationStore
import Foundation

/// `thidua-bench excel [--units N]`: the score grid's round trip as an Excel workbook beside the
/// same round trip as CSV, on a synthetic cluster-year (default 10,000 units × 15 items) made
/// through the importer. Medians of 5 runs, and the ratio xlsx/CSV.
enum ExcelBenchmark {
    static func main(_ arguments: [String]) -> Int32 {
        var units = 10_000
        if let index = arguments.firstIndex(of: "--units"), index + 1 < arguments.count, let value = Int(arguments[index + 1]) { units = value }
        do {
            try run(units: units)
            return 0
        } catch {
            print("excel benchmark failed: \(error)")
            return 1
        }
    }

    static func run(units: Int) throws {
        let file = try BenchmarkFile(units: units)
        defer { file.remove() }
        let (store, reference, year) = (file.store, file.reference, file.year)
        var snapshot = try store.snapshot(code: "BENCH", year: 2025)
        let entries = snapshot.units.flatMap { unit in
            snapshot.tree.items.map { ScoreEntry(unitID: unit.id, item: $0.code, round: .selfAssessment,
                                                 points: year.scores[MemberUnit.ID(unit.id)]?.selfAssessment[$0.code]) }
        }
        // Storing what a file gives is the same for both formats (one audited transaction).
        let importTime = try median(1) { try store.importScores(reference, entries: entries, adjustments: [], reason: "bench") }
        snapshot = try store.snapshot(code: "BENCH", year: 2025)
        print("thidua excel benchmark — medians of 5 runs (ms); the self-assessment grid of \(units) units × 15 items")

        let files = DataFiles(csv: { CSVOutput.render(header: $0, rows: $1, style: .excel) }, roster: RosterCSV.table,
                              grid: { GridCSV.table($0, round: $1, blank: $2) })
        let source = DocumentSource(snapshot: snapshot, words: .vietnamese, files: files, round: .selfAssessment, seal: "1:bench")
        var csv = Data()
        var xlsx = Data()
        let csvExport = median(5) { csv = Data((ExportKind.grid.render(.csv, from: source) ?? "").utf8) }
        let xlsxExport = try median(5) { xlsx = try ExportKind.grid.renderXlsx(from: source) ?? Data() }
        var parsed = 0
        let csvParse = median(5) {
            if case .success(let result) = GridCSV.parse(data: csv, file: "grid.csv", snapshot: snapshot, round: .selfAssessment) { parsed = result.entries.count }
        }
        let csvEntries = parsed
        let xlsxParse = median(5) {
            if case .success(let result) = GridCSV.parse(data: xlsx, file: "grid.xlsx", snapshot: snapshot, round: .selfAssessment) { parsed = result.entries.count }
        }
        guard parsed == entries.count, csvEntries == entries.count else { fatalError("read back \(parsed) and \(csvEntries) of \(entries.count) scores") }
        let row = { (what: String, csv: Double, xlsx: Double) in
            print(what.padding(toLength: 28, withPad: " ", startingAt: 0)
                  + String(format: "CSV %8.1f   xlsx %8.1f   xlsx/CSV %4.1f×", csv, xlsx, xlsx / csv))
        }
        row("export (render the file)", csvExport, xlsxExport)
        row("read and check (parse)", csvParse, xlsxParse)
        row("round trip (export + read)", csvExport + csvParse, xlsxExport + xlsxParse)
        print(String(format: "file size: CSV %.0f kB, xlsx %.0f kB", Double(csv.count) / 1_000, Double(xlsx.count) / 1_000))
        print(String(format: "store the %d scores read (one audited transaction, either format): %.1f ms", entries.count, importTime))
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        print(String(format: "peak memory of the process: %.0f MiB", Double(usage.ru_maxrss) / 1024))
    }
}
