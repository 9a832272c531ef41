/// The placeholders an award's authority and recipient wording may hold, filled in for one
/// cluster and unit: "Chủ tịch {cấp trên}" → "Chủ tịch UBND thành phố Hải Phòng",
/// "Cán bộ và Nhân dân {loại} {tên}" → "Cán bộ và Nhân dân huyện Vĩnh Bảo".
public enum AwardWording {
    /// The cluster's authority (the body above it, `Cluster.authority`).
    public static let authorityPlaceholder = "{cấp trên}"
    /// The unit's kind ("huyện", "xã", "sở").
    public static let kindPlaceholder = "{loại}"
    /// The unit's name.
    public static let namePlaceholder = "{tên}"

    public static let clusterAuthority = authorityPlaceholder
    public static let defaultRecipient = "Cán bộ và Nhân dân \(kindPlaceholder) \(namePlaceholder)"

    public static func authority(_ template: String, cluster: Cluster) -> String {
        tidy(template.replacing(authorityPlaceholder, with: cluster.authority))
    }

    public static func recipient(_ template: String, unit: MemberUnit) -> String {
        tidy(template.replacing(kindPlaceholder, with: unit.kind).replacing(namePlaceholder, with: unit.name))
    }

    /// An award's name as the documents sent up write it: the generic "UBND tỉnh/thành phố" of
    /// the default names, or the placeholder, becomes the cluster's authority ("Cờ thi đua của
    /// UBND thành phố Hải Phòng").
    public static func officialName(_ name: String, cluster: Cluster) -> String {
        let authority = cluster.authority.trimmingSpaces()
        guard !authority.isEmpty else { return name }
        return tidy(name.replacing(authorityPlaceholder, with: authority).replacing("UBND tỉnh/thành phố", with: authority))
    }

    /// An empty kind leaves no double space behind.
    private static func tidy(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
