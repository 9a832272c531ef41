/// Who entered a score: the unit itself (tự chấm) or the cluster at its meeting (cụm chấm).
public enum ScoreRound: String, CaseIterable, Sendable, Codable {
    case selfAssessment = "self"
    case cluster = "cluster"
}
