import Emulation

/// The achievement report (báo cáo thành tích) of one proposed unit: a skeleton the unit
/// completes, filled with what thidua knows (its scores by criterion, rank, classification,
/// bonus and deduction with their reasons, its pledge's tasks, models and titles), with headed
/// sections marked for the unit to write (OfficialDocument.placeholderMark).
extension OfficialContext {
    public func report(_ entry: ProposalsDocument.Entry, award: AwardRule) -> OfficialDocument {
        let unit = entry.ranked.unit
        let result = entry.ranked.result
        let scores = snapshot.scores[unit.id] ?? UnitScores()
        let format = { (points: Points?) in points.map { DecimalText.format($0) } ?? "" }
        var body: [OfficialDocument.Block] = [.section(official.reportSectionOverview), .placeholder(official.reportOverviewPlaceholder),
                                              .section(official.reportSectionAchievements), .subsection(official.reportPartScores(year, cluster.name))]
        var rows: [[String]] = []
        for major in snapshot.tree.majors {
            rows.append([major.code + ". " + major.title, DecimalText.format(major.maximum, trimWhole: true), "", "",
                         DecimalText.format(result.subtotal(major: major.code))])
            for item in major.leaves {
                rows.append([item.code + " " + item.title, DecimalText.format(item.maximum, trimWhole: true), format(scores.score(item.code, in: .selfAssessment)),
                             format(scores.score(item.code, in: .cluster)), format(result.finalItem(item.code))])
            }
        }
        body.append(.table(TextTable(header: [official.columnCriterion, official.columnMaximum, official.columnSelf, official.columnCluster,
                                              official.columnFinal], rows: rows, rightAligned: [1, 2, 3, 4])))
        if let bonus = scores.bonus, bonus.points > .zero { body.append(.paragraph(official.reportBonus(DecimalText.format(bonus.points), bonus.reason))) }
        if let deduction = scores.deduction, deduction.points > .zero {
            body.append(.paragraph(official.reportDeduction(DecimalText.format(deduction.points), deduction.reason)))
        }
        body.append(.paragraph(official.reportTotal(DecimalText.format(result.total), entry.ranked.rank, snapshot.units.count,
                                                    words.classification(result.classification))))
        body.append(.subsection(official.reportPartPledge))
        for (number, task) in snapshot.pledge.tasks.enumerated() { body.append(.item("\(number + 1). \(task)")) }
        let models = snapshot.pledge.models[unit.id] ?? []
        if !models.isEmpty { body.append(.paragraph(official.reportModels(models.joined(separator: "; ")))) }
        let titles = (snapshot.pledge.registrations[unit.id] ?? []).sorted().compactMap { snapshot.rules.award(code: $0).map(awardName) }
        if !titles.isEmpty { body.append(.paragraph(official.reportRegistered(titles.joined(separator: "; ")))) }
        body.append(.placeholder(official.reportPledgePlaceholder))
        body.append(.subsection(official.reportPartDrives))
        body.append(.placeholder(official.reportDrivesPlaceholder))
        body.append(.section(official.reportSectionAwards))
        // What the cluster's own records hold: the earlier years' results and the province's decisions.
        for earlier in (history[unit.id] ?? []) where earlier.year < year {
            body.append(.item("- " + words.history(earlier)))
        }
        body.append(.placeholder(official.reportAwardsPlaceholder))

        let issuer = Self.issuer(of: unit)
        let heading = OfficialDocument.Heading(parent: "", issuer: issuer.uppercased(), number: official.number("BC-" + Self.symbol(of: unit)),
                                               placeAndDate: official.placeAndDate(unit.name, nil, year + 1),
                                               nationalTitle: official.nationalTitle, motto: official.motto)
        let confirm = OfficialDocument.Signature([.init(official.reportConfirm, .title), .init(official.signAndStamp, .hint)])
        let leader = OfficialDocument.Signature([
            .init(unit.leaderPosition.isEmpty ? official.reportLeaderPlaceholder : unit.leaderPosition.uppercased(), .title),
            .init(official.signAndStamp, .hint), .init("", .space), .init(unit.leader, .name),
        ])
        return OfficialDocument(heading: heading, kind: official.reportKind,
                                summary: official.reportSummary(awardName(award), recipient(unit, for: award), year), body: body,
                                left: confirm, right: leader, seal: seal)
    }

    /// A commune, district or town is issued for by its People's Committee ("UBND huyện Vĩnh
    /// Bảo"); a department by itself ("Sở Tài chính").
    static func issuer(of unit: MemberUnit) -> String {
        let governed = ["xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "thành phố", "tỉnh", "đặc khu"]
        let kind = unit.kind.trimmingSpaces()
        if governed.contains(kind.lowercased()) { return "UBND " + kind + " " + unit.name }
        return kind.isEmpty ? unit.name : kind + " " + unit.name
    }

    /// The issuer's part of a report's symbol: "UBND" for a People's Committee, else the unit's short name.
    static func symbol(of unit: MemberUnit) -> String {
        issuer(of: unit).hasPrefix("UBND ") ? "UBND" : (unit.shortName.isEmpty ? "ĐV" : unit.shortName)
    }
}
