import Emulation
import EmulationStore
import Foundation

// One clerk of the load benchmark (LoadBenchmark.swift starts N of these as separate processes):
// `thidua-bench worker --db PATH --index I --start EPOCH --deadline EPOCH --out FOLDER`.
// It opens its own store as "clerk-I", waits for the start time, then writes back-to-back until
// the deadline, and leaves what it did and what it believes is stored in FOLDER/worker-I.json.

/// What one worker did and what it believes it saved: written by the worker, read by the parent.
struct LoadWorkerResult: Codable {
    /// Counts and latencies of one kind of write.
    struct Tally: Codable {
        var attempted = 0
        var saved = 0
        var conflicts = 0
        var failed = 0
        /// Wall time of each store call, in microseconds, by outcome.
        var savedMicros: [Int] = []
        var conflictMicros: [Int] = []
        var failedMicros: [Int] = []
    }

    struct Vote: Codable, Equatable {
        var present: Int
        var votesFor: Int
        var votesAgainst: Int
    }

    var index: Int
    var actor: String
    /// Set when the worker could not open the file or read the year: it wrote nothing.
    var setupError: String?
    /// When the worker was ready to write (seconds since 1970); later than the start is a late start.
    var readyAt: Double = 0
    var tallies: [String: Tally] = [:]
    /// Failed writes' error descriptions, with how many times each was seen.
    var errors: [String: Int] = [:]
    /// Reloads of the year that failed (reads, not writes), by description.
    var readErrors: [String: Int] = [:]
    var snapshotReloads = 0
    /// Conflicts on things only this worker writes: nobody else could have changed them.
    var conflictsOnOwnData = 0
    /// Conflicts whose stored value (as the refusal reports it) is the one the write expected.
    var conflictsNotReal = 0
    /// The last value this worker believes it saved, for each thing it alone writes.
    var selfScores: [String: Int] = [:]
    var notes: [String: String] = [:]
    var tasks: [String: String] = [:]
    var votes: [String: Vote] = [:]

    var saved: Int { tallies.values.reduce(0) { $0 + $1.saved } }
}

enum LoadKind {
    static let selfScore = "self-score (own unit)"
    static let clusterScore = "cluster score (shared)"
    static let note = "note (own unit)"
    static let taskAdd = "pledge task added"
    static let taskEdit = "pledge task edited"
    static let vote = "vote (own unit)"
    static let all = [selfScore, clusterScore, note, taskAdd, taskEdit, vote]
}

/// A small seeded generator: each worker makes the same choices on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum LoadWorker {
    /// Tasks each worker keeps: once it has this many it edits them instead of adding more.
    static let tasksPerWorker = 3
    /// How often the shared cells are reloaded, like a clerk's screen that refreshes.
    static let refreshSeconds = 1.0

    static func main(_ arguments: [String]) -> Int32 {
        var options: [String: String] = [:]
        var rest = arguments[...]
        while let name = rest.popFirst() {
            guard name.hasPrefix("--"), let value = rest.popFirst() else {
                FileHandle.standardError.write(Data("worker: unexpected argument \(name)\n".utf8))
                return 2
            }
            options[String(name.dropFirst(2))] = value
        }
        guard let path = options["db"], let index = options["index"].flatMap(Int.init), let out = options["out"],
              let start = options["start"].flatMap(Double.init), let deadline = options["deadline"].flatMap(Double.init) else {
            FileHandle.standardError.write(Data("usage: thidua-bench worker --db PATH --index I --start EPOCH --deadline EPOCH --out FOLDER\n".utf8))
            return 2
        }
        var result = LoadWorkerResult(index: index, actor: "clerk-\(index)")
        do {
            var clerk = try Clerk(path: path, index: index)
            let wait = start - clerk.result.readyAt
            if wait > 0 { Thread.sleep(forTimeInterval: wait) }
            clerk.run(until: deadline)
            result = clerk.result
        } catch {
            result.setupError = describe(error, path: path)
        }
        let file = URL(fileURLWithPath: out).appendingPathComponent("worker-\(index).json")
        do {
            try JSONEncoder().encode(result).write(to: file, options: .atomic)
        } catch {
            FileHandle.standardError.write(Data("worker \(index): cannot write \(file.path): \(error)\n".utf8))
            return 1
        }
        return result.setupError == nil ? 0 : 1
    }

    /// An error in words, without the file's path (the same for every worker).
    static func describe(_ error: Error, path: String) -> String {
        String(describing: error).replacingOccurrences(of: path, with: "<db>")
    }
}

/// One clerk's session: its store, what its screen shows, what it believes it saved.
struct Clerk {
    let store: EmulationStore
    let path: String
    let reference: ClusterYearReference
    let ownUnit: MemberUnit.ID
    let sharedUnit: MemberUnit.ID
    let items: [(code: String, maximum: Int)]
    let awards: [String]
    let memberCount: Int
    var random: SplitMix64
    var result: LoadWorkerResult

    /// The clerk's screen: the year as last loaded, with its own saved shared cells put in.
    var screen: YearSnapshot
    var loadedAt = DispatchTime.now()
    /// What the clerk believes is stored in what it alone writes (resynchronised after a
    /// conflict there, which should never happen); `result` keeps what it believes it saved.
    var knownSelfScores: [String: Points] = [:]
    var knownNotes: [String: String] = [:]
    var knownTasks: [Int64: String] = [:]
    var knownVotes: [String: VoteTally] = [:]
    var writeNumber = 0

    init(path: String, index: Int) throws {
        self.path = path
        store = try EmulationStore(path: path, login: "clerk-\(index)")
        screen = try store.snapshot(code: LoadBenchmark.clusterCode, year: LoadBenchmark.year)
        reference = screen.reference
        guard screen.units.count > index else { throw LoadBenchmarkError.rosterTooShort(units: screen.units.count, worker: index) }
        ownUnit = screen.units[index].id
        sharedUnit = screen.units[0].id
        items = screen.tree.items.map { ($0.code, $0.maximum.hundredths) }
        awards = RuleSet.standard.awards.map(\.code)
        memberCount = screen.units.count
        random = SplitMix64(state: 0x7468_6964_7561 &+ UInt64(index) &* 1_000_003)
        result = LoadWorkerResult(index: index, actor: "clerk-\(index)")
        // A fresh year holds nothing of this unit; start from what is stored all the same.
        knownSelfScores = screen.scores[ownUnit]?.selfAssessment ?? [:]
        knownNotes = screen.notes[ownUnit] ?? [:]
        for vote in screen.votes where vote.unitID == ownUnit { knownVotes[vote.award] = vote }
        result.readyAt = Date().timeIntervalSince1970
    }

    mutating func run(until deadline: Double) {
        loadedAt = DispatchTime.now()
        while Date().timeIntervalSince1970 < deadline {
            writeNumber += 1
            if Double(DispatchTime.now().uptimeNanoseconds - loadedAt.uptimeNanoseconds) / 1e9 >= LoadWorker.refreshSeconds {
                reload()
            }
            switch Int.random(in: 0..<100, using: &random) {
            case 0..<30: selfScore()
            case 30..<55: clusterScore()
            case 55..<70: note()
            case 70..<85: task()
            default: vote()
            }
        }
    }

    enum Outcome {
        case saved
        case conflict(WriteConflict)
        case failed
    }

    /// Times one store call.
    func timed(_ body: () throws -> Void) -> (outcome: Outcome, micros: Int, error: String?) {
        let start = DispatchTime.now().uptimeNanoseconds
        var outcome: Outcome
        var errorText: String?
        do {
            try body()
            outcome = .saved
        } catch StoreError.conflict(let conflict) {
            outcome = .conflict(conflict)
        } catch {
            outcome = .failed
            errorText = LoadWorker.describe(error, path: path)
        }
        return (outcome, Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000), errorText)
    }

    /// Files a timed store call under `kind`. `expectedText` is the expected value as a
    /// refusal would show it; `owned`: only this worker writes the thing.
    mutating func record(_ kind: String, expectedText: String?, owned: Bool, _ call: (outcome: Outcome, micros: Int, error: String?)) -> Outcome {
        var tally = result.tallies[kind] ?? LoadWorkerResult.Tally()
        tally.attempted += 1
        switch call.outcome {
        case .saved:
            tally.saved += 1
            tally.savedMicros.append(call.micros)
        case .conflict(let conflict):
            tally.conflicts += 1
            tally.conflictMicros.append(call.micros)
            if owned { result.conflictsOnOwnData += 1 }
            if conflict.theirs == expectedText { result.conflictsNotReal += 1 }
        case .failed:
            tally.failed += 1
            tally.failedMicros.append(call.micros)
            result.errors["\(kind): \(call.error ?? "")", default: 0] += 1
        }
        result.tallies[kind] = tally
        return call.outcome
    }

    /// Reloads the year, as a clerk's screen does every second and after a conflict.
    mutating func reload() {
        loadedAt = DispatchTime.now()
        do {
            screen = try store.snapshot(code: LoadBenchmark.clusterCode, year: LoadBenchmark.year)
            result.snapshotReloads += 1
        } catch {
            result.readErrors[LoadWorker.describe(error, path: path), default: 0] += 1
        }
    }

    /// A value in 0…maximum (hundredths) other than `current`.
    mutating func points(maximum: Int, other current: Points?) -> Points {
        while true {
            let value = Points(hundredths: Int.random(in: 0...maximum, using: &random))
            if value != current { return value }
        }
    }

    mutating func selfScore() {
        let item = items[Int.random(in: 0..<items.count, using: &random)]
        let known = knownSelfScores[item.code]
        let value = points(maximum: item.maximum, other: known)
        let call = timed {
            try store.setScore(reference, ScoreEntry(unitID: ownUnit, item: item.code, round: .selfAssessment, points: value),
                               expecting: .value(known))
        }
        let outcome = record(LoadKind.selfScore, expectedText: known.map { DecimalText.format($0) }, owned: true, call)
        switch outcome {
        case .saved:
            knownSelfScores[item.code] = value
            result.selfScores[item.code] = value.hundredths
        case .conflict:
            reload()
            knownSelfScores[item.code] = screen.scores[ownUnit]?.selfAssessment[item.code]
        case .failed: break
        }
    }

    mutating func clusterScore() {
        let item = items[Int.random(in: 0..<items.count, using: &random)]
        let seen = screen.scores[sharedUnit]?.cluster[item.code]
        let value = points(maximum: item.maximum, other: seen)
        let call = timed {
            try store.setScore(reference, ScoreEntry(unitID: sharedUnit, item: item.code, round: .cluster, points: value),
                               expecting: .value(seen))
        }
        let outcome = record(LoadKind.clusterScore, expectedText: seen.map { DecimalText.format($0) }, owned: false, call)
        switch outcome {
        case .saved:
            // The clerk's screen shows what it just saved.
            screen.scores[sharedUnit, default: UnitScores()].cluster[item.code] = value
        case .conflict, .failed:
            reload()
        }
    }

    mutating func note() {
        let item = items[Int.random(in: 0..<items.count, using: &random)].code
        let known = knownNotes[item]
        let text = "Minh chứng \(result.actor) lần \(writeNumber)"
        let call = timed {
            try store.setNote(reference, unitID: ownUnit, item: item, note: text, expecting: .value(known))
        }
        let outcome = record(LoadKind.note, expectedText: known, owned: true, call)
        switch outcome {
        case .saved:
            knownNotes[item] = text
            result.notes[item] = text
        case .conflict:
            reload()
            knownNotes[item] = screen.notes[ownUnit]?[item]
        case .failed: break
        }
    }

    mutating func task() {
        let text = "Nhiệm vụ của \(result.actor), lần \(writeNumber)"
        guard knownTasks.count >= LoadWorker.tasksPerWorker else {
            var newID: Int64?
            let call = timed {
                newID = try store.saveTask(reference, id: nil, text: text)
            }
            let outcome = record(LoadKind.taskAdd, expectedText: nil, owned: true, call)
            if case .saved = outcome, let newID {
                knownTasks[newID] = text
                result.tasks[String(newID)] = text
            }
            return
        }
        let id = knownTasks.keys.sorted()[Int.random(in: 0..<knownTasks.count, using: &random)]
        let known = knownTasks[id]
        let call = timed {
            try store.saveTask(reference, id: id, text: text, expecting: .value(known))
        }
        let outcome = record(LoadKind.taskEdit, expectedText: known, owned: true, call)
        switch outcome {
        case .saved:
            knownTasks[id] = text
            result.tasks[String(id)] = text
        case .conflict:
            reload()
            if let index = screen.pledge.taskIDs.firstIndex(of: id) { knownTasks[id] = screen.pledge.tasks[index] }
        case .failed: break
        }
    }

    mutating func vote() {
        let award = awards[Int.random(in: 0..<awards.count, using: &random)]
        let known = knownVotes[award]
        var tally: VoteTally
        repeat {
            let present = Int.random(in: 1...memberCount, using: &random)
            let votesFor = Int.random(in: 0...present, using: &random)
            let votesAgainst = Int.random(in: 0...(present - votesFor), using: &random)
            tally = VoteTally(unitID: ownUnit, award: award, present: present, votesFor: votesFor, votesAgainst: votesAgainst)
        } while tally == known
        // As the store words a stored vote in a conflict (PledgeStore.recordVote).
        let expectedText = known.map { "\($0.present)/\($0.votesFor)/\($0.votesAgainst)" }
        let call = timed {
            try store.recordVote(reference, tally, expecting: .value(known))
        }
        let outcome = record(LoadKind.vote, expectedText: expectedText, owned: true, call)
        switch outcome {
        case .saved:
            knownVotes[award] = tally
            result.votes[award] = LoadWorkerResult.Vote(present: tally.present, votesFor: tally.votesFor, votesAgainst: tally.votesAgainst)
        case .conflict:
            reload()
            knownVotes[award] = screen.votes.first { $0.unitID == ownUnit && $0.award == award }
        case .failed: break
        }
    }
}
