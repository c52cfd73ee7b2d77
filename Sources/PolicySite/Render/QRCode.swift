import CQRencode

/// A QR code of a page's canonical URL (SPEC §8: 扫码在手机上阅读), drawn
/// at build time so the page needs no script and nothing from another host.
/// Encoded by Debian's libqrencode, which is thread-safe as built there
/// (with pthread), so pages are made on every core as before.
struct QRCode: Sendable, Hashable {
    /// Modules per side, the quiet zone included: the SVG's `viewBox`.
    let size: Int
    /// SVG path data of the dark modules, one subpath per run in a row:
    /// a few hundred runs, so a page grows by about 3 KB.
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
        let modules = UnsafeBufferPointer(start: code.pointee.data, count: width * width)
        var path = ""
        for row in 0..<width {
            var column = 0
            while column < width {
                // Bit 0 of each byte is the module's colour (1: dark); the others say what it is part of.
                guard modules[row * width + column] & 1 == 1 else {
                    column += 1
                    continue
                }
                let start = column
                while column < width, modules[row * width + column] & 1 == 1 { column += 1 }
                path += "M\(start + Self.quietZone) \(row + Self.quietZone)h\(column - start)v1h-\(column - start)z"
            }
        }
        size = width + 2 * Self.quietZone
        self.path = path
    }
}
