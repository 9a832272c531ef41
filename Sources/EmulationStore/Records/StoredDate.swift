import Emulation

/// A calendar date as the file stores it: ISO text ("2024-05-19"). Text that is not a date is
/// refused on reading, with the column it is in, instead of being read as no date.
struct StoredDate: Codable, Hashable {
    var date: CalendarDate

    init(_ date: CalendarDate) {
        self.date = date
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date: \(text)")
        }
        self.date = date
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(date.iso)
    }
}
