import CMarkGFM
import Foundation

/// The process-wide state of the cmark-gfm C library.
enum CMarkLibrary {
    /// Registers the GitHub extensions. The library guards this with an
    /// unprotected static flag, so it runs once, before any parallel parse.
    static let extensionsRegistered: Void = {
        cmark_gfm_core_extensions_ensure_registered()
    }()

    /// cmark-gfm's inline parser toggles a global table of special characters
    /// per extension: two `cmark_parser_finish` calls at once silently lose
    /// strikethrough and autolinks (FINDINGS.md). Feeding and rendering stay
    /// parallel; only finishing takes this lock.
    static let finishLock = NSLock()

    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
}
