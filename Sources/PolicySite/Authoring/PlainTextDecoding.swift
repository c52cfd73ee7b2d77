/// Reads a document a member of staff saved from Word or a web page: UTF-8
/// (with or without a BOM) or GB18030, the default of older Chinese Windows.
public enum PlainTextDecoding {
    /// Named for people by `ImportMessage.readAs`.
    public enum Encoding: Sendable, Equatable {
        case utf8(bom: Bool, crlf: Bool)
        case gb18030(crlf: Bool)
    }

    /// The text with LF line ends and the encoding it was in, or nil when
    /// it is neither UTF-8 nor GB18030.
    public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding)? {
        let crlf = bytes.contains(UInt8(ascii: "\r"))
        switch TextDecoding.decode(bytes) {
        case .success(let text):
            return (text, .utf8(bom: bytes.starts(with: [0xEF, 0xBB, 0xBF]), crlf: crlf))
        case .failure:
            guard let text = GB18030.decode(bytes) else { return nil }
            let lf = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            return (lf, .gb18030(crlf: crlf))
        }
    }
}
