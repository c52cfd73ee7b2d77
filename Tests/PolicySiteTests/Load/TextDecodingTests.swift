import Testing
@testable import PolicySite

@Suite struct TextDecodingTests {
    @Test func bomAndCRLFAreAccepted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("标题\r\n正文\r末行".utf8)
        #expect(try TextDecoding.decode(bytes).get() == "标题\n正文\n末行")
    }

    @Test func gb18030IsRecognisedWithItsPosition() {
        // "第一行\n科技" in GB18030.
        let bytes: [UInt8] = [0xB5, 0xDA, 0xD2, 0xBB, 0xD0, 0xD0]
        #expect(TextDecoding.decode(Array("ok\n".utf8) + bytes) == .failure(.notUTF8(line: 2, column: 1, looksLikeGB18030: true)))
    }

    @Test func otherBytesAreNotUTF8() {
        #expect(TextDecoding.decode([0x61, 0xFF, 0xFE, 0x41]) == .failure(.notUTF8(line: 1, column: 2, looksLikeGB18030: false)))
    }

    @Test func utf16IsNamedAsSuch() {
        #expect(TextDecoding.decode([0xFF, 0xFE, 0x61, 0x00]) == .failure(.utf16))
        #expect(TextDecoding.decode([0xFE, 0xFF, 0x00, 0x61]) == .failure(.utf16))
        #expect(TextDecoding.decode([0x61, 0x00, 0x62, 0x00]) == .failure(.utf16), "no mark, but NUL bytes")
        let chinese = Array("---\ntitle: 科技\n---\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(TextDecoding.decode(chinese) == .failure(.utf16), "no mark, Chinese with ASCII keys")
    }

    /// A NUL pasted into UTF-8 text is not UTF-16: converting "from UTF-16" would garble the file.
    @Test func aStrayNULInUTF8IsPlacedAtItsLineAndColumn() {
        let bytes = Array("---\ntitle: 科技创新\n---\n\n第一段".utf8) + [0] + Array("正文。\n".utf8)
        #expect(TextDecoding.decode(bytes) == .failure(.nulByte(line: 5, column: 4)))
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF, 0x00, 0x61]) == .failure(.nulByte(line: 1, column: 1)))
        #expect(TextDecoding.decode(Array("ab\n".utf8) + [0, 0]) == .failure(.nulByte(line: 2, column: 1)))
    }
}
