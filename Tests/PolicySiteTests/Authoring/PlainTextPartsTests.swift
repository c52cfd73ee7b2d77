import Testing
@testable import PolicySite

@Suite struct PlainTextPartsTests {
    @Test(arguments: [
        ("一、总体要求", OutlineMarker.Level.chapter, "一"), ("十一、附则", .chapter, "十一"),
        ("（一）基本原则", .section, "一"), ("(二)基本原则", .section, "二"), ("（三)基本原则", .section, "三"),
        ("1.建设", .item, "1"), ("1．建设", .item, "1"), ("12、建设", .item, "12"), ("１．建设", .item, "1"),
        ("（1）材料", .subitem, "1"), ("(2)材料", .subitem, "2"),
    ])
    func numberingIsRecognised(line: String, level: OutlineMarker.Level, number: String) throws {
        let marker = try #require(OutlineMarker(line))
        #expect(marker.level == level)
        #expect(marker.number == number)
    }

    @Test(arguments: ["1.5亿元投入", "2021年3月", "一是构筑", "（以下简称《规划》）", "一、", "123.建设"])
    func textIsNotNumbering(line: String) {
        #expect(OutlineMarker(line) == nil)
    }

    @Test func halfWidthPunctuationIsRestoredOnlyBetweenChineseCharacters() {
        #expect(ChinesePunctuation.normalise("之后,乘势而上;电话:0532") == "之后，乘势而上；电话：0532")
        #expect(ChinesePunctuation.normalise("纲要》(以下简称《规划》)编制") == "纲要》（以下简称《规划》）编制")
        #expect(ChinesePunctuation.normalise("崂科创发(2021)1号") == "崂科创发（2021）1号")
        #expect(ChinesePunctuation.normalise("投入1.5亿元, 10:30开会, 5,000人") == "投入1.5亿元, 10:30开会, 5,000人")
        #expect(ChinesePunctuation.normalise("see (a, b): c.") == "see (a, b): c.")
    }

    @Test func contactLinesGiveFrontMatterFields() throws {
        let line = try #require(ContactLine("解读人：张三 联系电话：0532-12345678"))
        #expect(line.fields.map(\.name) == ["interpreter", "phone"])
        #expect(line.fields.map(\.value) == ["张三", "0532-12345678"])
        #expect(ContactLine("邮箱：无")?.fields.isEmpty == true)
        #expect(ContactLine("请拨打联系电话：0532-1") == nil)
    }
}
