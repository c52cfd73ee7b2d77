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
    }
}
