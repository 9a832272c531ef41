#if canImport(Glibc)
import Glibc
#endif
import EmulationStore
import TerminalUI
import TestSupport
import Testing
@testable import thidua

/// What a save's result carries back to the interface: what happened, as values (storage's
/// error, or the run loop's own), never a sentence; the interface words it when shown.
@Suite struct RunLoopResultTests {
    let year: SharedYear
    var loop: RunLoop
    let state = AppState(size: Size(rows: 24, columns: 80), language: .vietnamese, themeName: ThemeLoader.defaultName, availableThemes: [])
    /// Any save: what is asked does not matter here, only how it failed.
    let effect = AppEffect.changeYear(code: SharedYear.code, year: SharedYear.year, .moveUnit(1, by: 1))

    init() throws {
        year = try SharedYear()
        loop = RunLoop(store: try year.open(as: "Trần Thị B"), backend: MemoryTerminal(), language: .vietnamese, environment: [:])
    }

    /// A full disk is no fault of the value: it goes back to the clerk, with the store's error.
    @Test mutating func aFullDiskGivesTheValueBackWithTheStoresError() {
        let actions = loop.save(effect, state) { _ in throw StoreError.diskFull(path: year.path) }
        guard case .saveNotMade(let error, let effect)? = actions.first else { Issue.record("not given back: \(actions)"); return }
        #expect(error as? StoreError == .diskFull(path: year.path))
        #expect(effect == self.effect)
    }

    /// Why the file is read-only is asked of the file system at the refusal, not when worded.
    @Test mutating func aReadOnlyFileCarriesWhyAsTheFileSystemSaidIt() {
        let actions = loop.save(effect, state) { _ in throw StoreError.readOnly(path: year.path) }
        guard case .saveNotMade(let error, _)? = actions.first, case .readOnly(let path, .sideFiles)? = error as? FileTrouble else {
            Issue.record("not given back with why: \(actions)")
            return
        }
        #expect(path == year.path)
    }

    /// A slow save on a busy machine is no one else's change: the screen keeps its "saved"
    /// message instead of "another clerk changed the data" (a CI run saw a decision's save,
    /// which reads the year inside its transaction, take longer than the 50 ms once used to guess).
    @Test mutating func aSlowSaveWithNoOtherWriterIsNotAnExternalChange() throws {
        let store = try year.open(as: "Trần Thị B")
        let reference = try store.clusterYear(code: SharedYear.code, year: SharedYear.year)
        let unit = try #require(try store.snapshot(code: SharedYear.code, year: SharedYear.year).units.first).id
        // A first save brings the loop up to date with the file (it has not looked yet).
        _ = loop.save(effect, state) { store in try store.moveUnit(reference, unitID: unit, by: 1) }
        let actions = loop.save(effect, state) { store in
            usleep(200_000)
            try store.moveUnit(reference, unitID: unit, by: 1)
        }
        #expect(actions.isEmpty, "\(actions)")
    }

    /// Another clerk's commit between the loop's look and its own write is an external change,
    /// however fast the write.
    @Test mutating func anotherClerksCommitBeforeTheSaveIsAnExternalChange() throws {
        let other = try year.open(as: "Lê Văn C")
        let reference = try other.clusterYear(code: SharedYear.code, year: SharedYear.year)
        let units = try other.snapshot(code: SharedYear.code, year: SharedYear.year).units.map(\.id)
        _ = loop.save(effect, state) { store in try store.moveUnit(reference, unitID: units[1], by: 1) }
        let actions = loop.save(effect, state) { store in
            try other.moveUnit(reference, unitID: units[2], by: -1)
            try store.moveUnit(reference, unitID: units[0], by: 1)
        }
        guard case .externalChange? = actions.first else { Issue.record("not seen: \(actions)"); return }
    }

    /// A refused value is not given back: the year reloads, and the refusal says why.
    @Test mutating func aRefusalCarriesTheStoresError() {
        let actions = loop.save(effect, state) { _ in throw StoreError.yearClosed(cluster: SharedYear.code, year: SharedYear.year) }
        guard case .saveFailed(let error)? = actions.first else { Issue.record("not refused: \(actions)"); return }
        #expect(error as? StoreError == .yearClosed(cluster: SharedYear.code, year: SharedYear.year))
    }
}
