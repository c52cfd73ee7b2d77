/// The addresses a browser would load from raw HTML in Markdown, which
/// reaches a page only with `markdown.unsafe_html: true` (SPEC §5): the
/// `src`, `srcset`, `poster`, `data` and `background` of any element, and
/// the `href` of `<link>` and of SVG's `<image>`, `<use>` and `<script>`.
/// A plain `<a href>` is a link, which may lead anywhere.
enum RawHTMLResources {
    struct Address: Equatable {
        var url: String
        /// Where the value starts in the HTML, in UTF-8 bytes.
        var offset: Int
    }

    private static let anyElement: Set<String> = ["src", "srcset", "poster", "data", "background"]
    private static let hrefElements: Set<String> = ["link", "image", "use", "script", "feimage"]

    static func addresses(in html: String) -> [Address] {
        let bytes = Array(html.utf8)
        var addresses: [Address] = []
        var i = 0
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }
        func word(stoppingAt stops: Set<UInt8>) -> String {
            let start = i
            while i < bytes.count, !isSpace(bytes[i]), !stops.contains(bytes[i]) { i += 1 }
            return String(decoding: bytes[start..<i], as: UTF8.self).lowercased()
        }
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < bytes.count, isLetter(bytes[i + 1]) else {
                i += 1
                continue
            }
            i += 1
            let element = word(stoppingAt: [UInt8(ascii: ">"), UInt8(ascii: "/")])
            while i < bytes.count, bytes[i] != UInt8(ascii: ">") {
                if isSpace(bytes[i]) || bytes[i] == UInt8(ascii: "/") {
                    i += 1
                    continue
                }
                let name = word(stoppingAt: [UInt8(ascii: ">"), UInt8(ascii: "="), UInt8(ascii: "/")])
                if name.isEmpty { i += 1; continue }
                while i < bytes.count, isSpace(bytes[i]) { i += 1 }
                guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else { continue }
                i += 1
                while i < bytes.count, isSpace(bytes[i]) { i += 1 }
                guard i < bytes.count else { break }
                let start: Int, end: Int
                if bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                    let quote = bytes[i]
                    start = i + 1
                    end = bytes[start...].firstIndex(of: quote) ?? bytes.count
                    i = min(end + 1, bytes.count)
                } else {
                    start = i
                    while i < bytes.count, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">") { i += 1 }
                    end = i
                }
                let loads = anyElement.contains(name)
                    || (hrefElements.contains(element) && (name == "href" || name == "xlink:href"))
                guard loads else { continue }
                let value = String(decoding: bytes[start..<end], as: UTF8.self)
                // `srcset` lists candidates: an address, then its width or density.
                let urls = name == "srcset"
                    ? value.split(separator: ",").compactMap { $0.split(whereSeparator: \.isWhitespace).first.map(String.init) }
                    : [value]
                addresses += urls.map { Address(url: $0, offset: start) }
            }
        }
        return addresses
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }
}
