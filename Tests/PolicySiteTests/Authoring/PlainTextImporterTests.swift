import Foundation
import Testing
@testable import PolicySite

@Suite struct PlainTextImporterTests {
    static let today = PlainDate("2024-05-06")!
    static let policyTitle = "崂山区“十四五”科技创新发展规划和2035年远景目标纲要"

    func importing(_ text: String, kind: DocumentKind = .interpretation, slug: String = "doc", title: String? = nil,
                   policy: String? = "plan", policyTitle: String? = nil, knownTerms: Set<String> = []) throws -> ImportResult {
        let options = PlainTextImporter.Options(kind: kind, slug: slug, title: title, policy: policy,
                                                policyTitle: policyTitle, today: Self.today, knownTerms: knownTerms)
        return try PlainTextImporter(options: options).run(text)
    }

    @Test func theSeedImportsAndBuildsWithoutEditing() throws {
        let result = try importing(SeedDocument.text, slug: "seed-import", policy: "laoshan-sti-plan", policyTitle: Self.policyTitle)
        #expect(result.contentPath == "Content/interpretations/seed-import.zh.md")
        #expect(result.value(of: "title") == "\"《\(Self.policyTitle)》政策解读\"")
        #expect(result.value(of: "published") == "2024-05-06")
        #expect(result.value(of: "policy") == "laoshan-sti-plan")
        #expect(result.value(of: "agency") == "\"崂山区科技创新委员会\"")
        #expect(result.value(of: "phone") == "\"0532-88999901\"")
        #expect(result.missing.isEmpty)
        #expect(result.dropped.map(\.line) == [20, 21, 22, 23])
        #expect(result.glossary.map(\.id) == (1...4).map { "seed-import-term-\($0)" })
        #expect(result.glossary.map(\.term) == ["科技创新", "科技成果转化", "科技型企业", "科创平台"])
        #expect(result.glossaryPath == "Content/glossary/seed-import.yaml")
        #expect(result.body.contains("\n\n## 四、重点任务\n\n### 1. 建设国内一流的科产城人融合示范地\n\n以科技创新以人为本为主线，"))
        #expect(result.body.contains("1. **科技创新**：原创性科学研究和技术创新的总称，"))
        #expect(result.body.hasSuffix("- 解读机关：崂山区科技创新委员会\n- 政策咨询电话：0532-88999901\n"))
        #expect(!result.body.contains("侵权") && !result.body.contains("评论"))
        #expect(!result.body.contains(","), "half-width commas between Chinese characters are made full-width")

        let site = try TestSite.build([
            "Content/policies/laoshan-sti-plan.zh.md": policy(Self.policyTitle),
            result.contentPath: result.markdown,
            result.glossaryPath!: result.glossaryYAML!,
        ])
        #expect(site.result.succeeded, "\(site.report)")
        #expect(site.errors.isEmpty)
        let page = try #require(site.output("interpretations/seed-import/index.html"))
        #expect(page.contains(">五、关键词解释</h2>"))
        #expect(page.contains(">1. 建设国内一流的科产城人融合示范地</h3>"))
        #expect(page.contains("崂山区科技创新委员会"))
    }

    @Test func theGlossaryFileIsSPECFormat() throws {
        let result = try importing(SeedDocument.text, slug: "seed", policyTitle: Self.policyTitle)
        let yaml = try #require(result.glossaryYAML)
        #expect(yaml.hasPrefix("""
            - id: seed-term-1
              zh:
                term: "科技创新"
                definition: "原创性科学研究和技术创新的总称，
            """))
        #expect(ExistingContent.terms(inGlossary: yaml, language: "zh").count == 4)
    }

    @Test func termsTheSiteAlreadyHasAreLeftOutOfTheGlossaryButNotTheText() throws {
        let result = try importing(SeedDocument.text, policyTitle: Self.policyTitle, knownTerms: ["科技创新", "科创平台"])
        #expect(result.glossary.map(\.term) == ["科技成果转化", "科技型企业"])
        #expect(result.glossary.map(\.id) == ["doc-term-1", "doc-term-2"])
        #expect(result.termsAlreadyInGlossary == ["科技创新", "科创平台"])
        #expect(result.body.contains("4. **科创平台**："))
    }

    @Test func aNoticeWithSectionsAndItems() throws {
        let notice = """
            关于开展2024年度科技型中小企业评价工作的通知
            各有关单位：
            　　为做好评价工作，现将有关事项通知如下。
            一、评价对象
            （一）在本区注册的居民企业。
            (二)职工总数不超过500人
            二、工作安排
            （一）企业自评。企业登录系统，填写信息。
            1.注册登记。企业在服务平台注册。
            2．填报信息
            3、各单位要高度重视本次评价工作，认真组织企业按时填报，确保信息真实准确。
            (1)材料须加盖公章。
            （2）逾期不予受理
            联系人：张三 联系电话：0532-12345678
            青岛市崂山区科技创新委员会
            2024年3月1日
            """
        let result = try importing(notice, kind: .policy, policy: nil)
        #expect(result.value(of: "title") == "\"关于开展2024年度科技型中小企业评价工作的通知\"")
        #expect(result.missing == ["issuer"])
        #expect(result.body == """
            各有关单位：

            为做好评价工作，现将有关事项通知如下。

            ## 一、评价对象

            ### （一）在本区注册的居民企业

            ### （二）职工总数不超过500人

            ## 二、工作安排

            ### （一）企业自评

            企业登录系统，填写信息。

            #### 1. 注册登记

            企业在服务平台注册。

            #### 2. 填报信息

            3. 各单位要高度重视本次评价工作，认真组织企业按时填报，确保信息真实准确。

            （1）材料须加盖公章。

            ##### （2）逾期不予受理

            - 联系人：张三 联系电话：0532-12345678

            青岛市崂山区科技创新委员会

            2024年3月1日

            """)
        let site = try TestSite.build([result.contentPath: result.markdown.replacingOccurrences(of: "issuer:", with: "issuer: 崂山区科技创新委员会")])
        #expect(site.result.succeeded, "\(site.report)")
        #expect(site.output("policies/doc/index.html")?.contains("<ol start=\"3\">") == true)
    }

    @Test func aQuestionAndAnswerInterpretation() throws {
        let qa = """
            《科技型企业认定办法》政策问答
            问：哪些企业可以申请？
            答：在本区注册、从事技术开发的企业。
            问:怎样申请?
            答:登录系统填报。
            解读人：李四
            电子邮箱：kjcx@example.gov.cn
            """
        let result = try importing(qa, policyTitle: "ignored")
        #expect(result.value(of: "title") == "\"《科技型企业认定办法》政策问答\"")
        #expect(result.value(of: "form") == "qa")
        #expect(result.value(of: "interpreter") == "\"李四\"")
        #expect(result.value(of: "email") == "\"kjcx@example.gov.cn\"")
        #expect(result.missing == ["agency"])
        #expect(result.body.hasPrefix("**问：哪些企业可以申请？**\n\n答：在本区注册、从事技术开发的企业。\n\n**问：怎样申请?**\n\n答：登录系统填报。"))
        let filled = result.markdown.replacingOccurrences(of: "agency:", with: "agency: 测试委员会")
        let site = try TestSite.build(["Content/policies/plan.zh.md": policy("办法"), result.contentPath: filled])
        #expect(site.result.succeeded, "\(site.report)")
        #expect(site.output("interpretations/doc/index.html")?.contains("<strong>问：哪些企业可以申请？</strong>") == true)
    }

    @Test func aGB18030FileWithWindowsLineEnds() throws {
        // "关于开展评价工作的通知\r\n一、评价对象\r\n（一）在本区注册的企业。\r\n" in GB18030.
        let bytes: [UInt8] = [
            0xB9, 0xD8, 0xD3, 0xDA, 0xBF, 0xAA, 0xD5, 0xB9, 0xC6, 0xC0, 0xBC, 0xDB, 0xB9, 0xA4, 0xD7, 0xF7, 0xB5, 0xC4,
            0xCD, 0xA8, 0xD6, 0xAA, 0x0D, 0x0A, 0xD2, 0xBB, 0xA1, 0xA2, 0xC6, 0xC0, 0xBC, 0xDB, 0xB6, 0xD4, 0xCF, 0xF3,
            0x0D, 0x0A, 0xA3, 0xA8, 0xD2, 0xBB, 0xA3, 0xA9, 0xD4, 0xDA, 0xB1, 0xBE, 0xC7, 0xF8, 0xD7, 0xA2, 0xB2, 0xE1,
            0xB5, 0xC4, 0xC6, 0xF3, 0xD2, 0xB5, 0xA1, 0xA3, 0x0D, 0x0A,
        ]
        let decoded = try #require(PlainTextDecoding.decode(bytes))
        #expect(decoded.encoding == .gb18030(crlf: true))
        #expect(decoded.text == "关于开展评价工作的通知\n一、评价对象\n（一）在本区注册的企业。\n")
        let result = try importing(decoded.text, kind: .page, policy: nil)
        #expect(result.body == "## 一、评价对象\n\n### （一）在本区注册的企业\n")
    }

    @Test func utf8WithABOMAndCRLFKeepsLineNumbers() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array("标题\r\n\r\n正文。\r\n分享到：微信 微博\r\n".utf8)
        let decoded = try #require(PlainTextDecoding.decode(bytes))
        #expect(decoded.encoding == .utf8(bom: true, crlf: true))
        let result = try importing(decoded.text, kind: .page, policy: nil)
        #expect(result.body == "正文。\n")
        #expect(result.dropped == [DroppedLine(line: 4, text: "分享到：微信 微博", reason: .shareButtons)])
    }

    @Test func otherEncodingsAreRefused() {
        #expect(PlainTextDecoding.decode([0xFF, 0xFE, 0x61, 0x00, 0x81]) == nil)
    }

    @Test func webPageDebrisIsDroppedAndReported() throws {
        let page = """
            标题
            来源：崂山区人民政府 发布时间：2024-01-01
            正文。
            责任编辑：王五
            【打印本页】 【关闭窗口】
            上一篇：关于……的通知
            """
        let result = try importing(page, kind: .page, policy: nil)
        #expect(result.body == "正文。\n")
        #expect(result.dropped.map(\.line) == [2, 4, 5, 6])
        #expect(result.dropped.map(\.reason) == [.sourceNotice, .editorCredit, .printButton, .pageNavigation])
        let asPolicy = try importing(page, kind: .policy, policy: nil)
        #expect(asPolicy.value(of: "published") == "2024-01-01", "the source notice's 发布时间 is taken before the line goes")
    }

    @Test func theTitleComesFromTheFirstLineOrMustBeGiven() throws {
        #expect(throws: AuthoringError.noTitle(firstLine: "一、背景")) { try importing("一、背景\n正文。", kind: .page, policy: nil) }
        let given = try importing("一、背景\n正文。", kind: .page, title: "关于我们", policy: nil)
        #expect(given.value(of: "title") == "\"关于我们\"")
        #expect(given.body.hasPrefix("## 一、背景"))
        let policyTitled = try importing("一、背景\n正文。", policyTitle: "《办法》")
        #expect(policyTitled.value(of: "title") == "\"《办法》政策解读\"")
        #expect(throws: AuthoringError.badSlug("Doc")) { try importing("标题", slug: "Doc") }
        #expect(throws: AuthoringError.emptyDocument) { try importing("\n参与评论\n", kind: .page, policy: nil) }
    }

    @Test func pastedTextCannotBecomeMarkup() throws {
        let result = try importing("标题\n*重点*见[附件]<script>\n- 不是列表\n2021. 不是编号", kind: .page, policy: nil)
        #expect(result.body == "\\*重点\\*见\\[附件\\]\\<script\\>\n\n\\- 不是列表\n\n2021\\. 不是编号\n")
    }

    @Test func unnumberedGlossaryLinesAreTermsToo() throws {
        let text = """
            《科技创新券管理办法》政策解读
            一、主要内容
            对企业购买科技服务给予补助。
            二、关键词解释
            科技创新券：指区财政资金支持科技型中小企业购买科技服务的电子凭证。
            量子科技: 指利用量子力学原理开展研究和应用的科学技术。
            它适用于本区注册的企业。
            解读机关：××区科学技术局
            """
        let result = try importing(text, policyTitle: nil)
        #expect(result.glossary.map(\.term) == ["科技创新券", "量子科技"])
        #expect(result.glossary.map(\.definition).last == "指利用量子力学原理开展研究和应用的科学技术。")
        #expect(result.body.contains("""
            ## 二、关键词解释

            **科技创新券**：指区财政资金支持科技型中小企业购买科技服务的电子凭证。

            **量子科技**：指利用量子力学原理开展研究和应用的科学技术。

            它适用于本区注册的企业。

            - 解读机关：××区科学技术局
            """))

        let unnumberedHeading = try importing("办法解读\n名词解释：\n科技创新券：指电子凭证。\n", policyTitle: nil)
        #expect(unnumberedHeading.glossary.map(\.term) == ["科技创新券"])
        #expect(unnumberedHeading.body.hasPrefix("## 名词解释\n\n**科技创新券**：指电子凭证。"))
    }

    @Test func sentencesWithAColonStayText() throws {
        let text = """
            办法解读
            一、关键词解释
            根据《科技创新券管理办法》第三条的规定，企业申领时须提交：营业执照和服务合同。
            企业可以通过以下方式申领创新券并在年内使用完毕：网上申领。
            注：以上解释仅供参考。
            1.科技创新券：指电子凭证。
            二、其他
            中小企业：指本区注册的企业。
            """
        let result = try importing(text, policyTitle: nil)
        #expect(result.glossary.map(\.term) == ["科技创新券"], "a term is 2 to 20 characters with no sentence punctuation, and only in the glossary section")
        #expect(result.body.contains("\n\n注：以上解释仅供参考。\n\n1. **科技创新券**：指电子凭证。\n\n## 二、其他\n\n中小企业：指本区注册的企业。\n"))
    }

    @Test(arguments: [
        ("发布时间：2021-11-23 10:30", "2021-11-23"), ("发布日期：2021年11月23日", "2021-11-23"),
        ("发布日期:2021/1/5　来源：崂山区人民政府　浏览次数：120", "2021-01-05"), ("发布于 2021.11.03", "2021-11-03"),
    ])
    func publishedComesFromTheDateLine(line: String, date: String) throws {
        let result = try importing("《办法》政策解读\n\(line)\n正文。\n", policyTitle: nil)
        #expect(result.value(of: "published") == date)
        #expect(result.body == "正文。\n")
        #expect(result.dropped == [DroppedLine(line: 2, text: line, reason: .publicationDate)])
    }

    @Test func publishedIsTodayWithoutADateLine() throws {
        let result = try importing("《办法》政策解读\n2021年11月23日，我区印发了《办法》。\n发布时间：2021-02-30\n", policyTitle: nil)
        #expect(result.value(of: "published") == Self.today.description)
        #expect(result.body == "2021年11月23日，我区印发了《办法》。\n\n发布时间：2021-02-30\n",
                "a day that does not exist is not taken, and its line is left for the person importing to see")
        let policy = try importing("关于印发《办法》的通知\n发布日期：2021年11月23日\n正文。\n", kind: .policy, policy: nil)
        #expect(policy.value(of: "published") == "2021-11-23")
        #expect(try importing("关于我们\n发布日期：2021年11月23日\n正文。\n", kind: .page, policy: nil).fields.map(\.name) == ["title"])
    }
}
