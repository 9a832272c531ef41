/// A cluster-year as stored: its row ids, its code and year, and its status.
public struct ClusterYearReference: Hashable, Sendable {
    public var id: Int64
    public var clusterID: Int64
    public var clusterCode: String
    public var year: Int
    public var status: ClusterYearStatus

    public init(id: Int64, clusterID: Int64, clusterCode: String, year: Int, status: ClusterYearStatus) {
        self.id = id
        self.clusterID = clusterID
        self.clusterCode = clusterCode
        self.year = year
        self.status = status
    }
}

