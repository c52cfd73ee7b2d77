extension Explanations {
    static let output: [DiagnosticCode: Explanation] = [
        .outputRefused: Explanation(
            "不能写入这个输出文件夹", "An output folder the build refuses",
            zh: "构建会替换输出文件夹中的所有内容，所以它只写入自己建的文件夹（里面有 .policysite-output 标记）、空文件夹或新文件夹，从不写入网站本身、Content/、Templates/ 或 .git。",
            en: "A build replaces everything in its output folder, so it writes only to a folder it made (holding its .policysite-output mark), an empty or a new one, never to the site itself, Content/, Templates/ or .git.",
            file: "mydocs",
            wrong: "policysite build --output mydocs   # mydocs 中有别的文件", right: "policysite build --output Output"),
        .cacheInsideSite: Explanation(
            "缓存文件夹在会发布的位置", "A cache folder inside what is published",
            zh: "构建缓存含有草稿的标题，不能放在 Content/ 或输出文件夹中。",
            en: "The build cache holds drafts' titles, so it may not sit inside Content/ or the output.",
            file: "Content/.cache",
            wrong: "policysite build --cache-dir Content/.cache", right: "policysite build --cache-dir .policysite-cache"),
        .staticCollision: Explanation(
            "静态文件会覆盖生成的文件", "A static file that would replace a generated one",
            zh: "Content/static/ 中的文件按原路径复制到网站根目录；与生成的页面（如 index.html、search/）同名就会冲突。",
            en: "Files in Content/static/ are copied to the site's root by their path; one named like a generated file (index.html, search/) collides with it.",
            file: "Content/static/index.html",
            wrong: "Content/static/index.html", right: "Content/static/files/index-old.html"),
        .outputEdited: Explanation(
            "构建期间输出文件被改动", "An output file edited during the build",
            zh: "构建时有人或程序改动了输出文件夹中的文件。不要直接编辑输出文件夹；再构建一次。",
            en: "Someone or something changed a file in the output folder during the build. Do not edit the output folder; build again.",
            file: "Output/index.html",
            wrong: "（构建时用编辑器修改 Output/index.html）", right: "（修改 Content/ 中的文件，再构建）"),
        .writeFailed: Explanation(
            "无法写入网站", "The site could not be written",
            zh: "系统拒绝写入：文件夹不可写或磁盘已满。上一次成功生成的网站保持原样。",
            en: "The system refused to write: the folder is not writable or the disk is full. The last good site stays as it was.",
            file: "Output",
            wrong: "No space left on device", right: "（腾出磁盘空间后再构建）"),
    ]
}
