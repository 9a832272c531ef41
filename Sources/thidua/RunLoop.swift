import Emulation
import EmulationStore
import Foundation
import TerminalUI

/// Carries out the interface's effects and feeds their results back, draws each frame and
/// waits for the next event. The only place where the screens meet the database and the terminal.
/// It needs no terminal of its own: any `TerminalBackend` will do (tests give it one in memory).
struct RunLoop {
    let store: EmulationStore
    let backend: any TerminalBackend
    let language: Language
    let environment: [String: String]
    /// The audit trail's last id: every change writes a row, so a new one means someone changed data.
    private var seenChange: Int64 = 0
    /// Keys typed while a save waited for the file: handled, in order, once it is saved.
    private var heldEvents: [TerminalEvent] = []
    /// The likeliest key's answer, worked out while the clerk reads the frame; every update of
    /// the state goes through `update`, which forgets it.
    private var ahead = FrameAhead()
    /// How long a save waits for another process's write (an import holds the file for seconds).
    static let lockPatience: TimeInterval = 60
    /// How often an idle screen looks for another clerk's change: what one clerk confirms is on
    /// the others' screens within about half a second (one row of sqlite_sequence per look).
    static let idleTickMilliseconds: Int32 = 500

    init(store: EmulationStore, backend: any TerminalBackend, language: Language, environment: [String: String]) {
        self.store = store
        self.backend = backend
        self.language = language
        self.environment = environment
    }

    var themeSearchPaths: [String] { ThemePaths.candidates() }

    /// Loads a theme (falling back to the default on any problem) and gives it to the terminal;
    /// the first problem, if any, says why the default was used.
    private func applyTheme(_ name: String) -> (name: String, warning: ThemeError?) {
        let (theme, warnings) = ThemeLoader.load(name: name, searchPaths: themeSearchPaths, environment: environment)
        backend.apply(theme: theme, depth: ColorDepth.effective(terminal: backend.colorDepth, environment: environment))
        return (warnings.isEmpty ? name : theme.name, warnings.first)
    }

    mutating func run(screen: ScreenID, cluster: String?, year: Int?, themeName: String) {
        var state = AppState(size: backend.size, language: language, themeName: themeName,
                             availableThemes: ThemeLoader.availableThemes(searchPaths: themeSearchPaths, environment: environment))
        // Errors reach the screens as they happened and are worded as the command line words them.
        state.errorWording = ErrorWording { ErrorWords.describe($0, words: $1, onScreen: true) }
        state.currentYear = Today.calendarDate().year
        state.today = Today.calendarDate()
        var pending = App.start(&state, screen: screen, cluster: cluster, year: year)
        // Home counts every cluster-year of the file: opened on another screen, that screen is
        // drawn first, then only what search and `:open` need of Home is read (its names, not
        // its counts of cells, which Home reads when it is shown).
        var afterFirstFrame: [AppEffect] = []
        if screen != .home, pending.contains(where: \.loadsHome) {
            afterFirstFrame = [.loadHomeNames]
            pending.removeAll(where: \.loadsHome)
        }
        // The starting theme is applied quietly; only a problem with it is worth a message.
        let initial = applyTheme(themeName)
        state.themeName = initial.name
        if let warning = initial.warning { pending += update(&state, .themeApplied(name: initial.name, warning: warning)) }
        seenChange = (try? store.lastChange()) ?? 0
        var lastLook = DispatchTime.now().uptimeNanoseconds
        // A look that fell due while keys kept coming waits for the key's frame: the clerk sees
        // their key answered first, and the look (a read transaction) follows it.
        var lookAfterFrame = false
        // The frame of a key answered ahead, drawn instead of rendering the state again.
        var readyFrame: Buffer?
        while true {
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                for action in perform(effect, state: state) {
                    pending += update(&state, action)
                }
                if state.quitRequested { return }
            }
            if state.quitRequested { return }
            backend.draw(readyFrame ?? App.render(state))
            readyFrame = nil
            if !afterFirstFrame.isEmpty {
                pending = afterFirstFrame
                afterFirstFrame = []
                continue
            }
            if lookAfterFrame {
                lookAfterFrame = false
                lastLook = DispatchTime.now().uptimeNanoseconds
                if lookForChange(&state, into: &pending) { continue }
            }
            if heldEvents.isEmpty {
                // What the frame did not need of the year is worked out while the clerk reads it.
                state.shared.workOutReview()
                ahead.workOut(from: state)
            }
            let event = heldEvents.isEmpty ? backend.nextEvent(timeoutMilliseconds: Self.idleTickMilliseconds) : heldEvents.removeFirst()
            if let event {
                if let answer = ahead.take(event) {
                    state = answer.state
                    readyFrame = answer.frame
                } else {
                    pending = update(&state, .event(event))
                }
            }
            // Looked for on the idle tick, and at least once a tick while keys keep coming, not
            // after every key.
            let now = DispatchTime.now().uptimeNanoseconds
            if event == nil {
                lastLook = now
                _ = lookForChange(&state, into: &pending)
            } else if now - lastLook >= UInt64(Self.idleTickMilliseconds) * 1_000_000 {
                lookAfterFrame = true
            }
        }
    }

    /// Whether another process changed the file since the last look (the audit trail's last
    /// id moved); the screen is then told, and its reload joins `pending`.
    private mutating func lookForChange(_ state: inout AppState, into pending: inout [AppEffect]) -> Bool {
        guard let change = try? store.lastChange(), change != seenChange else { return false }
        seenChange = change
        pending += update(&state, .externalChange)
        return true
    }

    /// The run loop's every update of the state: the answer worked out ahead was the old
    /// state's, so it goes.
    private mutating func update(_ state: inout AppState, _ action: AppAction) -> [AppEffect] {
        ahead.forget()
        return App.update(&state, action)
    }

    /// Home's clusters and years, counted in SQL: Home never loads every score of every year.
    private func overviews(countingCells: Bool) throws -> [ClusterOverview] {
        let summaries = Dictionary(grouping: try store.yearSummaries(countingCells: countingCells), by: \.clusterCode)
        return try store.clusters().map { cluster in
            ClusterOverview(cluster: cluster.cluster, years: (summaries[cluster.cluster.code] ?? []).map { summary in
                YearOverview(year: summary.year, status: summary.status, members: summary.unitNames.count, signed: summary.signed,
                             entered: summary.entered, total: summary.unitNames.count * summary.items, votes: summary.votes,
                             unitNames: summary.unitNames)
            })
        }
    }

    private mutating func perform(_ effect: AppEffect, state: AppState) -> [AppAction] {
        do {
            switch effect {
            case .loadAccount:
                return [.accountLoaded(try store.currentAccount())]
            case .loadHome:
                return [.homeLoaded(try overviews(countingCells: true))]
            case .loadHomeNames:
                return [.homeNamesLoaded(try overviews(countingCells: false))]
            case .loadYear(let code, let year):
                return [.yearLoaded(try store.snapshot(code: code, year: year))]
            case .loadDemo:
                let report = try store.loadDemo(today: Today.calendarDate())
                seenChange = try store.lastChange()
                return [.demoLoaded(loaded: report.loaded, skipped: report.skipped)]
            case .createCluster(let cluster, let year):
                try store.createClusterWithYear(cluster, year: year)
                seenChange = try store.lastChange()
                return [.clusterCreated(code: cluster.code, year: year)]
            case .setTheme(let name):
                let applied = applyTheme(name)
                return [.themeApplied(name: applied.name, warning: applied.warning)]
            case .saveScore(let code, let year, let change, let reason, let expecting):
                return save(effect, state) { store in
                    try store.setScore(try store.clusterYear(code: code, year: year),
                                       ScoreEntry(unitID: change.unitID, item: change.item, round: change.round, points: change.new),
                                       reason: reason, expecting: expecting)
                }
            case .saveNote(let code, let year, let unitID, let item, let note, let expecting):
                return save(effect, state) { store in
                    try store.setNote(try store.clusterYear(code: code, year: year), unitID: unitID, item: item, note: note, expecting: expecting)
                }
            case .saveAdjustment(let code, let year, let unitID, let kind, let adjustment, let expecting):
                return save(effect, state) { store in
                    try store.setAdjustment(try store.clusterYear(code: code, year: year), unitID: unitID, kind: kind, adjustment, expecting: expecting)
                }
            case .saveCriteria(let code, let year, let tree, let expecting):
                let actions = save(effect, state) { store in
                    try store.replaceCriteria(try store.clusterYear(code: code, year: year), with: tree, expecting: expecting)
                }
                // The editor stays open on a refusal, with the reason; it closes once saved.
                if let failure = actions.first, case .saveFailed(let error) = failure { return [.failed(error)] + actions.dropFirst() }
                if let failure = actions.first, case .saveNotMade = failure { return actions }
                if actions.contains(where: { if case .saveConflict = $0 { return true } else { return false } }) { return actions }
                return [.criteriaSaved] + actions
            case .loadPreviousCriteria(let code, let year):
                return [.previousCriteriaLoaded(try store.previousTree(try store.clusterYear(code: code, year: year)))]
            case .changeYear(let code, let year, let change):
                return apply(change, effect: effect, code: code, year: year, state: state)
            case .export(let code, let year, let kind, let format, let blank):
                // The document is written in the clerk's language.
                return try export(kind, format: format, blank: blank, code: code, year: year, words: state.words)
            case .loadHistory(let code, let year):
                let reference = try store.clusterYear(code: code, year: year)
                return [.historyLoaded(yearID: reference.id, try store.awardHistory(code: code, year: year))]
            case .writeDossier(let code, let year):
                // Word files in the clerk's language, in a folder of the working directory.
                let folder = FileManager.default.currentDirectoryPath + "/" + DossierWriter.folderName(code: code, year: year)
                let outcome = try DossierWriter.write(store: store, code: code, year: year, to: folder, formats: [.docx], words: state.words.documents)
                return [.dossierWritten(folder: outcome.folder, files: outcome.written.count, missing: outcome.gaps.count)]
            case .suspend:
                backend.suspend()
                return []
            case .quit:
                return []
            }
        } catch {
            return [.failed(FileTrouble.reported(error))]
        }
    }
}

extension RunLoop {
    /// One change saved in its own transaction. A refusal reloads the year, so the screen never
    /// shows what is not stored; another clerk's newer write, a file that cannot take the write,
    /// or a role the account no longer holds, gives the clerk's value back to them. While another process holds the file (an
    /// import), the save waits with the screen saying so, and the keys typed meanwhile wait too:
    /// none of them moves past a value that is not saved.
    mutating func save(_ effect: AppEffect, _ state: AppState, _ work: (EmulationStore) throws -> Void) -> [AppAction] {
        let started = Date()
        var hungUp = false
        while true {
            do {
                // Someone else wrote since the last look: after this save, reload what is on screen.
                let before = try store.lastChange()
                let othersWrote = before != seenChange
                try work(store)
                // Another clerk committed between that look and this write taking the lock (it
                // waited for them), which the next line would otherwise count as seen: reload then
                // too. Told by the audit row newest under the lock, not by the time taken: a slow
                // save on a busy machine is no one else's change.
                let waited = store.lastWriteBase.map { $0 != before } ?? false
                seenChange = try store.lastChange()
                return othersWrote || waited ? [.externalChange] : []
            } catch StoreError.conflict(let conflict) {
                // The reload that follows shows theirs: no second "someone changed the data" on top.
                seenChange = (try? store.lastChange()) ?? seenChange
                // Keys typed after it were meant for what came next: a held Enter must not mean "keep mine".
                return [.saveConflict(conflict, effect: effect)] + (dropTypeAhead() ? [.typeAheadDropped] : [])
            } catch let error where FileTrouble.isBusy(error) {
                let waited = Date().timeIntervalSince(started)
                if waited < Self.lockPatience, waitForFile(state, seconds: Int(waited), hungUp: &hungUp) { continue }
                return giveBack(FileTrouble.stillBusy, effect: effect)
            } catch let error where FileTrouble.keepsTypedValue(error) {
                return giveBack(FileTrouble.reported(error), effect: effect)
            } catch StoreError.notAllowed(let refusal) {
                // The account's roles changed since the screen looked (an admin revoked one):
                // the screen learns them, and the value goes back to the clerk with the reason.
                let account = (try? store.currentAccount()).map { [AppAction.accountLoaded($0)] } ?? []
                return giveBack(StoreError.notAllowed(refusal), effect: effect) + account
            } catch {
                return [.saveFailed(FileTrouble.reported(error))] + (dropTypeAhead() ? [.typeAheadDropped] : [])
            }
        }
    }

    /// A quarter of a second of waiting: the screen says why and for how long, the keys typed
    /// meanwhile are held. False when the clerk stops waiting (Ctrl-C). After a hang-up there
    /// is nobody to ask: the save goes on waiting, so the value is still saved if it can be.
    private mutating func waitForFile(_ state: AppState, seconds: Int, hungUp: inout Bool) -> Bool {
        if hungUp {
            Thread.sleep(forTimeInterval: 0.25)
            return true
        }
        var shown = state
        // A copy, drawn once: the state itself does not change.
        _ = App.update(&shown, .waitingForFile(seconds: seconds))
        backend.draw(App.render(shown))
        let deadline = Date().addingTimeInterval(0.25)
        while Date() < deadline {
            let remaining = Int32(max(1, deadline.timeIntervalSinceNow * 1_000))
            guard let event = backend.nextEvent(timeoutMilliseconds: remaining) else { continue }
            switch event {
            case .key(.control("c")): return false
            case .hangUp:
                hungUp = true
                heldEvents.append(event)
                return true
            default: heldEvents.append(event)
            }
        }
        return true
    }

    /// The value goes back to the clerk, unsaved, with why. Keys typed after it were meant for
    /// what came next: they are dropped (the terminal's too), never applied past it.
    private mutating func giveBack(_ why: any Error, effect: AppEffect) -> [AppAction] {
        [.saveNotMade(why, effect: effect)] + (dropTypeAhead() ? [.typeAheadDropped] : [])
    }

    /// Drops the keys typed after a save that was not made as typed: those held during a wait
    /// and those still in the terminal. Resizes and a hang-up are kept. True when keys went.
    private mutating func dropTypeAhead() -> Bool {
        var dropped = heldEvents.contains { if case .key = $0 { return true } else { return false } }
        heldEvents.removeAll { if case .key = $0 { return true } else { return false } }
        while let event = backend.nextEvent(timeoutMilliseconds: 0) {
            switch event {
            case .key: dropped = true
            case .resize: heldEvents.append(event)
            case .hangUp:
                // Reported for ever once it happened: keep it once and stop reading.
                heldEvents.append(event)
                backend.discardTypeAhead()
                return dropped
            }
        }
        backend.discardTypeAhead()
        return dropped
    }
}

/// Where theme files are looked for, after the user's ~/.config/thidua/themes: ./themes, and
/// themes/ beside or above the executable (a `swift run` build lives in .build/debug/).
enum ThemePaths {
    static func candidates() -> [String] {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        var paths = [FileManager.default.currentDirectoryPath + "/themes"]
        var folder = executable
        for _ in 0..<4 {
            paths.append(folder.appendingPathComponent("themes").path)
            folder = folder.deletingLastPathComponent()
        }
        paths.append(executable.deletingLastPathComponent().appendingPathComponent("share/thidua/themes").path)
        return paths
    }
}

private extension AppEffect {
    var loadsHome: Bool {
        if case .loadHome = self { return true }
        return false
    }
}
