/// A site language, by its short code (`zh`, `en`).
public struct Language: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let code: String

    public init(_ code: String) { self.code = code }

    /// The `lang` attribute value: Chinese pages are Simplified Chinese as
    /// used in mainland China, which screen readers and fonts need to know.
    public var htmlTag: String {
        switch code {
        case "zh": return "zh-CN"
        default: return code
        }
    }

    public var description: String { code }

    public static func < (a: Language, b: Language) -> Bool { a.code < b.code }

    /// Short codes only: two or three lowercase letters, as SPEC §2 says.
    public static func isValidCode(_ code: String) -> Bool {
        (2...3).contains(code.count) && code.allSatisfy { $0.isASCII && $0.isLowercase }
    }
}
