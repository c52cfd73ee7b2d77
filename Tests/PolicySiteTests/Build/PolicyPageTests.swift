import Foundation
import Testing
@testable import PolicySite

/// What a government policy page carries (SPEC §4, §8): 索引号, 登记号 and
/// 施行日期, attachments, the state of an interpretation's policy, 图解 and
/// video, and the print button and QR code.
@Suite struct PolicyPageTests {
    static let numbers = "index_no: 11370212MB2844566K/2021-00012\nregistration_no: LSDR-2021-0120001\neffective: 2021-04-01\n"

    @Test func theNumbersAndTheDateOfEffectAreInTheInformationBlockOfEveryLanguage() throws {
        let site = try TestSite.build([
            "Content/policies/plan.zh.md": policy("规划", extra: Self.numbers),
            "Content/policies/plan.en.md": policy("Plan", extra: Self.numbers),
        ])
        #expect(site.errors.isEmpty, "\(site.report)")
        let zh = try #require(site.output("policies/plan/index.html"))
        #expect(zh.contains("<dt>索引号</dt><dd>11370212MB2844566K/2021-00012</dd>"))
        #expect(zh.contains("<dt>统一登记号</dt><dd>LSDR-2021-0120001</dd>"))
        #expect(zh.contains("<dt>施行日期</dt><dd><time datetime=\"2021-04-01\">2021年4月1日</time></dd>"))
        let en = try #require(site.output("en/policies/plan/index.html"))
        #expect(en.contains("<dt>Index number (<span lang=\"zh-CN\">索引号</span>)</dt><dd>11370212MB2844566K/2021-00012</dd>"))
        #expect(en.contains("<dt>Takes effect (<span lang=\"zh-CN\">施行日期</span>)</dt><dd><time datetime=\"2021-04-01\">1 April 2021</time>"))
        #expect(try #require(site.output("policies/index.html")).contains("索引号 11370212MB2844566K/2021-00012"))
    }

    @Test func aLongIssuingBodyTakesTheWholeRow() throws {
        let site = try TestSite.build(["Content/policies/plan.zh.md": policy("规划").replacingOccurrences(of: "issuer: 测试委员会", with: "issuer: 崂山区科技创新委员会")])
        let page = try #require(site.output("policies/plan/index.html"))
        #expect(page.contains("<div class=\"meta-row wide\"><dt>发文机关</dt><dd>崂山区科技创新委员会</dd></div>"))
        #expect(page.contains("<div class=\"meta-row\"><dt>发布日期</dt>"))
    }

    @Test func anIndexNumberIsFoundBySearch() throws {
        let site = try TestSite.build(["Content/policies/plan.zh.md": policy("规划", extra: Self.numbers)])
        let shards = OutputTree.read(site.root + "/Output").filter { $0.key.hasPrefix("search/index/s") }
            .values.map { String(decoding: $0, as: UTF8.self) }
        #expect(shards.contains { $0.contains("\"11370212mb2844566k\"") })
        #expect(shards.contains { $0.contains("\"lsdr\"") })
    }

    @Test func aFullWidthNumberIsAnErrorThatShowsTheHalfWidthOne() throws {
        let site = try TestSite.build(["Content/policies/plan.zh.md": policy("规划", extra: "index_no: 11370212MB2844566K／2021－00012\n")])
        let error = try #require(site.errors.first)
        #expect(site.errors.count == 1)
        #expect(error.file == "Content/policies/plan.zh.md" && error.line == 5 && error.column == 11)
        #expect(error.message.contains("full-width"))
        #expect(error.hint?.contains("index_no: 11370212MB2844566K/2021-00012") == true)
    }

    @Test func translationsMustAgreeOnTheIndexNumber() throws {
        let site = try TestSite.build([
            "Content/policies/plan.zh.md": policy("规划", extra: "index_no: A/2021-1\n"),
            "Content/policies/plan.en.md": policy("Plan", extra: "index_no: A/2021-2\n"),
        ])
        #expect(site.errors.contains { $0.message.contains("index_no") }, "\(site.report)")
    }

    @Test func attachmentsAreListedWithTypeAndSizeAndInTheSitemap() throws {
        let site = try TestSite.build([
            "Content/policies/plan.zh.md": policy("规划", extra: "attachments:\n  - { file: ../static/files/plan.pdf, title: 规划全文 }\n"),
            "Content/policies/plan.en.md": policy("Plan", extra: "attachments:\n  - { file: ../static/files/plan.pdf, title: Full text }\n"),
            "Content/pages/about.zh.md": "---\ntitle: 关于\nattachments: [{ file: ../static/files/form.docx, title: 申请表 }]\n---\n\n正文。\n",
            "Content/static/files/plan.pdf": String(repeating: "x", count: 21_600),
            "Content/static/files/form.docx": "表",
        ])
        #expect(site.errors.isEmpty, "\(site.report)")
        let zh = try #require(site.output("policies/plan/index.html"))
        #expect(zh.contains("<h2 id=\"doc-attachments\">附件</h2>"))
        #expect(zh.contains("<li><a href=\"../../files/plan.pdf\">规划全文</a> <span class=\"file-info\">（PDF，21 KB）</span></li>"))
        let en = try #require(site.output("en/policies/plan/index.html"))
        #expect(en.contains("<a href=\"../../../files/plan.pdf\">Full text</a> <span class=\"file-info\">(PDF, 21 KB)</span>"))
        #expect(try #require(site.output("about/index.html")).contains("申请表</a> <span class=\"file-info\">（DOCX，3 B）</span>"))
        let sitemap = try #require(site.output("sitemap.xml"))
        #expect(sitemap.contains("<loc>https://example.gov.cn/policy/files/plan.pdf</loc>\n<lastmod>2021-03-01</lastmod>"))
        #expect(sitemap.contains("<loc>https://example.gov.cn/policy/files/form.docx</loc>"))
    }

    @Test func aMissingAttachmentIsAnErrorAtItsLine() throws {
        let site = try TestSite.build([
            "Content/policies/plan.zh.md": policy("规划", extra: "attachments:\n  - file: ../static/files/plan.pdf\n    title: 全文\n  - file: static/x.pdf\n    title: 错\n"),
        ])
        #expect(site.errors.count == 1, "\(site.report)")
        let outside = try #require(site.errors.first)
        #expect(outside.line == 8 && outside.column == 11)
        #expect(outside.message == "'static/x.pdf' is not a file in Content/static/")
        #expect(outside.hint?.contains("../static/files/plan.pdf") == true)

        let missing = try TestSite.build([
            "Content/policies/plan.zh.md": policy("规划", extra: "attachments:\n  - file: ../static/files/plan.pdf\n    title: 全文\n"),
        ])
        let error = try #require(missing.errors.first)
        #expect(missing.errors.count == 1)
        #expect(error.file == "Content/policies/plan.zh.md" && error.line == 6 && error.column == 11)
        #expect(error.message == "the file Content/static/files/plan.pdf does not exist")
    }

    @Test func anInterpretationOfAnExpiredPolicySaysSoWithTheDateAndALink() throws {
        let site = try TestSite.build([
            "Content/policies/old.zh.md": policy("旧规划", extra: "status: expired\nexpires: 2020-12-31\n"),
            "Content/policies/gone.zh.md": policy("废止规划", extra: "status: repealed\n"),
            "Content/interpretations/old.zh.md": interpretation("旧规划解读", policy: "old"),
            "Content/interpretations/gone.zh.md": interpretation("废止规划解读", policy: "gone"),
        ])
        #expect(site.errors.isEmpty, "\(site.report)")
        let page = try #require(site.output("interpretations/old/index.html"))
        #expect(page.contains("<p class=\"status-notice policy-notice\" role=\"note\"><strong>本解读所依据的政策已于2020年12月31日失效</strong> <a href=\"../../policies/old/\">查看政策原文</a></p>"))
        #expect(try #require(site.output("interpretations/gone/index.html")).contains("<strong>本解读所依据的政策已废止</strong>"))
        let list = try #require(site.output("interpretations/index.html"))
        #expect(list.contains("<span class=\"status status-expired\">本解读所依据的政策已于2020年12月31日失效</span>"))
        #expect(list.contains("<span class=\"status status-repealed\">本解读所依据的政策已废止</span>"))
        #expect(try #require(site.output("policies/old/index.html")).contains("<span class=\"status status-expired\">本解读所依据的政策已于2020年12月31日失效</span>"))
    }

    @Test func anImageWithoutAltTextIsAnErrorInAGraphicInterpretationAndAWarningElsewhere() throws {
        let body = "图一：\n\n![](../static/a.png)\n\n![框架图](../static/a.png)\n"
        let site = try TestSite.build([
            "Content/policies/p.zh.md": policy("规划", body: body),
            "Content/interpretations/g.zh.md": interpretation("图解", policy: "p", extra: "form: graphic\n", body: body),
            "Content/static/a.png": "png",
        ])
        let message = "this image has no text alternative (alt text)"
        let warnings = site.warnings.filter { $0.message == message }
        #expect(site.errors.count == 1 && warnings.count == 1, "\(site.report)")
        let error = try #require(site.errors.first)
        #expect(error.file == "Content/interpretations/g.zh.md" && error.line == 11 && error.column == 1)
        #expect(error.message == message && error.hint?.contains("图解") == true)
        #expect(warnings.first?.file == "Content/policies/p.zh.md" && warnings.first?.line == 9)
    }

    static let video = "form: video\nvideo:\n  file: ../static/v/clip.mp4\n  captions: ../static/v/clip.zh.vtt\n  poster: ../static/v/poster.png\n"
    static let videoFiles = ["Content/static/v/clip.mp4": "mp4", "Content/static/v/clip.zh.vtt": "WEBVTT\n", "Content/static/v/poster.png": "png"]

    @Test func aVideoInterpretationShowsItsCaptionedVideoAndLinksToIt() throws {
        var files = Self.videoFiles
        files["Content/policies/p.zh.md"] = policy("规划")
        files["Content/interpretations/v.zh.md"] = interpretation("视频解读", policy: "p", extra: Self.video)
        let site = try TestSite.build(files)
        #expect(site.errors.isEmpty, "\(site.report)")
        let page = try #require(site.output("interpretations/v/index.html"))
        #expect(page.contains("<video controls preload=\"metadata\" poster=\"../../v/poster.png\">\n<source src=\"../../v/clip.mp4\" type=\"video/mp4\">\n"
            + "<track kind=\"captions\" src=\"../../v/clip.zh.vtt\" srclang=\"zh\" label=\"中文字幕\" default>"))
        #expect(page.contains("<a href=\"../../v/clip.mp4\" download>下载视频</a>"))
        #expect(!page.contains("autoplay"))
    }

    @Test func aVideoWithoutCaptionsIsAnError() throws {
        var files = Self.videoFiles
        files["Content/policies/p.zh.md"] = policy("规划")
        files["Content/interpretations/v.zh.md"] = interpretation(
            "视频解读", policy: "p", extra: "form: video\nvideo: { file: ../static/v/clip.mp4 }\n")
        files["Content/interpretations/w.zh.md"] = interpretation("视频解读", policy: "p", extra: "form: video\n")
        let site = try TestSite.build(files)
        #expect(site.errors.count == 2, "\(site.report)")
        let noCaptions = try #require(site.errors.first { $0.file.hasSuffix("v.zh.md") })
        #expect(noCaptions.line == 7 && noCaptions.message == "'video' has no 'captions'")
        #expect(noCaptions.hint?.contains("WCAG 1.2.2") == true)
        #expect(site.errors.contains { $0.file.hasSuffix("w.zh.md") && $0.message == "'form: video' needs 'video:', the video to show" })
    }

    @Test func everyDocumentPageHasAPrintPlaceAndAQRCodeOfItsAddress() throws {
        let site = try TestSite.build([
            "Content/policies/p.zh.md": policy("规划"),
            "Content/pages/about.en.md": "---\ntitle: About\n---\n\nText.\n",
        ])
        let page = try #require(site.output("policies/p/index.html"))
        #expect(page.contains("<div class=\"doc-tools\" data-print-label=\"打印本页\"></div>"))
        #expect(page.contains("<span id=\"page-qr-caption\">扫码在手机上阅读</span><br><span class=\"page-url\">https://example.gov.cn/policy/policies/p/</span>"))
        let about = try #require(site.output("en/about/index.html"))
        #expect(about.contains("data-print-label=\"Print\"") && about.contains("aria-label=\"QR code of this page&#39;s address\""))
        #expect(!(try #require(site.output("policies/index.html"))).contains("page-qr"))
    }

    @Test func theQRCodeReadsAsTheCanonicalURL() throws {
        let site = try TestSite.build(["Content/policies/laoshan-sti-plan.zh.md": policy("规划")])
        let page = try #require(site.output("policies/laoshan-sti-plan/index.html"))
        let url = "https://example.gov.cn/policy/policies/laoshan-sti-plan/"
        #expect(try QRReader.read(svgIn: page) == url)
    }

    @Test func aOneLanguageSiteHasNoLanguageSwitcher() throws {
        let site = try TestSite.build(
            ["Content/policies/p.md": policy("规划")],
            siteYAML: "title: 测试站\nbase_url: https://example.gov.cn/\nlanguages: [zh]\n")
        #expect(site.errors.isEmpty, "\(site.report)")
        #expect(!(try #require(site.output("policies/p/index.html"))).contains("language-switcher"))
        let bilingual = try TestSite.build(["Content/policies/p.zh.md": policy("规划")])
        #expect(try #require(bilingual.output("policies/p/index.html")).contains("language-switcher"))
    }

    @Test func theNotFoundPageCarriesItsStyleAndScriptWithIt() throws {
        let site = try TestSite.build(["Content/policies/p.zh.md": policy("规划")])
        let page = try #require(site.output("404.html"))
        #expect(page.contains("<style>\n/* PolicySite default theme."))
        #expect(!page.contains("<link rel=\"stylesheet\""))
        #expect(!page.contains("<script src="))
        #expect(try #require(site.output("index.html")).contains("<link rel=\"stylesheet\" href=\"assets/site.css\">"))
    }
}
