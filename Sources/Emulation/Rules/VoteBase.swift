/// What the pass threshold is measured against: the members present at the meeting, or all
/// members of the cluster (the seeds only say the meeting "thống nhất … suy tôn").
public enum VoteBase: String, CaseIterable, Hashable, Sendable, Codable {
    case present
    case allMembers
}
