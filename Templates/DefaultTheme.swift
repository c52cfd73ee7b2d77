/// The default theme, compiled into the tool: every file under Templates/
/// by its path there. A site's own Templates/ replaces these file by file.
///
/// SwiftPM names embedded files after their file name alone, so file names
/// are unique across the theme's folders.
public enum DefaultTheme {
    public static let files: [String: [UInt8]] = [
        "layouts/base.mustache": PackageResources.base_mustache,
        "layouts/home.mustache": PackageResources.home_mustache,
        "layouts/list.mustache": PackageResources.list_mustache,
        "layouts/policy.mustache": PackageResources.policy_mustache,
        "layouts/interpretation.mustache": PackageResources.interpretation_mustache,
        "layouts/page.mustache": PackageResources.page_mustache,
        "layouts/notfound.mustache": PackageResources.notfound_mustache,
        "layouts/switcher.mustache": PackageResources.switcher_mustache,
        "layouts/toc.mustache": PackageResources.toc_mustache,
        "layouts/doc-item.mustache": PackageResources.doc_item_mustache,
        "layouts/meta.mustache": PackageResources.meta_mustache,
        "layouts/filters.mustache": PackageResources.filters_mustache,
        "layouts/search.mustache": PackageResources.search_mustache,
        "assets/search.js": PackageResources.search_js,
        "assets/a11y.js": PackageResources.a11y_js,
        "layouts/indicators.mustache": PackageResources.indicators_mustache,
        "layouts/indicator-set.mustache": PackageResources.indicator_set_mustache,
        "layouts/indicator-embeds.mustache": PackageResources.indicator_embeds_mustache,
        "layouts/indicator-progress.mustache": PackageResources.indicator_progress_mustache,
        "layouts/glossary.mustache": PackageResources.glossary_mustache,
        "layouts/attachments.mustache": PackageResources.attachments_mustache,
        "layouts/video.mustache": PackageResources.video_mustache,
        "layouts/page-qr.mustache": PackageResources.page_qr_mustache,
        "i18n/zh.yaml": PackageResources.zh_yaml,
        "i18n/en.yaml": PackageResources.en_yaml,
        "assets/site.css": PackageResources.site_css,
    ]
}
