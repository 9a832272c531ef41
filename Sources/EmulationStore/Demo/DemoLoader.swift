import Emulation
import Foundation

extension EmulationStore {
    public struct DemoReport: Sendable, Hashable {
        public var loaded: [String]
        public var skipped: [String]
    }

    /// Loads the demo clusters; a cluster whose code already exists is left alone, so running
    /// it twice duplicates nothing.
    public func loadDemo(today: CalendarDate) throws -> DemoReport {
        var report = DemoReport(loaded: [], skipped: [])
        let existing = Set(try clusters().map(\.cluster.code))
        for (seed, demo) in DemoClusters.all.enumerated() {
            if existing.contains(demo.cluster.code) {
                report.skipped.append(demo.cluster.code)
                continue
            }
            try load(demo, seed: UInt64(seed + 1), today: today)
            report.loaded.append(demo.cluster.code)
        }
        return report
    }

    /// One demo cluster in one transaction: a failure leaves nothing half loaded behind.
    private func load(_ demo: DemoClusters.Year, seed: UInt64, today: CalendarDate) throws {
        try write(.createCluster, in: nil) { db in
            _ = try Self.insertCluster(db, demo.cluster, audit: audit)
            let reference = try Self.insertYear(db, clusterCode: demo.cluster.code, year: demo.year, tree: .standard, rules: .standard,
                                                note: DemoClusters.note(for: demo.cluster.code), audit: audit)
            var unitIDs: [String: Int64] = [:]
            for (index, unit) in demo.units.enumerated() {
                let id = try Self.insertUnit(db, clusterID: reference.clusterID, MemberUnit(id: 0, name: unit.name, kind: unit.kind),
                                             audit: audit, clusterCode: demo.cluster.code)
                unitIDs[unit.name] = id
                try Self.upsertMembership(db, reference, unitID: id, role: unit.role, position: index + 1, eligibility: .eligible, audit: audit)
            }

            if !demo.tasks.isEmpty || !demo.drives.isEmpty {
                try Self.savePledge(db, reference, title: demo.pledgeTitle, slogan: "Đoàn kết, đổi mới, sáng tạo, hoàn thành xuất sắc nhiệm vụ",
                                    date: demo.pledgeDate, place: demo.pledgePlace, tasks: demo.tasks, drives: demo.drives, audit: audit)
            }
            for unit in demo.units {
                let id = unitIDs[unit.name]!
                if !unit.models.isEmpty { try Self.setModels(db, reference, unitID: id, models: unit.models, audit: audit) }
                if unit.registeredForGovernmentFlag {
                    try Self.setRegistrations(db, reference, unitID: id, awards: [RuleSet.governmentFlag], audit: audit)
                }
                if demo.signed, let date = demo.pledgeDate {
                    try Self.sign(db, reference, unitID: id, signer: "Chủ tịch UBND huyện \(unit.name)", position: "", date: date, audit: audit)
                }
            }

            var generator = ScoreGenerator(seed: seed)
            var lookups = ScoreLookups(reference)
            let tree = CriteriaTree.standard
            for (index, unit) in demo.units.enumerated() {
                let id = unitIDs[unit.name]!
                for (major, target) in zip(tree.majors, unit.subtotals) {
                    let items = major.leaves
                    let maxima = items.map(\.maximum.hundredths)
                    let cluster = generator.spread(target, maxima: maxima)
                    // One flagged gap per unit, in a different criterion each time, to show the marker.
                    let gapItem = major.code == tree.majors[index % tree.majors.count].code ? index % items.count : nil
                    let own = generator.selfScores(cluster: cluster, maxima: maxima, gapItem: gapItem)
                    for (item, (clusterValue, selfValue)) in zip(items, zip(cluster, own)) {
                        try Self.apply(db, reference, ScoreEntry(unitID: id, item: item.code, round: .cluster, points: Points(hundredths: clusterValue)),
                                       lookups: &lookups, audit: audit, reason: "demo: generated scores")
                        try Self.apply(db, reference, ScoreEntry(unitID: id, item: item.code, round: .selfAssessment, points: Points(hundredths: selfValue)),
                                       lookups: &lookups, audit: audit, reason: "demo: generated scores")
                    }
                }
            }

            if let next = demo.nextHead, let head = unitIDs[next.head] {
                try Self.recordHandover(db, clusterCode: demo.cluster.code, forYear: demo.year + 1, head: head,
                                        deputy: next.deputy.flatMap { unitIDs[$0] }, method: next.method,
                                        date: CalendarDate(year: demo.year, month: 12, day: 20) ?? today, audit: audit)
            }
            if demo.status != .pledge {
                try Self.setStatus(db, reference, to: demo.status, reason: "demo", audit: audit)
            }
        }
    }
}
