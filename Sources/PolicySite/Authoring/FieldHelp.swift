/// What each front-matter field means (SPEC §4), as the comment `new`
/// writes beside it, in the file's language so staff can read it.
enum FieldHelp {
    struct Entry {
        /// A sample value, written after `# ` for optional fields.
        let example: String
        let zh: String
        let en: String
    }

    static func text(_ field: String, language: String) -> String {
        let entry = entries[field]!
        return language == "zh" ? entry.zh : entry.en
    }

    static func example(_ field: String) -> String { entries[field]!.example }

    static let entries: [String: Entry] = [
        "title": Entry(example: "", zh: "标题", en: "the title in this language"),
        "summary": Entry(example: "\"……\"", zh: "一段摘要；不填时取正文第一段",
                         en: "a one-paragraph abstract; without it the first paragraph is used"),
        "draft": Entry(example: "true", zh: "true 表示草稿，构建时不发布（加 --drafts 时才发布）",
                       en: "true keeps the document out of the site unless the build is given --drafts"),
        "issuer": Entry(example: "", zh: "发文机关，如 崂山区科技创新委员会", en: "the issuing body"),
        "doc_number": Entry(example: "崂科创发〔2021〕1号", zh: "发文字号", en: "the document number, as printed on it"),
        "index_no": Entry(example: "11370212MB2844566K/2021-00012", zh: "索引号（政府信息公开目录中的编号），照原样填写，使用半角字符",
                          en: "the index number (索引号) of the government information catalogue, as written, in half-width characters"),
        "registration_no": Entry(example: "QDCR-2021-0010001", zh: "规范性文件统一登记号，照原样填写",
                                 en: "the registration number (统一登记号) of a normative document, as written"),
        "effective": Entry(example: "2021-04-01", zh: "施行日期，格式 YYYY-MM-DD", en: "the date the policy takes effect, YYYY-MM-DD"),
        "attachments": Entry(example: "[{ file: ../static/files/plan.pdf, title: \"……\" }]",
                             zh: "附件列表：文件放在 Content/static/ 下，路径从本文件写起，如同链接；页面显示标题、类型和大小",
                             en: "attached files, in Content/static/, each path written from this file as in a link; the page shows title, type and size"),
        "video": Entry(example: "{ file: ../static/video/clip.mp4, captions: ../static/video/clip.zh.vtt }",
                       zh: "视频解读（form: video）的视频文件和字幕（WebVTT，必填），可加 poster 封面图",
                       en: "for form: video, the video file and its captions (WebVTT, required), optionally a poster image"),
        "issued": Entry(example: "2021-03-01", zh: "成文日期，格式 YYYY-MM-DD", en: "the date the document was signed, YYYY-MM-DD"),
        "published": Entry(example: "", zh: "在本站发布的日期，格式 YYYY-MM-DD",
                           en: "the date it is published on this site, YYYY-MM-DD"),
        "status": Entry(example: "effective", zh: "效力状态：effective（有效，默认）、expired（失效）或 repealed（废止）",
                        en: "effective (the default), expired or repealed"),
        "expires": Entry(example: "2025-12-31", zh: "失效日期，格式 YYYY-MM-DD", en: "the date the policy stops applying, YYYY-MM-DD"),
        "topics": Entry(example: "[sci-tech]", zh: "主题分类 id 列表，见 site.yaml 的 topics",
                        en: "a list of topic ids from site.yaml's topics"),
        "basis": Entry(example: "[laoshan-sti-plan]", zh: "文件依据：政策的文件名（slug，会生成链接）或文件标题的列表",
                       en: "the documents this one rests on: policy slugs (linked) or titles (shown)"),
        "policy": Entry(example: "", zh: "所解读政策的文件名（slug），如 laoshan-sti-plan 对应 Content/policies/laoshan-sti-plan.zh.md",
                        en: "the slug of the policy this interprets, e.g. laoshan-sti-plan for Content/policies/laoshan-sti-plan.en.md"),
        "agency": Entry(example: "", zh: "解读机关", en: "the interpreting body"),
        "interpreter": Entry(example: "\"……\"", zh: "解读人", en: "the person who wrote the interpretation"),
        "phone": Entry(example: "\"0532-88888888\"", zh: "咨询电话（加引号）", en: "the enquiries telephone number (in quotes)"),
        "email": Entry(example: "kjcx@example.gov.cn", zh: "咨询邮箱", en: "the enquiries email address"),
        "form": Entry(example: "text", zh: "解读形式：text（文字，默认）、graphic（图解）、video（视频）或 qa（问答）",
                      en: "text (the default), graphic, video or qa"),
        "indicators": Entry(example: "[national-innovation]", zh: "随文显示的数据集 id 列表，见 Content/indicators/",
                            en: "ids of the data sets shown with the document, from Content/indicators/"),
        "glossary": Entry(example: "false", zh: "false 表示正文中的术语不链接到术语表",
                          en: "false stops terms in the text from linking to the glossary"),
        "menu": Entry(example: "1", zh: "在网站菜单中的位置（数字）", en: "the position in the site menu, a number"),
    ]
}
