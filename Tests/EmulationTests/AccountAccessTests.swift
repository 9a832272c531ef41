import Testing
@testable import Emulation

/// Who may enter which score: the own-unit rule and the clerk's unit come from the account's
/// roles (once `RuleSet.mayEnter` with a unit named on the command line).
@Suite struct AccountAccessTests {
    static let clerk = Account(login: "tran.thi.b", fullName: "Trần Thị B", grants: [RoleGrant(role: .clerk, cluster: "QA", unitID: 3, unitName: "Vĩnh Bảo")])
    static let secretary = Account(login: "le.van.c", fullName: "Lê Văn C", grants: [RoleGrant(role: .secretary, cluster: "QA", unitID: 3, unitName: "Vĩnh Bảo")])

    @Test func aUnitNeverEntersItsOwnClusterScore() {
        #expect(Self.secretary.refusal(.clusterScore(unit: 3), in: "QA")?.reason == .ownUnit)
        #expect(Self.secretary.refusal(.clusterScore(unit: 4), in: "QA") == nil, "another unit's cluster score is the secretary's")
        #expect(Self.clerk.refusal(.clusterScore(unit: 3), in: "QA")?.reason == .ownUnit)
        // Not even an admin who also belongs to the unit.
        let adminAndClerk = Account(login: "an", fullName: "An", grants: [RoleGrant(role: .admin)] + Self.clerk.grants)
        #expect(adminAndClerk.refusal(.clusterScore(unit: 3), in: "QA")?.reason == .ownUnit)
        #expect(adminAndClerk.refusal(.clusterScore(unit: 4), in: "QA") == nil)
        #expect(Account(login: "admin", fullName: "Admin", grants: [RoleGrant(role: .admin)]).refusal(.clusterScore(unit: 3), in: "QA") == nil,
                "an admin of no unit")
    }

    @Test func aClerkEntersTheSelfAssessmentOfTheirOwnUnitOnly() {
        #expect(Self.clerk.refusal(.selfScore(unit: 3), in: "QA") == nil)
        #expect(Self.clerk.refusal(.selfScore(unit: 4), in: "QA")?.reason == .otherUnit)
        #expect(Self.clerk.refusal(.selfScore(unit: 3), in: "HP-KH")?.reason == .needsRole, "a role in one cluster only")
        #expect(Self.secretary.refusal(.selfScore(unit: 4), in: "QA")?.reason == .needsRole, "self-assessment is the unit's own")
    }

    @Test func aViewerOnlyReads() {
        let viewer = Account(login: "xem", fullName: "Người Xem", grants: [RoleGrant(role: .viewer, cluster: "QA")])
        #expect(viewer.onlyReads("QA"))
        #expect(!Self.clerk.onlyReads("QA"))
        #expect(viewer.may(.read, in: "QA"))
        for action: GuardedAction in [.selfScore(unit: 3), .clusterScore(unit: 3), .unitNote(unit: 3), .adjustment(unit: 3), .editRoster, .recordVote] {
            #expect(viewer.refusal(action, in: "QA")?.reason == .needsRole, "\(action)")
        }
    }
}
