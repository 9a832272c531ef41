import Emulation

/// A small cluster-year built in memory (no database): 8 units, the 7th under inspection, the
/// 1st registered for the Government flag and signed. The screens' and the documents' tests
/// both start from it.
public enum DemoYear {
    public static let cluster = Cluster(code: "HP-KH", name: "Cụm thi đua Khối huyện", kind: .cluster, authority: "UBND thành phố Hải Phòng")
    public static let names = ["Vĩnh Bảo", "Thủy Nguyên", "An Lão", "Kiến Thụy", "Tiên Lãng", "An Dương", "Cát Hải", "Bạch Long Vĩ"]

    public static func snapshot(status: ClusterYearStatus = .review) -> YearSnapshot {
        let tree = CriteriaTree.standard
        var units: [MemberUnit] = []
        var memberships: [Membership] = []
        var scores: [MemberUnit.ID: UnitScores] = [:]
        for (index, name) in names.enumerated() {
            let id = MemberUnit.ID(index + 1)
            units.append(MemberUnit(id: id, name: name, kind: "huyện", eligibility: index == 6 ? .ineligible(.inspection, note: "2023") : .eligible))
            memberships.append(Membership(unitID: id, role: index == 0 ? .head : (index == 1 ? .deputy : .member), position: index + 1))
            var unitScores = UnitScores()
            for (itemIndex, item) in tree.items.enumerated() {
                // Unit 1 highest; deterministic small differences; one missing self-score.
                let value = max(0, item.maximum.hundredths - index * 25 - (itemIndex % 3) * 10)
                unitScores.cluster[item.code] = Points(hundredths: value)
                if !(index == 7 && itemIndex == 2) {
                    // Unit 3's item 1.5 is self-scored 3 points below the cluster: a flagged gap.
                    let own = itemIndex == 4 && index == 2 ? max(0, value - 300) : min(item.maximum.hundredths, value + 20)
                    unitScores.selfAssessment[item.code] = Points(hundredths: own)
                }
            }
            scores[id] = unitScores
        }
        var pledge = Pledge(title: "Giao ước thi đua năm 2023", tasks: ["Nhiệm vụ một", "Nhiệm vụ hai"])
        pledge.taskIDs = [11, 12] // as stored: edits name their line by id
        pledge.registrations[1] = [RuleSet.governmentFlag]
        pledge.signatures[1] = Pledge.Signature(signer: "A", position: "Chủ tịch", date: CalendarDate(year: 2023, month: 2, day: 1)!, tasksVersion: 1)
        return YearSnapshot(reference: ClusterYearReference(id: 1, clusterID: 1, clusterCode: cluster.code, year: 2023, status: status),
                            cluster: cluster, note: "", rules: .standard, tree: tree, units: units, memberships: memberships,
                            scores: scores, notes: [:], pledge: pledge, votes: [])
    }
}
