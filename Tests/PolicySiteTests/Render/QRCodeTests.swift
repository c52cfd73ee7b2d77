import Testing
@testable import PolicySite

/// The fixed mask pattern gives codes a reader decodes, whatever the
/// address: short and long, ASCII and percent-encoded Chinese.
@Suite struct QRCodeTests {
    @Test(arguments: [
        "https://example.gov.cn/",
        "https://kjj.laoshan.gov.cn/policy/policies/laoshan-sti-plan/",
        "https://kjj.laoshan.gov.cn/policy/en/interpretations/laoshan-sti-plan-graphic/",
        "https://www.laoshan.gov.cn/zwgk/%E6%94%BF%E7%AD%96%E8%A7%A3%E8%AF%BB/policies/a-very-long-slug-for-a-policy-document-of-the-district-2021/",
        "http://127.0.0.1:8000/p/",
    ])
    func everyCodeReadsBackAsItsAddress(url: String) throws {
        let code = try #require(QRCode(encoding: url))
        let svg = "<svg class=\"qr-code\" viewBox=\"0 0 \(code.size) \(code.size)\"><path fill=\"none\" stroke=\"#000\" d=\"\(code.path)\"/></svg>"
        #expect(try QRReader.read(svgIn: svg) == url)
        // The theme writes the path unescaped.
        #expect(code.path.utf8.allSatisfy { Array("0123456789Mmh .".utf8).contains($0) })
    }
}
