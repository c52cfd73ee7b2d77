import CQRencode

/// A QR code of a page's canonical URL (SPEC §8: 扫码在手机上阅读), drawn
/// at build time so the page needs no script and nothing from another host.
/// Encoded by Debian's libqrencode, which is thread-safe as built there
/// (with pthread), so pages are made on every core as before.
///
/// Made for every document page of a clean build: encoding a URL takes
/// libqrencode about a tenth of a millisecond (most of it choosing the
/// mask); the path is written as bytes, which took as long again when
/// built with string interpolation.
struct QRCode: Sendable, Hashable {
    /// Modules per side, the quiet zone included: the SVG's `viewBox`.
    let size: Int
    /// SVG path data drawing the dark modules as strokes one module wide:
    /// each row's first run from its start (`M4 9.5h7`), the others from
    /// the end of the one before (`m2 0h3`). About 2 KB for a URL.
    let path: String

    /// The four-module margin that readers need around a code.
    private static let quietZone = 4

    /// Nil only for text too long for any QR code (about 2,900 bytes).
    init?(encoding text: String) {
        // Level M: a code printed on paper survives a smudge; a URL of a
        // hundred characters still fits in version 6 (41 modules).
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
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
