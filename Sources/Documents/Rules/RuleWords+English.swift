import Emulation

extension RuleWords {
    public static let english = RuleWords(
        document: .english,
        title: { code, name, year in "Emulation rules – \(name) (\(code)), \(year)" },
        groupTitle: { group in
            switch group {
            case .scoring: return "Scoring"
            case .classification: return "The cluster's classification (the official grade is the authority's)"
            case .ranking: return "Ranking"
            case .awards: return "Awards (highest first; a unit is proposed for one at most)"
            case .eligibility: return "Eligibility"
            case .votes: return "Votes"
            }
        },
        finalScoreLabel: "Score that counts",
        finalScoreValue: { rule in
            switch rule {
            case .clusterElseSelf: return "the cluster's score; the self-score where there is none"
            case .higherOfTwo: return "the higher of the self and cluster scores"
            }
        },
        bonusLabel: "Bonus cap",
        deductionLabel: "Deduction cap",
        pointsValue: { "\($0) points" },
        gapLabel: "Gap flag",
        gapValue: { "self and cluster scores \($0)% of the item's maximum apart" },
        bandValue: { "from \($0) points" },
        tieBreaksLabel: "Equal totals, decided by",
        tieBreak: { tieBreak in
            switch tieBreak {
            case .majorSubtotal(let code): return "criterion \(code) subtotal"
            case .womenMajority: return "a collective of at least 70% women"
            }
        },
        noTieBreak: "nothing more: the units share the rank",
        awardOrderLabel: "Order",
        awardOrderValue: { $0 },
        noAwards: "no awards",
        awardFieldLabel: { field in
            switch field {
            case .name: return "name"
            case .shortName: return "short name"
            case .authority: return "granted by"
            case .recipient: return "recipient wording"
            case .band: return "classification needed"
            case .quota: return "quota"
            case .registration: return "registration"
            case .passesDown: return "passes down"
            case .source: return "source"
            }
        },
        awardBandValue: { "\($0) or better" },
        quotaValue: { quota, members in
            switch quota {
            case .unlimited: return "unlimited"
            case .count(let count): return "\(count)"
            case .percentOfMembers(let percent):
                return "\(percent)% of the members (\(quota.places(memberCount: members) ?? 0) of \(members) units)"
            }
        },
        registrationValue: { $0 ? "must be registered in the pledge" : "no registration needed" },
        passesDownValue: { $0 ? "yes: the next unit is considered when one above does not qualify"
                               : "no: only the cluster's leader is considered" },
        filledIn: { "(\($0))" },
        causesLabel: "Not proposed when",
        noCauses: "never",
        treatmentLabel: "Such a unit is",
        treatmentValue: { treatment in
            switch treatment {
            case .notProposed: return "not proposed this year"
            case .deferred: return "deferred until the matter is concluded"
            }
        },
        voteBaseLabel: "Share of votes for, out of",
        voteBaseValue: { base in
            switch base {
            case .present: return "the members present"
            case .allMembers: return "all members of the cluster"
            }
        },
        quorumLabel: "Quorum",
        quorumValue: { fraction, least, members in "\(fraction) of the members (at least \(least) of \(members))" },
        thresholdLabel: "Passes when for is",
        thresholdValue: { fraction, base in
            "above \(fraction) of " + (base == .present ? "the members present" : "all members")
        },
        sourceLabel: "Source",
        noSource: "thidua's default, no source — the cluster replaces it with its own decision",
        problem: { problem in
            switch problem {
            case .bandsOutOfOrder: return "Bands must fall: excellent ≥ good ≥ completed ≥ 0."
            case .bandAboveMaximum(let band, let threshold, let maximum):
                return "“\(DocumentWords.english.classification(band))” starts at \(DecimalText.format(threshold, trimWhole: true)) points, above the most a unit can reach (\(DecimalText.format(maximum, trimWhole: true)))."
            case .negativeCap(let kind): return (kind == .bonus ? "The bonus" : "The deduction") + " cap cannot be negative."
            case .gapPercentOutOfRange(let percent): return "The gap flag must be 1 to 100%, not \(percent)%."
            case .duplicateAwardCode(let code): return "The award code “\(code)” is used twice."
            case .emptyAwardCode: return "An award has no code."
            case .emptyAwardName(let code): return "The award “\(code)” has no name."
            case .negativeQuota(let code): return "The quota of “\(code)” cannot be negative."
            case .shareAboveAllMembers(let code, let percent): return "The quota of “\(code)” is \(percent)% of the members, above 100%."
            case .awardWithoutBand(let code): return "“\(code)” needs a classification (at least “completed”)."
            case .unknownTieBreakCriterion(let code): return "There is no major criterion “\(code)” to break ties with."
            case .duplicateTieBreak: return "A tie-break is listed twice."
            case .duplicateCause(let cause): return "The cause “\(DocumentWords.english.ineligibleCause(cause))” is listed twice."
            case .quorumOutOfRange(let fraction): return "The quorum must be above 0 and at most all members, not \(fraction.text)."
            case .thresholdOutOfRange(let fraction): return "The pass threshold must be from 0 to below 1, not \(fraction.text)."
            }
        }
    )
}
