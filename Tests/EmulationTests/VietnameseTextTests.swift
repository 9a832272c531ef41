import Foundation
import Testing
@testable import Emulation

@Suite struct VietnameseTextTests {
    @Test(arguments: [
        ("Vĩnh Bảo", "vinh bao"), ("Đông Anh", "dong anh"), ("THỦY NGUYÊN", "thuy nguyen"),
        ("  Bạch   Long Vĩ ", "bach long vi"), ("Mường Lát", "muong lat"),
    ])
    func foldsDiacriticsCaseAndSpaces(text: String, folded: String) {
        #expect(VietnameseFolding.fold(text) == folded)
    }

    @Test func foldsDecomposedTextLikeComposed() {
        let decomposed = "Vĩnh Bảo".decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.count != "Vĩnh Bảo".unicodeScalars.count)
        #expect(VietnameseFolding.fold(decomposed) == "vinh bao")
    }

    @Test(arguments: [
        ("Vĩnh Bảo", "vinh bao", true), ("Vĩnh Bảo", "bảo", true), ("Đông Anh", "d", true),
        ("Đông Anh", "dong", true), ("Thủy Nguyên", "vinh", false), ("Gia Lâm", "", true),
    ])
    func matchesIgnoringDiacritics(text: String, query: String, expected: Bool) {
        #expect(VietnameseFolding.matches(text, query: query) == expected)
    }

    /// Each list is already in Vietnamese dictionary order.
    @Test(arguments: [
        ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y"],
        ["ba", "bà", "bả", "bã", "bá", "bạ", "bác"],
        ["An Dương", "An Lão", "Bạch Long Vĩ", "Cát Hải", "Kiến Thụy", "Thủy Nguyên", "Tiên Lãng", "Vĩnh Bảo"],
        ["Dung", "Đông Anh", "Gia Lâm"],
        ["Hà Trung", "Hải Phòng", "Hạnh"],
        ["Ô Môn", "Ơn", "Phú"],
        ["Uông Bí", "Ưng Hòa"],
    ])
    func sortsInVietnameseOrder(expected: [String]) {
        let shuffled = expected.reversed() + []
        #expect(shuffled.sortedVietnamese(by: { $0 }) == expected)
    }

    @Test func collationIgnoresNormalisationForm() {
        #expect(["Triệu Sơn", "Thọ Xuân".decomposedStringWithCanonicalMapping, "Thiệu Hóa"].sortedVietnamese(by: { $0 }).map(VietnameseFolding.fold)
            == ["thieu hoa", "tho xuan", "trieu son"])
    }
}
