/// A line of a question-and-answer interpretation: 问：… or 答：….
struct QALine {
    let isQuestion: Bool

    init?(_ line: String) {
        guard line.count > 2 else { return nil }
        let start = line.prefix(2)
        switch start {
        case "问：", "问:": isQuestion = true
        case "答：", "答:": isQuestion = false
        default: return nil
        }
    }
}
