import Emulation

extension SavedYearChange {
    /// What the status line says was done, in the clerk's words. Units are named as the year
    /// on screen names them (the one the change was made from). An outcome that does not go
    /// with its change (the run loop makes none) says nothing.
    func message(_ shared: AppShared) -> String {
        let words = shared.words
        let edit = words.edit
        let name = { (id: MemberUnit.ID?) in id.flatMap { id in shared.year?.units.first { $0.id == id }?.name } ?? "—" }
        switch change {
        case .addUnit(let unit, _): return edit.unitAdded(unit.name)
        case .updateUnit(let unit, _, _): return edit.unitSaved(unit.name)
        case .removeUnit(_, let unitName): return edit.unitRemoved(unitName)
        case .setUnitActive(_, let unitName, let active): return active ? edit.unitActive(unitName) : edit.unitInactive(unitName)
        case .moveUnit: return edit.unitMoved
        case .updateCluster: return edit.clusterSaved
        case .savePledgeHeader, .saveTask, .moveTask, .saveDrive, .moveDrive: return edit.pledgeSaved
        case .saveUnitPledge(let id, _, _, _, _): return edit.unitPledgeSaved(name(id))
        case .sign(let id, _, _, _):
            guard case .signed(let date) = outcome else { return "" }
            return edit.signedNow(name(id), date.vietnamese)
        case .recordVote(let tally, _):
            guard let snapshot = shared.year else { return "" }
            let award = snapshot.rules.award(code: tally.award).map(words.awardShort) ?? tally.award
            return edit.voteRecorded(name(tally.unitID), award, edit.voteResult(tally.result(rules: snapshot.rules, memberCount: snapshot.units.count)))
        case .recordDecision(let decision, _): return words.decisions.saved(name(decision.unitID))
        case .saveMeeting: return edit.meetingSaved
        case .replaceRules: return words.rulesScreen.saved
        case .advance:
            guard case .stage(let status) = outcome else { return "" }
            return edit.stageChanged(words.status(status))
        case .reopen: return edit.reopened
        case .openNextYear:
            guard case .opened(let next) = outcome else { return "" }
            return edit.nextYearOpened(code, next)
        case .handover(let head, let deputy, _, _): return words.handoverRecorded(year + 1, name(head), name(deputy))
        }
    }
}
