import Documents
import Emulation

/// What the application asks the run loop to do; the results come back as actions.
/// No screen touches the database, the clock or the terminal.
public enum AppEffect: Hashable, Sendable {
    /// Reads the acting account and its roles as stored now.
    case loadAccount
    case loadHome
    /// Home's clusters, years and unit names without its counts of cells entered: what search
    /// and `:open` need, read after the first frame of another screen. Counting the cells reads
    /// every score of every year (a fifth of a second at a province's size, during which a key
    /// would wait): Home counts them when it is shown.
    case loadHomeNames
    case loadYear(code: String, year: Int)
    case loadDemo
    case createCluster(Cluster, year: Int)
    case setTheme(String)
    /// Saves one cell in its own transaction, with its audit row, over the value the clerk saw
    /// when they started typing (`expecting`), never over another clerk's newer one.
    case saveScore(code: String, year: Int, ScoreChange, reason: String, expecting: Expected<Points?>)
    /// Saves an item's note (an empty text removes it).
    case saveNote(code: String, year: Int, unitID: MemberUnit.ID, item: String, note: String, expecting: Expected<String?>)
    case saveCriteria(code: String, year: Int, CriteriaTree, expecting: Expected<CriteriaTree>)
    case loadPreviousCriteria(code: String, year: Int)
    /// Reads each unit's award history (`AwardHistoryLoad`).
    case loadHistory(code: String, year: Int)
    /// Saves a bonus or deduction with its reason (nil removes it).
    case saveAdjustment(code: String, year: Int, unitID: MemberUnit.ID, kind: Adjustment.Kind, Adjustment?, expecting: Expected<Adjustment?>)
    /// A change to a year's roster, pledge or stage, in its own transaction with its audit row.
    case changeYear(code: String, year: Int, YearChange)
    /// Writes a document of the year to a file in the working directory.
    case export(code: String, year: Int, ExportKind, format: DocumentFormat, blank: Bool = false)
    /// Writes the year's dossier for the province (Word files and its checklist) into a folder
    /// of the working directory.
    case writeDossier(code: String, year: Int)
    case suspend
    case quit
}

/// What happened: a terminal event, or the result of an effect.
public enum AppAction: Sendable {
    case event(TerminalEvent)
    /// The acting account, with its roles as stored now.
    case accountLoaded(Account)
    case homeLoaded([ClusterOverview])
    /// The overviews of `loadHomeNames`: their cells entered are not counted (zero) until Home
    /// is shown, which loads them whole.
    case homeNamesLoaded([ClusterOverview])
    case yearLoaded(YearSnapshot)
    case demoLoaded(loaded: [String], skipped: [String])
    case clusterCreated(code: String, year: Int)
    /// The theme put on; `warning` says why another (the default) was used in its place.
    case themeApplied(name: String, warning: ThemeError?)
    /// An effect could not be carried out: what went wrong, as it happened (storage's error or
    /// the run loop's own), put into words when shown (`AppShared.errorWording`).
    case failed(any Error)
    /// A cell could not be saved, for `error`; the year is reloaded so the screen shows what is stored.
    case saveFailed(any Error)
    /// Another clerk changed what `effect` would replace since this clerk saw it: nothing was
    /// written. The clerk's typed value goes back into its cell or form, beside theirs.
    case saveConflict(WriteConflict, effect: AppEffect)
    /// The file could not take the write (held by another process past our patience, full,
    /// read-only): nothing was written. The clerk's value goes back into its cell or form, with
    /// why (`error`, worded when shown), until they try again (Enter) or give it up (Esc).
    case saveNotMade(any Error, effect: AppEffect)
    /// A save has waited `seconds` for another process's write to end. The run loop shows it on
    /// a copy of the state, for the frames it draws meanwhile: the status line says why, the
    /// footer offers only Ctrl-C.
    case waitingForFile(seconds: Int)
    /// Keys typed after a save that was not made as typed were dropped, not applied past it.
    case typeAheadDropped
    case criteriaSaved
    /// The previous year's grid, or nil when there is no previous year.
    case previousCriteriaLoaded(CriteriaTree?)
    case historyLoaded(yearID: Int64, [MemberUnit.ID: [AwardHistoryEntry]])
    /// Another process changed the database (PRAGMA data_version moved).
    case externalChange
    /// A year change was saved: say so, and reload (or open the year it created).
    case yearChanged(SavedYearChange)
    case exported(path: String)
    /// The dossier was written: how many files, how many items its checklist says are missing.
    case dossierWritten(folder: String, files: Int, missing: Int)
}
