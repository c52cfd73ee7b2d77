/// Lines a web page adds around a document when it is copied: source and
/// copyright notices, comment boxes, share and print buttons, editor
/// credits. They are not part of the document and must not be published.
enum WebDebris {
    /// Why the line is debris, or nil when it is text.
    static func reason(_ line: String) -> DroppedLine.Reason? {
        // Debris lines are short; a paragraph that merely mentions, say,
        // 评论区 is text.
        guard line.count <= 80 else { return nil }
        if line.contains("侵权") && (line.contains("删除") || line.contains("联系")) {
            return .copyrightNotice
        }
        for (prefix, reason) in prefixes where line.hasPrefix(prefix) {
            return reason
        }
        for (fragment, reason) in fragments where line.contains(fragment) {
            return reason
        }
        return nil
    }

    private static let prefixes: [(String, DroppedLine.Reason)] = [
        ("来源：", .sourceNotice), ("来源:", .sourceNotice),
        ("文章来源", .sourceNotice), ("信息来源", .sourceNotice),
        ("责任编辑", .editorCredit), ("编辑：", .editorCredit), ("编辑:", .editorCredit),
        ("上一篇", .pageNavigation), ("下一篇", .pageNavigation),
        ("分享到", .shareButtons),
        ("参与评论", .commentBox), ("发表评论", .commentBox), ("我要评论", .commentBox),
        ("评论区", .commentBox),
        ("【字体", .fontSizeButtons), ("字体：", .fontSizeButtons), ("字号：", .fontSizeButtons),
        ("浏览次数", .pageCounter), ("访问量", .pageCounter),
    ]

    private static let fragments: [(String, DroppedLine.Reason)] = [
        ("文章内容来自网络", .sourceNotice),
        ("请回复有价值的信息", .commentBox),
        ("无意义的评论", .commentBox),
        ("打印本页", .printButton), ("【打印】", .printButton),
        ("关闭窗口", .closeButton), ("【关闭】", .closeButton),
        ("扫一扫在手机", .qrCode),
    ]
}
