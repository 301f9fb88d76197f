import FairifyFormats
import FairifyModel
import XCTest

final class HTMLLandingPageTests: XCTestCase {
    func testFindsEveryJSONLDBlockWithPagePositions() throws {
        let page = """
        <!DOCTYPE html>
        <html><head><title>x</title>
        <script type="application/ld+json">
        {"@type": "Dataset",
         "name": "A"}
        </script>
        <script type="text/javascript">var a = "<b>";</script>
        <SCRIPT TYPE="Application/LD+JSON; charset=utf-8">[{"name": "B"}]</SCRIPT>
        </head><body><p>unclosed</body></html>
        """
        let blocks = try HTMLLandingPage.jsonLDBlocks(bytes: Array(page.utf8), file: "p.html")
        XCTAssertEqual(blocks.count, 2)
        XCTAssertEqual(blocks[0]["name"]?.stringValue, "A")
        XCTAssertEqual(blocks[0].position.line, 4)
        XCTAssertEqual(blocks[0]["name"]?.position.line, 5)
        let bytes = Array(page.utf8)
        XCTAssertEqual(bytes[blocks[0].position.offset], UInt8(ascii: "{"))
        XCTAssertEqual(blocks[1].position.line, 8)
        XCTAssertEqual(blocks[1].arrayValue?.first?["name"]?.stringValue, "B")
    }

    func testNoBlockGivesEmptyListAndBadJSONAnHTMLPosition() throws {
        XCTAssertEqual(try HTMLLandingPage.jsonLDBlocks(bytes: Array("<html><p>hi</p></html>".utf8), file: "n.html").count, 0)
        let bad = "<html>\n<script type=\"application/ld+json\">\n{\"a\": }\n</script></html>"
        XCTAssertThrowsError(try HTMLLandingPage.jsonLDBlocks(bytes: Array(bad.utf8), file: "b.html")) { error in
            XCTAssertTrue(String(describing: error).hasPrefix("b.html:3:"), String(describing: error))
        }
    }
}
