import Foundation

/// Reads the QR code a page draws (`QRCode`, `page-qr.mustache`) as a
/// phone would: the SVG's path is painted into a bitmap, and zbarimg
/// (Debian's zbar-tools, which scripts/install-system-packages installs)
/// decodes it. An independent decoder: a code only our encoder could
/// read would prove nothing.
enum QRReader {
    struct Unreadable: Error, CustomStringConvertible {
        var description: String
    }

    static let zbarimg = ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The text of the first QR code in `html`.
    static func read(svgIn html: String) throws -> String {
        guard let zbarimg else { throw Unreadable(description: "zbarimg is needed (Debian's zbar-tools: scripts/install-system-packages)") }
        guard let size = Int(html.firstMatch(of: /class="qr-code" viewBox="0 0 (\d+) \d+"/)?.output.1 ?? ""),
              let path = html.firstMatch(of: /<path fill="none" stroke="#000" d="([^"]+)"/)?.output.1
        else { throw Unreadable(description: "no QR code on the page") }
        // Strokes one module wide along the middle of a row: a row's first
        // run is `M{x} {y}.5h{n}`, the others `m{gap} 0h{n}` from the last one's end.
        let scale = 6
        var pixels = [UInt8](repeating: 255, count: size * size * scale * scale)
        var (x, y) = (0, 0)
        for run in path.matches(of: /(?:M(\d+) (\d+)\.5|m(\d+) 0)h(\d+)/) {
            if let start = run.output.1, let row = run.output.2 {
                (x, y) = (Int(start)!, Int(row)!)
            } else {
                x += Int(run.output.3!)!
            }
            let n = Int(run.output.4)!
            for row in y * scale..<(y + 1) * scale {
                for column in x * scale..<(x + n) * scale { pixels[row * size * scale + column] = 0 }
            }
            x += n
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString).pgm")
        defer { try? FileManager.default.removeItem(at: file) }
        try (Data("P5\n\(size * scale) \(size * scale)\n255\n".utf8) + Data(pixels)).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: zbarimg)
        process.arguments = ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Unreadable(description: "zbarimg found no code (status \(process.terminationStatus))") }
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
