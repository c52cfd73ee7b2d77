import Foundation

/// What `serve` adds to the HTML it serves, and never to `Output/`, whose
/// pages need no JavaScript: a script that waits for the next build and
/// reloads the page, and, while the latest build has failed, a panel
/// listing its diagnostics over the last good page.
public enum PreviewPage {
    /// Answers with the build generation once it differs from `since`.
    public static let eventsPath = "/__policysite/events"

    /// `html` with the reload script, and the error panel when the latest
    /// build failed, inserted before `</body>`.
    public static func decorate(_ html: String, status: PreviewStatus) -> String {
        let addition = (status.isBroken ? ErrorPanel.html(status.diagnostics, in: status.language) : "") + reloadScript(status.generation)
        guard let end = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) else {
            return html + addition
        }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: addition)
    }

    /// The page shown where there is no built page to show: before the
    /// first build has finished, or when no build has succeeded yet.
    public static func placeholder(status: PreviewStatus) -> String {
        let message = status.generation == 0
            ? "<p>正在生成网站… Building the site…</p>"
            : "<p>这个地址没有页面。There is no page at this address.</p>"
        return decorate("""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>policysite serve</title></head>
            <body>\(status.isBroken ? "" : message)</body>
            </html>
            """, status: status)
    }

    /// Long-polls the events endpoint; a failed request (the server is
    /// restarting) is retried a second later.
    private static func reloadScript(_ generation: Int) -> String {
        """
        <script>
        (function () {
          var seen = \(generation);
          function wait() {
            fetch("\(eventsPath)?since=" + seen, { cache: "no-store" })
              .then(function (response) { return response.text(); })
              .then(function (text) { if (Number(text) !== seen) { location.reload(); } else { wait(); } })
              .catch(function () { setTimeout(wait, 1000); });
          }
          wait();
        })();
        </script>

        """
    }
}
