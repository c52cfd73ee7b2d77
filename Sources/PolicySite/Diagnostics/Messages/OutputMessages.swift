/// Messages about the output folder, the build cache and writing (18xx).
extension Message {
    private static let ownFolder = Bilingual(zh: "把网站写到它自己的文件夹，例如 --output Output（默认）",
                                        en: "write the site to its own folder, e.g. --output Output (the default)")

    static func outputHoldsSite(_ output: String) -> Message {
        Message(.outputRefused,
                zh: "输出文件夹 \(output) 包含网站本身；构建会替换网站的文件",
                en: "the output folder \(output) holds the site itself; building would replace the site's files",
                hint: ownFolder)
    }

    static func outputInside(_ output: String, folder: String) -> Message {
        Message(.outputRefused,
                zh: "输出文件夹 \(output) 在 \(folder) 之中；构建会替换网站自己的文件",
                en: "the output folder \(output) is inside \(folder); building would replace the site's own files",
                hint: ownFolder)
    }

    static func outputInGit(_ output: String) -> Message {
        Message(.outputRefused,
                zh: "输出文件夹 \(output) 在 git 仓库的 .git 文件夹之中；构建会毁掉仓库",
                en: "the output folder \(output) is inside a git repository's .git folder; building would destroy the repository",
                hint: ownFolder)
    }

    static func outputNotOurs(_ folder: String) -> Message {
        Message(.outputRefused,
                zh: "\(folder) 中已有不是 policysite 写的文件；构建会删除它们",
                en: "\(folder) already holds files that policysite did not write; building would delete them",
                hint: Bilingual(zh: "为 --output 另选一个新的或空的文件夹，或先把那些文件移走",
                           en: "choose a new or empty folder for --output, or move those files away first"))
    }

    static func cacheInsidePublished(_ cache: String, container: String) -> Message {
        Message(.cacheInsideSite,
                zh: "缓存文件夹 \(cache) 在 \(container) 之中，那里的文件会被发布",
                en: "the cache folder \(cache) is inside \(container), whose files are published",
                hint: Bilingual(zh: "把缓存放在 Content/ 和输出文件夹之外，例如 --cache-dir .policysite-cache（默认）",
                           en: "keep the cache outside Content/ and the output, e.g. --cache-dir .policysite-cache (the default)"))
    }

    static func replacesGenerated(_ path: String) -> Message {
        Message(.staticCollision,
                zh: "此文件会替换生成的 \(path)",
                en: "this file would replace the generated \(path)",
                hint: Bilingual(zh: "在 Content/static/ 中给它改名或换个位置", en: "rename or move it inside Content/static/"))
    }

    static let insideSearchIndex = Message(
        .staticCollision,
        zh: "此文件会落在生成的搜索索引之中",
        en: "this file would be inside the generated search index",
        hint: Bilingual(zh: "在 Content/static/ 中给它改名或换个位置", en: "rename or move it inside Content/static/"))

    static let outputEdited = Message(
        .outputEdited,
        zh: "构建网站期间此文件被改动了，所以没有保留",
        en: "this file changed while the site was being built, so it was not kept",
        hint: Bilingual(zh: "不要编辑输出文件夹中的文件；再构建一次", en: "do not edit files in the output folder; build again"))

    /// `reason`: what the system said.
    static func writeFailed(_ reason: String) -> Message {
        Message(.writeFailed,
                zh: "无法写入网站：\(reason)",
                en: reason,
                hint: Bilingual(zh: "检查文件夹是否可写、磁盘是否已满", en: "check that the folder is writable and the disk is not full"))
    }
}
