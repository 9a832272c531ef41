import Foundation
import ZIPFoundation

/// The ZIP container of a Word file, through weichsel/ZIPFoundation: written in memory with a
/// fixed timestamp (the same document gives the same bytes), and read back for its text.
public enum DocxPackage {
    /// 1 January 2000: ZIP keeps DOS times, which start in 1980.
    private static let timestamp = Date(timeIntervalSince1970: 946_684_800)

    static func zip(_ parts: [(path: String, text: String)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            let data = Data(part.text.utf8)
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: timestamp,
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// The text of a Word file's body (every run, tags dropped), or nil when the file is not one.
    /// The dossier reads a report back to see whether its unit replaced every placeholder.
    public static func bodyText(of url: URL) -> String? {
        guard let archive = try? Archive(url: url, accessMode: .read) else { return nil }
        return bodyText(archive)
    }

    public static func bodyText(of data: Data) -> String? {
        guard let archive = try? Archive(data: data, accessMode: .read) else { return nil }
        return bodyText(archive)
    }

    private static func bodyText(_ archive: Archive) -> String? {
        guard let entry = archive["word/document.xml"] else { return nil }
        var data = Data()
        guard (try? archive.extract(entry, consumer: { data.append($0) })) != nil, let xml = String(data: data, encoding: .utf8) else { return nil }
        return xml.replacing(/<[^>]*>/, with: "")
    }
}
