/// Text scraped from web pages often has half-width , : ; ( ) where the
/// document had full-width ones. Between Chinese characters they are
/// restored; everything else, including the full stop, is left as it was,
/// so numbers (1.5, 10:30, 5,000), addresses and English stay intact.
enum ChinesePunctuation {
    static func normalise(_ line: String) -> String {
        var scalars = Array(line.unicodeScalars)
        func wide(_ i: Int) -> Bool { scalars.indices.contains(i) && CJK.isWide(scalars[i]) }
        func space(_ i: Int) -> Bool { scalars.indices.contains(i) && scalars[i].properties.isWhitespace }

        for i in scalars.indices {
            // 电话:0532 is Chinese punctuation; 1.5亿元, 10:30 (followed by a space) is not.
            guard let full = simple[scalars[i]],
                  (wide(i - 1) && !space(i + 1)) || (wide(i + 1) && !space(i - 1)) else { continue }
            scalars[i] = full
        }
        // Brackets go in pairs, so 发(2021)1号 does not end up half converted.
        var open: [Int] = []
        for i in scalars.indices {
            if scalars[i] == "(" {
                open.append(i)
            } else if scalars[i] == ")", let start = open.popLast() {
                let inside = scalars[(start + 1)..<i].contains(where: CJK.isWide)
                if inside || wide(start - 1) || wide(i + 1) {
                    scalars[start] = "（"
                    scalars[i] = "）"
                }
            }
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }

    private static let simple: [Unicode.Scalar: Unicode.Scalar] = [",": "，", ":": "：", ";": "；"]
}
