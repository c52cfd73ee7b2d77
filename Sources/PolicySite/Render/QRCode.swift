import CQRencode

/// A QR code of a page's canonical URL (SPEC §8: 扫码在手机上阅读), drawn
/// at build time so the page needs no script and nothing from another host.
/// Encoded by Debian's libqrencode, which is thread-safe as built there
/// (with pthread), so pages are made on every core as before.
///
/// Made for every document page of a clean build. Choosing the mask
/// pattern by trying all eight and scoring each, as `QRcode_encodeString`
/// does, was an eighth of a clean build's CPU time on the benchmark
/// corpus; one fixed mask gives a valid code every reader decodes (the
/// tests read codes back with zbarimg) for an eighth of the work. The path
/// is written as bytes, which took as long again when built with string
/// interpolation.
struct QRCode: Sendable, Hashable {
    /// Modules per side, the quiet zone included: the SVG's `viewBox`.
    let size: Int
    /// SVG path data drawing the dark modules as strokes one module wide:
    /// each row's first run from its start (`M4 9.5h7`), the others from
    /// the end of the one before (`m2 0h3`). About 2 KB for a URL, of
    /// digits, `M`, `m`, `h`, spaces and dots only: the theme writes it
    /// unescaped (`{{{path}}}`), sparing every page a scan of it for `<` and `&`.
    let path: String

    /// ISO/IEC 18004's mask pattern 0, (row + column) mod 2: a checkerboard,
    /// which breaks up runs of one colour in any data.
    private static let mask: Int32 = 0

    /// The four-module margin that readers need around a code.
    private static let quietZone = 4

    /// Nil only for text too long for any QR code (about 2,900 bytes).
    init?(encoding text: String) {
        // Level M: a code printed on paper survives a smudge; a URL of a
        // hundred characters still fits in version 6 (41 modules).
        guard let input = QRinput_new2(0, QR_ECLEVEL_M) else { return nil }
        defer { QRinput_free(input) }
        let bytes = Array(text.utf8)
        guard QRinput_append(input, QR_MODE_8, Int32(bytes.count), bytes) == 0,
              let code = QRcode_encodeMask(input, Self.mask)
        else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        // Bit 0 of each byte is the module's colour (1: dark); the others say what it is part of.
        let modules = UnsafeBufferPointer(start: code.pointee.data, count: width * width)
        var path: [UInt8] = []
        path.reserveCapacity(width * width)
        func append(_ number: Int) {
            if number >= 10 { append(number / 10) }
            path.append(UInt8(ascii: "0") + UInt8(number % 10))
        }
        for row in 0..<width {
            var column = 0
            var lastEnd: Int?
            while column < width {
                guard modules[row * width + column] & 1 == 1 else {
                    column += 1
                    continue
                }
                let start = column
                while column < width, modules[row * width + column] & 1 == 1 { column += 1 }
                if let lastEnd {
                    path.append(UInt8(ascii: "m"))
                    append(start - lastEnd)
                    path += [UInt8(ascii: " "), UInt8(ascii: "0")]
                } else {
                    path.append(UInt8(ascii: "M"))
                    append(start + Self.quietZone)
                    path.append(UInt8(ascii: " "))
                    append(row + Self.quietZone)
                    path += [UInt8(ascii: "."), UInt8(ascii: "5")]
                }
                path.append(UInt8(ascii: "h"))
                append(column - start)
                lastEnd = column
            }
        }
        size = width + 2 * Self.quietZone
        self.path = String(decoding: path, as: UTF8.self)
    }
}
