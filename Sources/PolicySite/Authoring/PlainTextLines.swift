import Foundation

/// The lines of pasted text, numbered as in the file, without the indent
/// (often full-width spaces) and trailing spaces Word and web pages leave.
enum PlainTextLines {
    static let blank = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{3000}\u{00A0}\u{FEFF}"))

    /// Each line that has text, with its 1-based line number.
    static func numbered(_ text: String) -> [(number: Int, text: String)] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            let trimmed = line.trimmingCharacters(in: blank)
            return trimmed.isEmpty ? nil : (index + 1, trimmed)
        }
    }
}
