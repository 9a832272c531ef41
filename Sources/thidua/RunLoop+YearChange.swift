import Documents
import Emulation
import EmulationStore
import Foundation
import TerminalUI

extension RunLoop {
    /// Saves one change to a year (its own transaction and audit row) and says what was done,
    /// as values: the interface words it. A refusal reloads the year, so the screen never shows
    /// what is not stored.
    mutating func apply(_ change: YearChange, effect: AppEffect, code: String, year: Int, state: AppState) -> [AppAction] {
        let today = Today.calendarDate()
        var outcome = SavedYearChange.Outcome.saved
        let actions = save(effect, state) { store in
            let reference = try store.clusterYear(code: code, year: year)
            switch change {
            case .addUnit(let unit, let role):
                try store.addUnit(reference, unit, role: role)
            case .updateUnit(let unit, let role, let expecting):
                try store.updateUnit(reference, unit, role: role, expecting: expecting)
            case .removeUnit(let id, _):
                try store.removeUnit(reference, unitID: id)
            case .setUnitActive(let id, _, let active):
                try store.setUnitActive(reference, unitID: id, active: active)
            case .moveUnit(let id, let offset):
                try store.moveUnit(reference, unitID: id, by: offset)
            case .updateCluster(let cluster, let expecting):
                try store.updateCluster(cluster, expecting: expecting)
            case .savePledgeHeader(let header, let expecting):
                try store.savePledgeHeader(reference, header, expecting: expecting)
            case .saveTask(let id, let text, let expecting):
                try store.saveTask(reference, id: id, text: text, expecting: expecting)
            case .moveTask(let id, let offset):
                try store.moveTask(reference, id: id, by: offset)
            case .saveDrive(let id, let drive, let expecting):
                try store.saveDrive(reference, id: id, drive, expecting: expecting)
            case .moveDrive(let id, let offset):
                try store.moveDrive(reference, id: id, by: offset)
            case .saveUnitPledge(let id, let models, let registrations, let signature, let expecting):
                try store.saveUnitPledge(reference, unitID: id, models: models, registrations: registrations,
                                         signature: signature.map { ($0.signer, $0.position, $0.date) }, expecting: expecting)
            case .sign(let id, let signer, let position, let expecting):
                try store.sign(reference, unitID: id, signer: signer, position: position, date: today, expecting: expecting)
                outcome = .signed(on: today)
            case .recordDecision(let decision, let expecting):
                try store.recordDecision(reference, decision, expecting: expecting)
            case .recordVote(let tally, let expecting):
                // The vote's result is worded from the year on screen: without one, nothing is recorded.
                guard state.year != nil else { return }
                try store.recordVote(reference, tally, expecting: expecting)
            case .saveMeeting(let meeting, let expecting):
                try store.saveMeeting(reference, meeting, expecting: expecting)
            case .replaceRules(let rules, let reason, let expecting):
                try store.replaceRules(reference, with: rules, reason: reason, expecting: expecting)
            case .advance:
                outcome = .stage(try store.advance(reference))
            case .reopen(let reason):
                try store.reopen(reference, reason: reason)
            case .openNextYear:
                outcome = .opened(year: try store.openNextYear(after: reference).year)
            case .handover(let head, let deputy, let method, let date):
                try store.recordHandover(clusterCode: code, forYear: year + 1, head: head, deputy: deputy, method: method.rawValue, date: date ?? today)
            }
        }
        if actions.contains(where: { switch $0 { case .saveFailed, .saveConflict, .saveNotMade: return true; default: return false } }) { return actions }
        return [.yearChanged(SavedYearChange(code: code, year: year, change: change, outcome: outcome))] + actions
    }

    /// Writes a document of the year into the working directory, all or nothing.
    /// `blank`: the grid with every score empty (its self-assessment sheet), for the units.
    func export(_ kind: ExportKind, format: DocumentFormat, blank: Bool = false, code: String, year: Int, words: Catalogue) throws -> [AppAction] {
        let snapshot = try store.snapshot(code: code, year: year)
        // After the snapshot: the history the seal covers holds everything the document shows.
        let seal = try store.seal()
        let round: ScoreRound? = blank ? .selfAssessment : nil
        let bytes = format.isBinary ? try DocumentRendering.binary(kind, format, snapshot: snapshot, round: round, blank: blank, seal: seal, words: words)
            : DocumentRendering.render(kind, format, snapshot: snapshot, round: round, blank: blank, seal: seal, words: words).map { Data($0.utf8) }
        guard let bytes else { return [.failed(ExportError.notOffered(kind, format))] }
        let path = FileManager.default.currentDirectoryPath + "/" + kind.fileName(format, for: snapshot.reference, blank: blank)
        do {
            try bytes.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            return [.failed(ExportError.cannotWrite(path: path))]
        }
        return [.exported(path: path)]
    }
}
