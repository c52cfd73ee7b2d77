/// Messages about a document's Markdown text (13xx).
extension Message {
    static func linkLeavesContent(_ url: String) -> Message {
        Message(.linkLeavesContent,
                zh: "链接“\(url)”指向 Content/ 之外",
                en: "the link '\(url)' leads outside Content/",
                hint: Bilingual(zh: "链接到 Content/ 中的文件，例如 ../policies/plan.zh.md，或把文件放进 Content/static/",
                           en: "link to files inside Content/, e.g. ../policies/plan.zh.md, or put the file in Content/static/"))
    }

    static func linkToMissingStatic(_ url: String, path: String) -> Message {
        Message(.brokenLink,
                zh: "链接“\(url)”指向的 \(path) 不存在",
                en: "the link '\(url)' points at \(path), which does not exist",
                hint: Bilingual(zh: "检查文件名，或把文件放进 Content/static/", en: "check the file name, or add the file to Content/static/"))
    }

    static func linkToDraft(_ url: String) -> Message {
        Message(.brokenLink,
                zh: "链接“\(url)”指向一份草稿，草稿不会发布",
                en: "the link '\(url)' points at a draft, which is not published",
                hint: Bilingual(zh: "发布那份文档（删去“draft: true”）或删除此链接；--drafts 会连草稿一起构建",
                           en: "publish that document (remove 'draft: true') or remove the link; --drafts builds drafts too"))
    }

    static func linkToUnpublished(_ url: String, path: String) -> Message {
        Message(.brokenLink,
                zh: "链接“\(url)”指向的 \(path) 不是发布的页面",
                en: "the link '\(url)' points at \(path), which is not a published page",
                hint: Bilingual(zh: "链接到政策、解读或页面（.md），供下载的文件放在 Content/static/",
                           en: "link to a policy, interpretation or page (.md), or put files to download in Content/static/"))
    }

    static func linkToMissingFile(_ url: String, path: String, suggestion: String?) -> Message {
        Message(.brokenLink,
                zh: "链接“\(url)”指向的 \(path) 不存在",
                en: "the link '\(url)' points at \(path), which does not exist",
                hint: suggestion.map(didYouMean) ?? Bilingual(zh: "检查路径；它相对于本文件所在的文件夹",
                                                        en: "check the path; it is relative to this file's folder"))
    }

    /// `image`: an image; else raw HTML.
    static func externalResource(_ url: String, host: String, image: Bool) -> Message {
        Message(.externalResource,
                zh: "\(image ? "图片" : "这里的 HTML")从其他网站 \(host) 加载“\(url)”",
                en: "\(image ? "the image" : "the HTML here") loads '\(url)' from another host, \(host)",
                hint: Bilingual(zh: "页面不从其他网站加载任何内容：把文件存到 Content/static/ 下并写它的路径，例如 ![说明](../static/images/chart.png)；链接到其他网站 [文字](https://…) 没有问题",
                           en: "a page loads nothing from another host: save the file under Content/static/ and give its path, e.g. ![说明](../static/images/chart.png); a link [text](https://…) to another site is fine"))
    }

    static let emptyDocument = Message(
        .emptyDocument,
        zh: "此文档在前置信息之后没有正文",
        en: "this document has no text after its front matter",
        hint: Bilingual(zh: "在第二个“---”之后写正文", en: "write the text after the second '---' line"))

    static func emptySection(_ heading: String) -> Message {
        Message(.emptySection,
                zh: "“\(heading)”一节没有内容",
                en: "the section '\(heading)' has no text",
                hint: Bilingual(zh: "在标题下写这一节的内容，或删除此标题", en: "write the section's text under the heading, or remove the heading"))
    }

    static func indicatorsBlockNamesOne(example: String) -> Message {
        Message(.indicatorsBlock,
                zh: "indicators 代码块要写明一个数据集：```indicators ID",
                en: "an indicators block names one data set: ```indicators ID",
                hint: Bilingual(zh: "例如 ```indicators \(example)", en: "e.g. ```indicators \(example)"))
    }

    static func indicatorsBlockOption(_ option: String, set: String) -> Message {
        Message(.indicatorsBlock,
                zh: "“\(option)”不是 indicators 代码块的选项",
                en: "'\(option)' is not an option of an indicators block",
                hint: Bilingual(zh: "唯一的选项是 progress：```indicators \(set) progress",
                                en: "the one option is progress: ```indicators \(set) progress"))
    }

    static func indicatorsBlockUnknownSet(_ id: String, suggestion: String?) -> Message {
        Message(.indicatorsBlock,
                zh: "indicators 代码块写的“\(id)”不是数据集",
                en: "the indicators block names '\(id)', which is no data set",
                hint: suggestion.map(didYouMean) ?? whereDataSetsAre)
    }

    static func indicatorsBlockUnknownIndicator(_ wanted: String, set: String, ids: [String], suggestion: String?) -> Message {
        Message(.indicatorsBlock,
                zh: "数据集“\(set)”中没有指标“\(wanted)”",
                en: "the data set '\(set)' has no indicator '\(wanted)'",
                hint: suggestion.map(didYouMean) ?? Bilingual(zh: "它的指标是 \(ids.joined(separator: ", "))",
                                                        en: "its indicators are \(ids.joined(separator: ", "))"))
    }
}
