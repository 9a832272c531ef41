import Testing
@testable import Emulation

@Suite struct CriteriaEditingTests {
    @Test func rowsListEveryNodeDepthFirstWithItsPath() {
        let rows = CriteriaTree.standard.rows
        #expect(rows.count == 18)
        #expect(rows[0].path == [0] && rows[0].node.code == "1")
        #expect(rows[1].path == [0, 0] && rows[1].node.code == "1.1")
        #expect(rows[8].path == [1] && rows[8].node.code == "2")
    }

    @Test func insertingMovingAndRemovingKeepTheSumsVisible() {
        var tree = CriteriaTree.standard
        let added = tree.insert(Criterion(code: "1.8", title: "Mới", maximum: Points(2)), after: [0, 6])
        #expect(added == [0, 7])
        #expect(tree.problems() == [.childrenDoNotAddUp(code: "1", maximum: Points(50), sumOfChildren: Points(52))])
        tree.update(at: [0]) { $0.maximum = Points(52) }
        tree.update(at: [1]) { $0.maximum = Points(28) }
        tree.update(at: [1, 0]) { $0.maximum = Points(6) }
        #expect(tree.problems().isEmpty)
        #expect(tree.total == Points(100))
        #expect(tree.move(at: [0, 7], by: -1) == [0, 6])
        #expect(tree.node(at: [0, 6])?.code == "1.8")
        #expect(tree.move(at: [0, 0], by: -1) == [0, 0], "the first cannot move up")
        tree.remove(at: [0, 6])
        #expect(tree.node(at: [0, 6])?.code == "1.7")
        let child = tree.appendChild(Criterion(code: "3.4", title: "x", maximum: Points(1)), to: [2])
        #expect(child == [2, 3])
    }
}
