/// Lines a web page adds around a document when it is copied: source and
/// copyright notices, comment boxes, share and print buttons, editor
/// credits. They are not part of the document and must not be published.
enum WebDebris {
    /// Why the line is debris, or nil when it is text.
    static func reason(_ line: String) -> String? {
        // Debris lines are short; a paragraph that merely mentions, say,
        // 评论区 is text.
        guard line.count <= 80 else { return nil }
        if line.contains("侵权") && (line.contains("删除") || line.contains("联系")) {
            return "copyright notice"
        }
        for (prefix, reason) in prefixes where line.hasPrefix(prefix) {
            return reason
        }
        for (fragment, reason) in fragments where line.contains(fragment) {
            return reason
        }
        return nil
    }

    private static let prefixes: [(String, String)] = [
        ("来源：", "source notice"), ("来源:", "source notice"),
        ("文章来源", "source notice"), ("信息来源", "source notice"),
        ("责任编辑", "editor credit"), ("编辑：", "editor credit"), ("编辑:", "editor credit"),
        ("上一篇", "page navigation"), ("下一篇", "page navigation"),
        ("分享到", "share buttons"),
        ("参与评论", "comment box"), ("发表评论", "comment box"), ("我要评论", "comment box"),
        ("评论区", "comment box"),
        ("【字体", "font-size buttons"), ("字体：", "font-size buttons"), ("字号：", "font-size buttons"),
        ("浏览次数", "page counter"), ("访问量", "page counter"),
    ]

    private static let fragments: [(String, String)] = [
        ("文章内容来自网络", "source notice"),
        ("请回复有价值的信息", "comment box"),
        ("无意义的评论", "comment box"),
        ("打印本页", "print button"), ("【打印】", "print button"),
        ("关闭窗口", "close button"), ("【关闭】", "close button"),
        ("扫一扫在手机", "QR code"),
    ]
}
