import Emulation
import TestSupport
@testable import TerminalUI

/// The screens' fixture: DemoYear's cluster-year (shared with the documents' tests), the home
/// overview and a state with the year open.
enum DemoFixture {
    static let cluster = DemoYear.cluster
    static let names = DemoYear.names

    static func snapshot(status: ClusterYearStatus = .review) -> YearSnapshot { DemoYear.snapshot(status: status) }

    static func overviews() -> [ClusterOverview] {
        let other = YearSnapshot(reference: ClusterYearReference(id: 2, clusterID: 2, clusterCode: "HN-10", year: 2020, status: .scoring),
                                 cluster: Cluster(code: "HN-10", name: "Cụm thi đua số 10", kind: .cluster, authority: "UBND thành phố Hà Nội"),
                                 note: "", rules: .standard, tree: .standard,
                                 units: ["Sóc Sơn", "Thanh Trì", "Mê Linh", "Gia Lâm", "Đông Anh"].enumerated().map { MemberUnit(id: Int64(20 + $0.offset), name: $0.element) },
                                 memberships: [], scores: [:], notes: [:], pledge: Pledge(), votes: [])
        return [ClusterOverview(cluster: other.cluster, years: [YearOverview(other)]),
                ClusterOverview(cluster: cluster, years: [YearOverview(snapshot())])]
    }

    /// A state at a size with the demo loaded and the year open.
    static func state(size: Size = Size(rows: 24, columns: 80), screen: ScreenID = .home, language: Language = .vietnamese) -> AppState {
        var state = AppState(size: size, language: language, themeName: "default", availableThemes: ["default", "high-contrast", "light", "mono"])
        _ = App.update(&state, .homeLoaded(overviews()))
        if screen != .home {
            _ = App.update(&state, .yearLoaded(snapshot()))
        }
        state.screen = screen
        // The update that follows in the app lays out the screen now shown (`Screen.prepare`).
        _ = App.update(&state, .event(.resize(size)))
        return state
    }
}

/// The accounts the screens' tests act as, with roles in the demo cluster (HP-KH): the acting
/// account, as the run loop loads it (`AppShared.account`).
enum DemoAccount {
    static let cluster = DemoYear.cluster.code

    /// A unit's clerk: its self-scores, notes, bonus and deduction claims, pledge and signature.
    static func clerk(of unit: MemberUnit.ID, cluster: String = cluster) -> Account {
        Account(login: "tran.thi.b", fullName: "Trần Thị B",
                grants: [RoleGrant(role: .clerk, cluster: cluster, unitID: unit, unitName: DemoYear.names[Int(unit) - 1])])
    }

    /// The cluster's secretary, from `unit` when given (whose cluster score they never enter).
    static func secretary(of unit: MemberUnit.ID? = nil) -> Account {
        Account(login: "le.van.c", fullName: "Lê Văn C",
                grants: [RoleGrant(role: .secretary, cluster: cluster, unitID: unit, unitName: unit.map { DemoYear.names[Int($0) - 1] })])
    }

    static let viewer = Account(login: "pham.van.d", fullName: "Phạm Văn D", grants: [RoleGrant(role: .viewer, cluster: cluster)])
    static let admin = Account(login: "nguyen.van.a", fullName: "Nguyễn Văn A", grants: [RoleGrant(role: .admin)])
}

/// Keys fed to the root update as a clerk types them, for every suite that drives the screens.
protocol KeyPressing {}

extension KeyPressing {
    @discardableResult
    func press(_ keys: [Key], _ state: inout AppState) -> [AppEffect] {
        keys.flatMap { App.update(&state, .event(.key($0))) }
    }

    func type(_ text: String) -> [Key] { text.map(Key.character) }
}
