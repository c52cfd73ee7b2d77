import Testing
@testable import PolicySite

struct ContextValueTests {
    @Test func takesOutAValueOfExactlyTheType() {
        let context: [String: Any] = ["title": "科技创新", "items": [["a": "1"]] as [[String: Any]], "shown": true]
        let value: Any = context
        #expect(ContextValue.exactly(value, as: [String: Any].self)?["title"] as? String == "科技创新")
        #expect(ContextValue.exactly(context["title"]!, as: String.self) == "科技创新")
        #expect(ContextValue.exactly(context["shown"]!, as: Bool.self) == true)
        #expect(ContextValue.exactly(context["items"]!, as: [[String: Any]].self)?.first?["a"] as? String == "1")
    }

    @Test func refusesAnyOtherType() {
        #expect(ContextValue.exactly("1" as Any, as: Int.self) == nil)
        #expect(ContextValue.exactly(["a": "b"] as [String: String] as Any, as: [String: Any].self) == nil)
        #expect(ContextValue.exactly(Optional("x") as Any, as: String.self) == nil)
    }

    /// An `Any` that holds an `Any`: the type it reports is the inner value's,
    /// and the value must still be taken out whole (reading it as held in
    /// place crashed the Mustache specification's tests).
    @Test func unwrapsAnExistentialHeldInAnExistential() {
        func pass<T>(_ value: T) -> Any { value }
        let inner: Any = ["k": "v"] as [String: Any]
        let outer = pass(inner)
        #expect(ContextValue.exactly(outer, as: [String: Any].self)?["k"] as? String == "v")
        let text = pass("文本" as Any)
        #expect(ContextValue.exactly(text, as: String.self) == "文本")
    }
}
