/// The words of the example site `policysite init` writes, in each language
/// it has them: a district science and technology bureau's innovation
/// voucher policy (科技创新券), short enough to read in a minute and real
/// enough to copy from. `SiteScaffold` puts them into files.
struct ExampleSiteText: Sendable {
    let siteTitle: String
    let publisher: String
    let sciTechTopic: String
    let enterpriseTopic: String

    let policyTitle: String
    /// The body of the policy; `{publisher}` is replaced by the site's
    /// publisher, escaped for Markdown.
    let policyBody: String
    let interpretationTitle: String
    /// `{policy-link}` is replaced by the relative link to the policy.
    let interpretationBody: String
    let aboutTitle: String
    let aboutBody: String

    let term: String
    let termDefinition: String
    /// A plural or other form that links too; nil when the term has none.
    let termAlias: String?

    let indicatorTitle: String
    let indicatorSource: String
    /// `expected` in the words staff use (SPEC §7 takes 预期性 too).
    let expected: String
    let firmsName: String
    let firmsUnit: String
    let amountName: String
    let amountUnit: String

    /// The note at the top of each example file.
    let exampleNote: String

    static func text(for language: String) -> ExampleSiteText? {
        switch language {
        case "zh": return zh
        case "en": return en
        default: return nil
        }
    }

    static let languages = ["zh", "en"]

    static let zh = ExampleSiteText(
        siteTitle: "科技政策发布与解读",
        publisher: "××区科学技术局",
        sciTechTopic: "科技创新",
        enterpriseTopic: "企业服务",
        policyTitle: "××区科技创新券管理办法（试行）",
        policyBody: """
            ## 第一条 目的

            为降低科技型中小企业的创新成本，鼓励企业购买科技服务，制定本办法。

            ## 第二条 科技创新券

            本办法所称科技创新券，是区财政资金支持企业购买检验检测、研发设计、技术转移等科技服务的电子凭证。

            ## 第三条 申领条件

            在本区注册、从事技术开发的科技型中小企业，可以向{publisher}申领科技创新券。每家企业每年申领额度不超过10万元。

            ## 第四条 施行日期

            本办法自发布之日起施行，有效期两年。
            """,
        interpretationTitle: "《××区科技创新券管理办法（试行）》政策解读",
        interpretationBody: """
            ## 一、出台背景

            科技型中小企业普遍缺少检测设备和研发力量。为帮助企业用好区内外的科技服务资源，制定了本办法。

            ## 二、主要内容

            企业申领的科技创新券，可用于购买检验检测、研发设计、技术转移等科技服务，每家企业每年不超过10万元。

            办法全文见[《××区科技创新券管理办法（试行）》]({policy-link})。

            ## 三、预期目标

            到规划期末，申领企业达到300家，兑付金额达到1000万元。
            """,
        aboutTitle: "关于本站",
        aboutBody: """
            本站发布{publisher}的政策原文、政策解读和规划指标。

            对政策有疑问的，请在工作日与我们联系。
            """,
        term: "科技创新券",
        termDefinition: "区财政资金支持科技型中小企业购买科技服务的电子凭证。",
        termAlias: nil,
        indicatorTitle: "科技创新券实施指标",
        indicatorSource: "《××区科技创新券管理办法（试行）》",
        expected: "预期性",
        firmsName: "申领企业数",
        firmsUnit: "家",
        amountName: "兑付金额",
        amountUnit: "万元",
        exampleNote: "# 示例文件：可以照着改写，不需要时删掉它（各语言版本一起删）。")

    static let en = ExampleSiteText(
        siteTitle: "Science and Technology Policies",
        publisher: "×× District Science and Technology Bureau",
        sciTechTopic: "Science and technology innovation",
        enterpriseTopic: "Services for enterprises",
        policyTitle: "Measures of ×× District for Innovation Vouchers (Trial)",
        policyBody: """
            ## Article 1 Purpose

            These measures are made to lower the cost of innovation for small and medium-sized technology enterprises and to encourage them to buy science and technology services.

            ## Article 2 Innovation vouchers

            An innovation voucher is an electronic voucher, paid for by the district, with which an enterprise buys services such as testing, research and design, and technology transfer.

            ## Article 3 Who may apply

            A small or medium-sized technology enterprise registered in the district may apply to the {publisher} for innovation vouchers, up to 100,000 yuan a year.

            ## Article 4 Taking effect

            These measures take effect on the day they are published and apply for two years.
            """,
        interpretationTitle: "Interpretation of the Measures of ×× District for Innovation Vouchers (Trial)",
        interpretationBody: """
            ## 1. Background

            Small technology enterprises often lack testing equipment and research staff. The measures help them use the science and technology services in and beyond the district.

            ## 2. Main points

            An enterprise may use its innovation vouchers to buy testing, research and design, and technology transfer services, up to 100,000 yuan a year.

            The full text is in [the Measures of ×× District for Innovation Vouchers (Trial)]({policy-link}).

            ## 3. Targets

            By the end of the plan period, 300 enterprises are to use the vouchers, and 10 million yuan is to be paid out.
            """,
        aboutTitle: "About this site",
        aboutBody: """
            This site publishes the policy documents, interpretations and plan indicators of the {publisher}.

            If you have a question about a policy, please contact us on a working day.
            """,
        term: "innovation voucher",
        termDefinition: "An electronic voucher, paid for by the district, with which a small or medium-sized technology enterprise buys science and technology services.",
        termAlias: "innovation vouchers",
        indicatorTitle: "Innovation voucher indicators",
        indicatorSource: "Measures of ×× District for Innovation Vouchers (Trial)",
        expected: "expected",
        firmsName: "Enterprises using vouchers",
        firmsUnit: "enterprises",
        amountName: "Vouchers paid out",
        amountUnit: "10,000 yuan",
        exampleNote: "# An example: rewrite it, or delete it (with its other languages) when you no longer need it.")
}
