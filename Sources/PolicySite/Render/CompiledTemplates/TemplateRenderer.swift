import Mustache

/// Renders compiled templates (`TemplateCompiler`) with a context made of
/// dictionaries, arrays, strings, numbers and booleans, as swift-mustache
/// renders them: the same lookups up the context stack, sections, inverted
/// sections, partials, inheritance, indentation and transforms. The
/// library's rendering is the reference; `TemplateRendererTests` compares
/// the two.
///
/// Values are told apart by comparing types, not by casting to protocols;
/// a value of another type takes the library's own way (its protocols,
/// then reflection). Contexts come from `PageBuilder` and hold data only:
/// no lambdas and no templates, which the library would also accept.
struct TemplateRenderer: Sendable {
    let templates: [String: [TemplateNode]]

    /// About the size of a document page of the default theme (20 KB, a
    /// quarter of it the page's own text).
    static let expectedPageBytes = 32_768

    func render(_ context: [String: Any], template: String) -> String? {
        guard let nodes = templates[template] else { return nil }
        var out = ""
        // Room for a document page at once, rather than growing and copying it five times on the way.
        out.reserveCapacity(Self.expectedPageBytes)
        var frame = Frame(stack: [context])
        render(nodes, &frame, into: &out)
        return out
    }

    /// Where rendering is: the library's `MustacheContext`. One frame is
    /// changed and changed back as rendering goes in and out of sections
    /// and partials: a copy for each, as the library makes, allocated a
    /// new context stack for every item of every list.
    private struct Frame {
        var stack: [Any]
        /// The place in the list a section is repeated for, for `{{first()}}` and the like.
        var sequence: SequencePlace?
        var indentation: String?
        /// Blocks overridden by the templates that include this one; the outermost wins.
        var inherited: [String: [TemplateNode]]?
        var escaping = TemplateEscaping.html

        /// What entering a partial or a block changes.
        struct Scope {
            var sequence: SequencePlace?
            var indentation: String?
            var inherited: [String: [TemplateNode]]?
            var escaping: TemplateEscaping
        }

        var scope: Scope {
            get { Scope(sequence: sequence, indentation: indentation, inherited: inherited, escaping: escaping) }
            set { (sequence, indentation, inherited, escaping) = (newValue.sequence, newValue.indentation, newValue.inherited, newValue.escaping) }
        }

        mutating func indent(by more: String?) {
            sequence = nil
            if let more { indentation = (indentation ?? "") + more }
        }
    }

    /// Renders nodes as the library renders one template: a content type
    /// set inside stays inside.
    private func render(_ nodes: [TemplateNode], _ frame: inout Frame, into out: inout String) {
        let escaping = frame.escaping
        defer { frame.escaping = escaping }
        guard let indentation = frame.indentation, !indentation.isEmpty else {
            for node in nodes { render(node, &frame, into: &out) }
            return
        }
        // Inside an indented partial: a piece that starts a line is indented
        // (not the template's first piece; the text before the tag indents it).
        var own = ""
        for node in nodes {
            var piece = ""
            render(node, &frame, into: &piece)
            if !piece.isEmpty, own.last == "\n" { own += indentation }
            own += piece
        }
        out += own
    }

    /// Renders nodes with `object` innermost on the stack.
    private func render(_ nodes: [TemplateNode], pushing object: Any, at place: SequencePlace? = nil,
                        _ frame: inout Frame, into out: inout String) {
        let sequence = frame.sequence
        frame.stack.append(object)
        frame.sequence = place
        render(nodes, &frame, into: &out)
        frame.stack.removeLast()
        frame.sequence = sequence
    }

    private func render(_ node: TemplateNode, _ frame: inout Frame, into out: inout String) {
        switch node {
        case .text(let text):
            out += text
        case .variable(let name, let escaped):
            guard let value = lookUp(name, in: frame) else { return }
            let text = Self.text(of: value)
            out += escaped ? frame.escaping.escape(text) : text
        case .section(let name, let nodes, let inverted):
            let value = lookUp(name, in: frame)
            if inverted {
                renderInverted(value, nodes, &frame, into: &out)
            } else {
                renderSection(value, nodes, &frame, into: &out)
            }
        case .block(let name, let defaultNodes, let indentation):
            let scope = frame.scope
            frame.indent(by: indentation)
            render(frame.inherited?[name] ?? defaultNodes, &frame, into: &out)
            frame.scope = scope
        case .partial(let name, let dynamic, let indentation, let overrides):
            var templateName = name
            if dynamic {
                guard let value = lookUp(TemplateName(name, transforms: []), in: frame), let named = value as? String else { return }
                templateName = named
            }
            guard let nodes = templates[templateName] else { return }
            let scope = frame.scope
            frame.indent(by: indentation)
            frame.escaping = .html
            if let overrides { frame.inherited = frame.inherited?.merging(overrides) { outer, _ in outer } ?? overrides }
            render(nodes, &frame, into: &out)
            frame.scope = scope
        case .contentType(let escaping):
            frame.escaping = escaping
        }
    }

    private func renderSection(_ value: Any?, _ nodes: [TemplateNode], _ frame: inout Frame, into out: inout String) {
        guard let value else { return }
        let type = type(of: value)
        if let list = ContextValue.exactly(value, as: [[String: Any]].self) {
            repeatSection(list, nodes, &frame, into: &out)
        } else if let flag = ContextValue.exactly(value, as: Bool.self) {
            if flag { render(nodes, &frame, into: &out) }
        } else if type == [String: Any].self || type == String.self {
            render(nodes, pushing: value, &frame, into: &out)
        } else if let list = value as? any MustacheSequence {
            repeatSection(list, nodes, &frame, into: &out)
        } else if let renderable = value as? MustacheCustomRenderable, renderable.isNull {
            return
        } else {
            render(nodes, pushing: value, &frame, into: &out)
        }
    }

    private func repeatSection(_ list: some Sequence, _ nodes: [TemplateNode], _ frame: inout Frame, into out: inout String) {
        var iterator = list.makeIterator()
        guard var current = iterator.next() else { return }
        var place = SequencePlace(first: true, last: false, index: 0)
        while let next = iterator.next() {
            render(nodes, pushing: current, at: place, &frame, into: &out)
            current = next
            place.first = false
            place.index += 1
        }
        place.last = true
        render(nodes, pushing: current, at: place, &frame, into: &out)
    }

    private func renderInverted(_ value: Any?, _ nodes: [TemplateNode], _ frame: inout Frame, into out: inout String) {
        guard let value else { return render(nodes, &frame, into: &out) }
        let type = type(of: value)
        if let flag = ContextValue.exactly(value, as: Bool.self) {
            if !flag { render(nodes, &frame, into: &out) }
        } else if let list = ContextValue.exactly(value, as: [[String: Any]].self) {
            if list.isEmpty { render(nodes, pushing: value, &frame, into: &out) }
        } else if type == [String: Any].self || type == String.self {
            return
        } else if let list = value as? any MustacheSequence {
            if Self.isEmpty(list) { render(nodes, pushing: value, &frame, into: &out) }
        } else if let renderable = value as? MustacheCustomRenderable, renderable.isNull {
            render(nodes, &frame, into: &out)
        }
    }

    private static func isEmpty(_ list: some Sequence) -> Bool {
        var iterator = list.makeIterator()
        return iterator.next() == nil
    }

    // MARK: Names

    private func lookUp(_ name: TemplateName, in frame: Frame) -> Any? {
        var found: Any?
        switch name.start {
        case .current:
            found = frame.stack.last
        case .sequence:
            found = frame.sequence
        case .innermost:
            found = Self.descend(name.parts[...], from: frame.stack.last!)
        case .stack:
            if let first = name.parts.first {
                for object in frame.stack.reversed() {
                    if let child = Self.child(first, of: object) {
                        found = Self.descend(name.parts.dropFirst(), from: child)
                        break
                    }
                }
            } else {
                found = frame.stack.last
            }
        }
        guard var value = found.flatMap(Self.represented) else { return nil }
        for transform in name.transforms.reversed() {
            guard let transformed = Self.transform(value, transform) else { return nil }
            value = transformed
        }
        return value
    }

    private static func descend(_ parts: ArraySlice<String>, from object: Any) -> Any? {
        var object = object
        for part in parts {
            guard let child = child(part, of: object) else { return nil }
            object = child
        }
        return object
    }

    /// The library's immediate-child lookup, with the common types first.
    private static func child(_ name: String, of object: Any) -> Any? {
        if let dictionary = ContextValue.exactly(object, as: [String: Any].self) { return dictionary[name] }
        if let dictionary = ContextValue.exactly(object, as: [String: String].self) { return dictionary[name] }
        let type = type(of: object)
        if type == String.self || type == Bool.self || type == [[String: Any]].self { return nil }
        guard let object = represented(object) else { return nil }
        if let parent = object as? MustacheParent { return parent.child(named: name) }
        guard let match = Mirror(reflecting: object).children.first(where: { $0.label == name }) else { return nil }
        let mirror = Mirror(reflecting: match.value)
        guard mirror.displayStyle == .optional else { return match.value }
        return mirror.children.first?.value
    }

    /// What the library sees of a value that asks to be seen as another (`NSNull` as nothing).
    private static func represented(_ value: Any) -> Any? {
        let type = type(of: value)
        if type == String.self || type == [String: Any].self || type == [[String: Any]].self || type == Bool.self { return value }
        if let custom = value as? MustacheCustomRepresentation { return custom.representation }
        return value
    }

    private static func transform(_ value: Any, _ name: String) -> Any? {
        // A page's lists (`{{^empty(toc)}}`) by their type: asking the runtime whether a value conforms to the protocol cost more than the transform.
        if let list = ContextValue.exactly(value, as: [[String: Any]].self) { return list.transform(name) }
        if let place = ContextValue.exactly(value, as: SequencePlace.self) { return place.transform(name) }
        return (value as? MustacheTransformable)?.transform(name)
    }

    /// A value as `{{name}}` writes it, before escaping.
    private static func text(of value: Any) -> String {
        if let text = ContextValue.exactly(value, as: String.self) { return text }
        if let renderable = value as? MustacheCustomRenderable { return renderable.renderText }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional, let wrapped = mirror.children.first?.value { return String(describing: wrapped) }
        return String(describing: value)
    }
}

/// The place in a list a section is repeated for: the library's
/// `MustacheSequenceContext`, with the same transforms.
struct SequencePlace {
    var first: Bool
    var last: Bool
    var index: Int

    func transform(_ name: String) -> Any? {
        switch name {
        case "first": return first
        case "last": return last
        case "index": return index
        case "even": return index & 1 == 0
        case "odd": return index & 1 == 1
        default: return nil
        }
    }
}
