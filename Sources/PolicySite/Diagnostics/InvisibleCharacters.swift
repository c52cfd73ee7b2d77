/// Characters a reader cannot see: zero-width spaces and joiners, bidi
/// controls such as RLO (U+202E), other format and control characters, the
/// line and paragraph separators, and the Hangul fillers. They come with
/// text pasted from web pages, chat apps and PDFs, and they make a slug, a
/// search or a glossary match fail while the text looks right, or, for a
/// bidi control, make it read in another order than it is stored.
///
/// Messages show them as `<U+200B>`: quoted raw, `'tech​-transfer' is not
/// a valid glossary id` looks like a valid id.
enum InvisibleCharacters {
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator:
            return true
        default:
            // Letters by category, yet blank: used to fake empty names.
            return [0x115F, 0x1160, 0x3164, 0xFFA0].contains(scalar.value)
        }
    }

    /// `<U+200B>`.
    static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }

    /// `<U+200B> (ZERO WIDTH SPACE)`, for a message that names one.
    static func described(_ scalar: Unicode.Scalar) -> String {
        scalar.properties.name.map { code(scalar) + " (\($0))" } ?? code(scalar)
    }

    /// The text with every invisible character written as its code;
    /// `keepingLineBreaks` for output whose format escapes them itself.
    static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: isInvisible) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isInvisible(scalar), !(keepingLineBreaks && (scalar == "\n" || scalar == "\r")) {
                out.append(contentsOf: code(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// In text a person wrote, where tabs and line breaks belong.
    static func isStray(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\t" && scalar != "\n" && scalar != "\r" && isInvisible(scalar)
    }

    /// The stray invisible characters of a short text (a title, a cell).
    static func stray(in text: String) -> [Unicode.Scalar] {
        // Most texts hold none: a look at their bytes says so before any is decoded.
        var bytes = text
        guard bytes.withUTF8({ bytes in bytes.indices.contains { mayStartInvisible(bytes, at: $0) } }) else { return [] }
        var found: [Unicode.Scalar] = []
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if isStray(scalar), !joinsEmoji(scalar, after: previous), !found.contains(scalar) { found.append(scalar) }
            previous = scalar
        }
        return found
    }

    /// A zero-width joiner between emoji makes one picture (👩‍💻): not stray.
    private static func joinsEmoji(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?) -> Bool {
        guard scalar.value == 0x200D, let previous else { return false }
        return previous.value == 0xFE0F || previous.properties.isEmojiModifier
            || (previous.value >= 0x2000 && previous.properties.isEmoji)
    }

    /// A line with stray invisible characters: where the first is, and
    /// which there are.
    struct Line: Equatable {
        /// 1-based, in the text given.
        var line: Int
        /// 1-based, in Unicode scalars.
        var column: Int
        var scalars: [Unicode.Scalar]
    }

    /// Every line of a long text (a document's Markdown) that holds stray
    /// invisible characters. Bodies are megabytes on a large site, so the
    /// bytes are skipped by a table of the lead bytes an invisible
    /// character can start with, a character is decoded only where
    /// `mayStartInvisible` says it may be one (checked against `isStray`
    /// for every scalar by the tests), and lines are counted only once one
    /// is found.
    static func lines(in text: Substring) -> [Line] {
        var text = text
        return text.withUTF8 { bytes in leadBytes.withUnsafeBufferPointer { leadBytes in
            var lines: [Line] = []
            var lineNumber = 1, lineStart = 0, counted = 0
            var i = 0
            while i < bytes.count {
                while i < bytes.count, !leadBytes[Int(bytes[i])] { i += 1 }
                guard i < bytes.count else { break }
                guard mayStartInvisible(bytes, at: i) else {
                    i += 1
                    continue
                }
                let (scalar, length) = decode(bytes, at: i)
                defer { i += length }
                guard isStray(scalar), !joinsEmoji(scalar, after: i > 0 ? previous(bytes, before: i) : nil) else { continue }
                for k in counted..<i where bytes[k] == 0x0A {
                    lineNumber += 1
                    lineStart = k + 1
                }
                counted = i
                if lines.last?.line == lineNumber {
                    if !lines[lines.count - 1].scalars.contains(scalar) { lines[lines.count - 1].scalars.append(scalar) }
                } else {
                    let column = bytes[lineStart..<i].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
                    lines.append(Line(line: lineNumber, column: column, scalars: [scalar]))
                }
            }
            return lines
        } }
    }

    /// The bytes `mayStartInvisible` looks at further; all others are skipped.
    private static let leadBytes: [Bool] = (0...255).map { byte in
        switch byte {
        case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F, 0xC2, 0xD8...0xE3, 0xEF...0xF4: return true
        default: return false
        }
    }

    /// The scalar whose UTF-8 starts at `i` (the bytes are valid UTF-8: they are a String's).
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[i])
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = length == 1 ? lead : lead & (0x7F >> UInt32(length))
        for k in 1..<max(length, 1) where i + k < bytes.count { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    private static func previous(_ bytes: UnsafeBufferPointer<UInt8>, before i: Int) -> Unicode.Scalar {
        var start = i - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return decode(bytes, at: start).0
    }

    /// Whether the UTF-8 sequence at `i` may be an invisible character:
    /// false for everything in ranges that hold none, which is all of
    /// Chinese text and nearly all of English.
    static func mayStartInvisible(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let byte = bytes[i]
        let next = i + 1 < bytes.count ? bytes[i + 1] : 0
        switch byte {
        case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F: return true
        case 0x20...0x7E, 0x09, 0x0A, 0x0D: return false
        // U+0080–00BF (C1 controls, soft hyphen), U+0600–07FF (Arabic and Syriac marks),
        // U+0800–1FFF (Hangul fillers, Mongolian vowel separator and more).
        case 0xC2, 0xD8...0xDF, 0xE0, 0xE1: return true
        // U+2000–207F: zero-width characters, bidi controls, separators.
        case 0xE2: return next == 0x80 || next == 0x81
        // U+3140–317F: the Hangul filler.
        case 0xE3: return next == 0x85
        // U+FEC0–FEFF (BOM), U+FF80–FFBF (half-width filler), U+FFC0–FFFF (annotation marks).
        case 0xEF: return next == 0xBB || next == 0xBE || next == 0xBF
        // Beyond U+FFFF: tags and a few other format characters.
        case 0xF0...0xF4: return true
        default: return false
        }
    }
}
