@testable import FairifyFormats
import XCTest

final class XMLPathBuilderTests: XCTestCase {
    /// The builder remembers the last sibling it indexed; paths asked in any order must agree
    /// with paths computed from scratch.
    func testRememberedSiblingsGiveTheSamePathsInAnyOrder() throws {
        let xml = "<r><a/><b/><a><c/><c/></a><p:b xmlns:p=\"urn:p\"/><b/><a/><d/></r>"
        let doc = try XMLDocument.parse(bytes: Array(xml.utf8), file: "p.xml")
        let root = try XCTUnwrap(doc.root)
        let elements = root.children + root.children[2].children
        let expected = ["/r/a[1]", "/r/b[1]", "/r/a[2]", "/r/p:b", "/r/b[2]", "/r/a[3]", "/r/d", "/r/a[2]/c[1]", "/r/a[2]/c[2]"]
        XCTAssertEqual(elements.map(\.path), expected)
        for order in [Array(elements.indices), Array(elements.indices.reversed()), [5, 0, 2, 8, 4, 1, 7, 3, 6]] {
            var builder = XMLPathBuilder()
            for index in order { XCTAssertEqual(builder.path(elements[index].node), expected[index]) }
        }
        XCTAssertEqual(root.path, "/r")
    }
}
