import Documents
import Emulation
import EmulationStore
import Foundation
import TerminalUI

extension RunLoop {
    /// Saves one change to a year (its own transaction and audit row) and says what was done.
    /// A refusal reloads the year, so the screen never shows what is not stored.
    mutating func apply(_ change: YearChange, effect: AppEffect, code: String, year: Int, state: AppState) -> [AppAction] {
        let words = state.words
        let edit = state.edit
        let today = Today.calendarDate()
        let name = { (id: MemberUnit.ID?) in id.flatMap { id in state.year?.units.first { $0.id == id }?.name } ?? "—" }
        var message = ""
        var open: (code: String, year: Int)?
        let actions = save(effect, state) { store in
            let reference = try store.clusterYear(code: code, year: year)
            switch change {
            case .addUnit(let unit, let role):
                try store.addUnit(reference, unit, role: role)
                message = edit.unitAdded(unit.name)
            case .updateUnit(let unit, let role, let expecting):
                try store.updateUnit(reference, unit, role: role, expecting: expecting)
                message = edit.unitSaved(unit.name)
            case .removeUnit(let id, let unitName):
                try store.removeUnit(reference, unitID: id)
                message = edit.unitRemoved(unitName)
            case .setUnitActive(let id, let unitName, let active):
                try store.setUnitActive(reference, unitID: id, active: active)
                message = active ? edit.unitActive(unitName) : edit.unitInactive(unitName)
            case .moveUnit(let id, let offset):
                try store.moveUnit(reference, unitID: id, by: offset)
                message = edit.unitMoved
            case .updateCluster(let cluster, let expecting):
                try store.updateCluster(cluster, expecting: expecting)
                message = edit.clusterSaved
            case .savePledgeHeader(let header, let expecting):
                try store.savePledgeHeader(reference, header, expecting: expecting)
                message = edit.pledgeSaved
            case .saveTask(let id, let text, let expecting):
                try store.saveTask(reference, id: id, text: text, expecting: expecting)
                message = edit.pledgeSaved
            case .moveTask(let id, let offset):
                try store.moveTask(reference, id: id, by: offset)
                message = edit.pledgeSaved
            case .saveDrive(let id, let drive, let expecting):
                try store.saveDrive(reference, id: id, drive, expecting: expecting)
                message = edit.pledgeSaved
            case .moveDrive(let id, let offset):
                try store.moveDrive(reference, id: id, by: offset)
                message = edit.pledgeSaved
            case .saveUnitPledge(let id, let models, let registrations, let signature, let expecting):
                try store.saveUnitPledge(reference, unitID: id, models: models, registrations: registrations,
                                         signature: signature.map { ($0.signer, $0.position, $0.date) }, expecting: expecting)
                message = edit.unitPledgeSaved(name(id))
            case .sign(let id, let signer, let position, let expecting):
                try store.sign(reference, unitID: id, signer: signer, position: position, date: today, expecting: expecting)
                message = edit.signedNow(name(id), today.vietnamese)
            case .recordVote(let tally, let expecting):
                guard let snapshot = state.year else { return }
                try store.recordVote(reference, tally, expecting: expecting)
                let award = snapshot.rules.award(code: tally.award).map(words.awardShort) ?? tally.award
                message = edit.voteRecorded(name(tally.unitID), award, edit.voteResult(tally.result(rules: snapshot.rules, memberCount: snapshot.units.count)))
            case .saveMeeting(let meeting, let expecting):
                try store.saveMeeting(reference, meeting, expecting: expecting)
                message = edit.meetingSaved
            case .advance:
                let status = try store.advance(reference)
                message = edit.stageChanged(words.status(status))
            case .reopen(let reason):
                try store.reopen(reference, reason: reason)
                message = edit.reopened
            case .openNextYear:
                let next = try store.openNextYear(after: reference)
                message = edit.nextYearOpened(code, next.year)
                open = (code, next.year)
            case .handover(let head, let deputy, let method, let date):
                try store.recordHandover(clusterCode: code, forYear: year + 1, head: head, deputy: deputy, method: method.rawValue, date: date ?? today)
                message = words.handoverRecorded(year + 1, name(head), name(deputy))
            }
        }
        if actions.contains(where: { switch $0 { case .saveFailed, .saveConflict, .saveNotMade: return true; default: return false } }) { return actions }
        return [.yearChanged(message: message, open: open)] + actions
    }

    /// Writes a document of the year into the working directory, all or nothing.
    func export(_ kind: ExportKind, format: DocumentFormat, code: String, year: Int, words: Catalogue) throws -> [AppAction] {
        let snapshot = try store.snapshot(code: code, year: year)
        guard let text = DocumentRendering.render(kind, format, snapshot: snapshot, words: words) else {
            return [.failed(DocumentRendering.notAvailable(kind, format, words: words))]
        }
        let path = FileManager.default.currentDirectoryPath + "/" + kind.fileName(format, for: snapshot.reference)
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            return [.failed(words.edit.cannotWrite(path))]
        }
        return [.exported(path: path)]
    }
}
