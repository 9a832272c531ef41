import Foundation
import Testing
import TestSupport
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

    /// Names typed precomposed are weighed letter by letter from a table, without decomposing
    /// them: every letter of the Latin blocks the table covers, alone and in random mixes with
    /// ASCII, must weigh what its decomposition weighs, and anything else must step aside.
    @Test func weighingPrecomposedLettersGivesWhatTheirDecompositionGives() {
        let letters = (Array(0xA0..<0x250) + Array(0x1E00...0x1EFF)).compactMap(Unicode.Scalar.init).map { String($0) }
        for letter in letters + letters.map({ "Xã " + $0 + "a" }) {
            let table = VietnameseCollationKey.weightsOfPrecomposed(letter)
            #expect(table == nil || table == VietnameseCollationKey.weightsOfDecomposition(letter), "\(RandomMixes.scalars(letter))")
        }
        let vietnamese = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
        let pieces = vietnamese.map(String.init) + vietnamese.uppercased().map(String.init) + [" ", "1", "-", "(", "Z", "\u{301}", "\r", "中"]
        var byTable = 0
        for text in RandomMixes.texts(of: pieces, seed: 1201) {
            guard let weights = VietnameseCollationKey.weightsOfPrecomposed(text) else {
                #expect(text.unicodeScalars.contains { $0.value == 0x301 || $0.value == 0x0D || $0.value > 0x1EFF }, "\(RandomMixes.scalars(text))")
                continue
            }
            byTable += 1
            #expect(weights == VietnameseCollationKey.weightsOfDecomposition(text), "\(RandomMixes.scalars(text))")
        }
        #expect(byTable > 1_000)
    }

    /// A ranking sorts every name of a province (10,000) by this key, so Vietnamese names are
    /// read scalar by scalar; on any mix of letters, marks, controls and other scripts the key
    /// must be the one read character by character, or the fast path must step aside.
    @Test func weighingByScalarsGivesWhatWeighingByCharactersGives() {
        let pieces = ["a", "Z", " ", "Đ", "đ", "ệ", "Ữ", "Ă", "ơ", "\u{301}", "\u{323}", "\u{306}", "\u{31B}", "\u{302}", "\u{308}",
                      "\r", "\n", "\r\n", "\u{7F}", "\u{85}", "\u{A0}", "\u{AD}", "Ø", "ß", "İ", "1", "-", "(", "中", "😀", "Σ", "ʼ"]
        var readByScalars = 0
        for text in RandomMixes.texts(of: pieces, seed: 2026) {
            guard let byScalars = VietnameseCollationKey.weightsByScalars(text) else { continue }
            readByScalars += 1
            #expect(byScalars == VietnameseCollationKey.weightsByCharacters(text), "\(RandomMixes.scalars(text))")
        }
        #expect(readByScalars > 1_000)
        for name in ["Bạch Long Vĩ", "Thủy Nguyên".decomposedStringWithCanonicalMapping, "ĐÔNG ANH", "Phường 12 (cũ)"] {
            #expect(VietnameseCollationKey.weightsByScalars(name) != nil, "a Vietnamese name is read by scalars")
        }
    }

    /// An import trims every field; the trim must be Foundation's `.whitespaces` trim (spaces,
    /// tabs, no-break and other space separators; never a line break) on any mix.
    @Test func trimmingWhitespacesIsFoundationsTrim() {
        let pieces = [" ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "\u{202F}", "\n", "\r\n", "\u{85}", "\u{2028}", "a", "9,75", "ệ", "\u{301}",
                      "Đ", "\u{200B}", "\u{FEFF}", "中", "", "\u{B}", "\r", "\u{1F}", "~"]
        var trimmed = 0
        for text in RandomMixes.texts(of: pieces, seed: 18) {
            let expected = text.trimmingCharacters(in: .whitespaces)
            if expected != text { trimmed += 1 }
            #expect(text.trimmingWhitespaces() == expected, "\(RandomMixes.scalars(text))")
        }
        #expect(trimmed > 1_000)
    }

    /// Search and the importer's name matching fold Latin and Vietnamese from a table, scalar
    /// by scalar; on any mix of letters (precomposed or not), marks, spaces, controls and other
    /// scripts the fold must be the one made by decomposing the whole text.
    @Test func foldingFromTheTableGivesWhatDecomposingGives() {
        let letters = (Array(0x00..<0x250) + Array(0x300..<0x370) + Array(0x1E00...0x1EFF)).compactMap(Unicode.Scalar.init).map { String($0) }
        for letter in letters + letters.map({ "Xã " + $0 + "a" }) {
            #expect(VietnameseFolding.fold(letter) == VietnameseFolding.foldedByDecomposing(letter), "\(RandomMixes.scalars(letter))")
        }
        let pieces = ["a", "Z", " ", "  ", "\t", "Đ", "đ", "ệ", "Ữ", "Ă", "ơ", "\u{301}", "\u{323}", "\u{306}", "\u{31B}", "\u{302}", "\u{345}",
                      "\r", "\n", "\r\n", "\u{7F}", "\u{85}", "\u{A0}", "\u{AD}", "Ø", "ß", "İ", "ǅ", "1", "-", "(", "中", "😀", "Σ", "ʼ", "\u{2003}", "\u{1D165}"]
        var byTable = 0
        for text in RandomMixes.texts(of: pieces, seed: 1202) {
            if text.unicodeScalars.allSatisfy({ VietnameseFolding.Table.shared.fold(of: $0) != nil }) { byTable += 1 }
            #expect(VietnameseFolding.fold(text) == VietnameseFolding.foldedByDecomposing(text), "\(RandomMixes.scalars(text))")
            #expect(VietnameseFolding.fold(text.decomposedStringWithCanonicalMapping) == VietnameseFolding.fold(text), "\(RandomMixes.scalars(text))")
        }
        #expect(byTable > 1_000)
    }

    /// The importer trims every name and score; most have nothing to trim and are returned as
    /// they are. On any mix the trim must be the whitespace trim, scalar by scalar.
    @Test func trimmingSpacesTrimsWhitespaceAtBothEnds() {
        let pieces = [" ", "\t", "\u{A0}", "\u{3000}", "\n", "\r\n", "\u{85}", "\u{2028}", "a", "9,75", "ệ", "\u{301}", "Đ", "\u{200B}", "中", "",
                      "\u{B}", "\u{C}", "\r", "\u{1F}", "~"]
        var trimmed = 0
        for text in RandomMixes.texts(of: pieces, seed: 91) {
            var scalars = Array(text.unicodeScalars)
            while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
            while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
            let expected = String(String.UnicodeScalarView(scalars))
            if expected != text { trimmed += 1 }
            #expect(text.trimmingSpaces() == expected, "\(RandomMixes.scalars(text))")
        }
        #expect(trimmed > 1_000)
    }

    @Test func collationIgnoresNormalisationForm() {
        #expect(["Triệu Sơn", "Thọ Xuân".decomposedStringWithCanonicalMapping, "Thiệu Hóa"].sortedVietnamese(by: { $0 }).map(VietnameseFolding.fold)
            == ["thieu hoa", "tho xuan", "trieu son"])
    }
}
