import Emulation

/// What every document of a cluster-year's dossier is written from: the year, its review, the
/// next year when it is open (its pledge is signed at the same meeting), the words, and the
/// audit seal's line.
public struct OfficialContext: Sendable {
    public var snapshot: YearSnapshot
    public var review: Review
    public var next: YearSnapshot?
    /// Each unit's record across years (storage's `awardHistory`), for the reports.
    public var history: [MemberUnit.ID: [AwardHistoryEntry]]
    public var words: DocumentWords
    public var official: OfficialWords
    /// The seal's line as documents print it; nil prints none.
    public var seal: String?

    /// `review`: the year's review when the caller holds it already (a screen does).
    public init(snapshot: YearSnapshot, review: Review? = nil, next: YearSnapshot? = nil, history: [MemberUnit.ID: [AwardHistoryEntry]] = [:],
                words: DocumentWords, seal: String? = nil) {
        self.history = history
        self.snapshot = snapshot
        self.review = review ?? snapshot.review()
        self.next = next
        self.words = words
        self.official = OfficialWords.matching(words)
        self.seal = seal.map { words.seal($0) + " (" + words.sealCheck($0) + ")" }
    }

    var year: Int { snapshot.reference.year }
    var cluster: Cluster { snapshot.cluster }
    var meeting: MeetingRecord { snapshot.meeting }

    /// The cluster as the issuer: its authority above it, its name in bold.
    func clusterHeading(symbol: String, date: CalendarDate?) -> OfficialDocument.Heading {
        OfficialDocument.Heading(parent: cluster.authority.uppercased(), issuer: cluster.name.uppercased(),
                                 number: official.number(symbol + "-" + official.clusterSymbol(cluster.kind)),
                                 placeAndDate: official.placeAndDate(Self.placeName(of: cluster), date, date?.year ?? year + 1),
                                 nationalTitle: official.nationalTitle, motto: official.motto)
    }

    /// Decree 30's place name: the province or city the cluster's authority governs
    /// ("UBND thành phố Hải Phòng" → "Hải Phòng"); the authority itself when it names none.
    static func placeName(of cluster: Cluster) -> String {
        var words = cluster.authority.split(separator: " ").map(String.init)
        let bodies = [["ủy", "ban", "nhân", "dân"], ["ubnd"]]
        for body in bodies where words.count > body.count && words.prefix(body.count).map({ $0.lowercased() }) == body {
            words.removeFirst(body.count)
        }
        for level in [["thành", "phố"], ["tỉnh"]] where words.count > level.count && words.prefix(level.count).map({ $0.lowercased() }) == level {
            words.removeFirst(level.count)
        }
        return words.joined(separator: " ")
    }

    /// The head unit of the year: the one whose leader signs for the cluster.
    var headUnit: MemberUnit? {
        zip(snapshot.units, snapshot.memberships).first { $0.1.role == .head }?.0
    }

    /// The award's authority with the cluster's filled in ("Chủ tịch UBND thành phố Hải Phòng").
    func authority(of award: AwardRule) -> String { AwardWording.authority(award.authority, cluster: cluster) }

    /// The award's name with the cluster's authority in it (AwardWording.officialName).
    func awardName(_ award: AwardRule) -> String { AwardWording.officialName(words.awardName(award), cluster: cluster) }

    func recipient(_ unit: MemberUnit, for award: AwardRule) -> String { AwardWording.recipient(award.recipient, unit: unit) }

    /// The vote on a unit's award, when taken.
    func vote(unitID: MemberUnit.ID, award: String) -> Review.AppliedVote? {
        review.votes.first { $0.tally.unitID == unitID && $0.tally.award == award }
    }

    /// The secretary (left) and the chair (right), as the minutes and count records are signed.
    var meetingSignatures: (left: OfficialDocument.Signature, right: OfficialDocument.Signature) {
        let block = { (title: String, name: String) in
            OfficialDocument.Signature([.init(title, .title), .init(official.signHint, .hint), .init("", .space), .init(name, .name)])
        }
        return (block(official.signSecretary, meeting.secretary), block(official.signChair, meeting.chair))
    }
}
