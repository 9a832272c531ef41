import Testing
@testable import Emulation

@Suite struct RotationAndPledgeTests {
    static func roster(head: MemberUnit.ID?, count: Int = 5) -> [Membership] {
        (1...count).map { Membership(unitID: MemberUnit.ID($0), role: MemberUnit.ID($0) == head ? .head : .member, position: $0) }
    }

    struct RotationCase: Sendable, CustomTestStringConvertible {
        var head: MemberUnit.ID?
        var ineligible: Set<MemberUnit.ID>
        var nextHead: MemberUnit.ID?
        var nextDeputy: MemberUnit.ID?
        var testDescription: String { "head \(String(describing: head)), ineligible \(ineligible.sorted())" }
    }

    static let rotationCases: [RotationCase] = [
        RotationCase(head: 1, ineligible: [], nextHead: 2, nextDeputy: 3),
        RotationCase(head: 4, ineligible: [], nextHead: 5, nextDeputy: 1),          // wraps around
        RotationCase(head: 5, ineligible: [], nextHead: 1, nextDeputy: 2),
        RotationCase(head: 1, ineligible: [2], nextHead: 3, nextDeputy: 4),         // skips a unit ineligible this year
        RotationCase(head: 4, ineligible: [5, 1], nextHead: 2, nextDeputy: 3),
        RotationCase(head: nil, ineligible: [], nextHead: 1, nextDeputy: 2),        // no head yet: start at the top
        RotationCase(head: 1, ineligible: [2, 3, 4, 5], nextHead: 1, nextDeputy: nil), // only the current head is eligible
        RotationCase(head: 1, ineligible: [1, 2, 3, 4, 5], nextHead: nil, nextDeputy: nil),
    ]

    @Test(arguments: rotationCases)
    func rotationPicksTheNextEligibleUnits(_ rotation: RotationCase) {
        let choice = HeadRotation.propose(roster: Self.roster(head: rotation.head), ineligible: rotation.ineligible)
        #expect(choice.head == rotation.nextHead)
        #expect(choice.deputy == rotation.nextDeputy)
        if let head = choice.head { #expect(choice.deputy != head) }
    }

    @Test func rotationFollowsRosterPositionNotArrayOrder() {
        let roster = [Membership(unitID: 10, role: .member, position: 3), Membership(unitID: 20, role: .head, position: 1),
                      Membership(unitID: 30, role: .member, position: 2)]
        #expect(HeadRotation.propose(roster: roster, ineligible: []) == HeadRotation.Choice(head: 30, deputy: 10))
    }

    @Test func signaturesAfterATaskChangeAreOfAnEarlierVersion() {
        let date = CalendarDate(year: 2020, month: 2, day: 7)!
        var pledge = Pledge(tasks: ["a", "b"])
        pledge.signatures[1] = Pledge.Signature(signer: "X", position: "Chủ tịch", date: date, tasksVersion: pledge.tasksVersion)
        #expect(pledge.signedCount(members: [1, 2]) == 1)
        pledge.replaceTasks(["a", "b"])
        #expect(pledge.signedCount(members: [1, 2]) == 1, "the same tasks do not invalidate a signature")
        pledge.replaceTasks(["a", "b", "c"])
        #expect(pledge.signatureState(of: 1) == .signedEarlierVersion(pledge.signatures[1]!))
        #expect(pledge.signatureState(of: 2) == .pending)
        #expect(pledge.signedCount(members: [1, 2]) == 0)
        pledge.signatures[1]?.tasksVersion = pledge.tasksVersion
        #expect(pledge.signedCount(members: [1, 2]) == 1)
    }

    @Test(arguments: [(0, true), (1, false), (2, false), (3, true)])
    func modelCountOutsideOneToTwoIsUnusual(count: Int, unusual: Bool) {
        let pledge = Pledge(models: [1: Array(repeating: "m", count: count)])
        #expect(pledge.modelCountIsUnusual(for: 1) == unusual)
    }

    @Test(arguments: [
        ("2020-02-07", "07/02/2020"), ("07/02/2020", "07/02/2020"), ("2024-02-29", "29/02/2024"),
    ])
    func datesParseInBothForms(text: String, vietnamese: String) {
        #expect(CalendarDate(parsing: text)?.vietnamese == vietnamese)
    }

    @Test(arguments: ["2023-02-29", "2020-13-01", "7/2", "", "abcd-01-01", "2020-02-07x"])
    func invalidDatesAreRefused(text: String) {
        #expect(CalendarDate(parsing: text) == nil)
    }

    @Test func statusMovesForwardAndClosedIsReadOnly() {
        #expect(ClusterYearStatus.pledge.next == .scoring)
        #expect(ClusterYearStatus.review.next == .closed)
        #expect(ClusterYearStatus.closed.next == nil)
        #expect(ClusterYearStatus.closed.isReadOnly)
        #expect(!ClusterYearStatus.scoring.isReadOnly)
    }
}
