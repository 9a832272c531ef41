/// What a cell means, never which colour it is: themes map roles to colours.
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
    case normal
    case title
    case header
    case border
    case muted
    case accent
    case selected
    case focusedCell
    case editing
    case footer
    case footerKey
    case statusInfo
    case statusError
    case scoreMissing
    case flagged
    case tied
    case ineligible
    case excellent
    case dialog
    case dialogTitle
    case searchMatch
    case barCriterion1
    case barCriterion2
    case barCriterion3
}
