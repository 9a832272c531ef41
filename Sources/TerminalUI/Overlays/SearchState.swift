import Emulation

/// One thing the search found: a cluster-year, or a unit in one.
public struct SearchResult: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case cluster
        case unit
    }

    public var kind: Kind
    public var label: String
    public var clusterCode: String
    public var year: Int
}

/// `/`: a query that ignores diacritics, over clusters and units, and the chosen result.
public struct SearchState: Hashable, Sendable {
    public var field = TextField()
    public var results: [SearchResult] = []
    public var selection = Selection()

    public init() {}

    /// Matches on the folded text, so "vinh bao" finds "Vĩnh Bảo" and "d" finds "đ". Each
    /// cluster is searched in its newest year.
    public mutating func refresh(overviews: [ClusterOverview], visible: Int) {
        let query = field.text
        var found: [SearchResult] = []
        if !VietnameseFolding.fold(query).isEmpty {
            for overview in overviews {
                guard let latest = overview.years.max(by: { $0.year < $1.year }) else { continue }
                let cluster = overview.cluster
                if VietnameseFolding.matches(cluster.code + " " + cluster.name, query: query) {
                    found.append(SearchResult(kind: .cluster, label: cluster.name, clusterCode: cluster.code, year: latest.year))
                }
                for name in latest.unitNames where VietnameseFolding.matches(name, query: query) {
                    found.append(SearchResult(kind: .unit, label: name, clusterCode: cluster.code, year: latest.year))
                }
            }
        }
        results = found
        selection.moveTo(0, count: found.count, visible: visible)
    }
}
