@testable import FairifyFormats
import FairifyModel
import XCTest

final class XMLDocumentTests: XCTestCase {
    let sample = """
    <?xml version="1.0" encoding="UTF-8"?>
    <r:root xmlns:r="urn:x:r" xmlns="urn:x:d"
        xmlns:a="urn:x:a" a:flag="yes" plain="1">
      <item>één</item>
      <item  x:y="2" xmlns:x="urn:x:x"><![CDATA[<raw>]]> and <b>bold</b></item>
      <other xml:lang="fr"/>
    </r:root>
    """

    func testNamesNamespacesAttributesAndText() throws {
        let doc = try XMLDocument.parse(bytes: Array(sample.utf8), file: "s.xml")
        let root = try XCTUnwrap(doc.root)
        XCTAssertEqual(root.localName, "root")
        XCTAssertEqual(root.prefix, "r")
        XCTAssertEqual(root.qualifiedName, "r:root")
        XCTAssertEqual(root.namespaceURI, "urn:x:r")
        XCTAssertEqual(root.attribute("flag", namespace: "urn:x:a"), "yes")
        XCTAssertEqual(root.attribute("plain"), "1")
        XCTAssertEqual(root.attributes.map(\.localName), ["flag", "plain"])
        XCTAssertEqual(root.attributes.first?.namespaceURI, "urn:x:a")
        let items = root.children(named: "item")
        XCTAssertEqual(items.count, 2)
        XCTAssertEqual(items[0].text, "één")
        XCTAssertEqual(items[0].namespaceURI, "urn:x:d")
        XCTAssertEqual(items[1].textContent, "<raw> and bold")
        XCTAssertEqual(items[1].attribute("y", namespace: "urn:x:x"), "2")
        XCTAssertEqual(root.child("other")?.language, "fr")
        XCTAssertEqual(root.namespaceDeclarations.count, 3)
    }

    func testPositionsAndPaths() throws {
        let doc = try XMLDocument.parse(bytes: Array(sample.utf8), file: "s.xml")
        let root = try XCTUnwrap(doc.root)
        XCTAssertEqual(root.position.line, 2)
        XCTAssertEqual(root.position.column, 1)
        let items = root.children(named: "item")
        XCTAssertEqual(items[0].position.line, 4)
        XCTAssertEqual(items[0].position.column, 3)
        XCTAssertEqual(items[1].position.line, 5)
        XCTAssertEqual(items[1].path, "/r:root/item[2]")
        XCTAssertEqual(root.child("other")?.path, "/r:root/other")
        XCTAssertEqual(root.child("other")?.location.description, "s.xml:6:3")
        let offset = items[1].position.offset
        XCTAssertEqual(Array(sample.utf8)[offset...].prefix(5), Array("<item".utf8)[...])
    }

    func testXPathWithNamespacesAndSerialisation() throws {
        let doc = try XMLDocument.parse(bytes: Array(sample.utf8), file: "s.xml")
        let found = try doc.xpath("/r:root/d:item[d:b]", namespaces: ["r": "urn:x:r", "d": "urn:x:d"])
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(try doc.xpathString("count(//d:item)", namespaces: ["d": "urn:x:d"]), "2")
        XCTAssertThrowsError(try doc.xpath("//[", namespaces: [:]))
        XCTAssertTrue(doc.serialized().contains("<other xml:lang=\"fr\"/>"))
        XCTAssertEqual(doc.root?.child("other")?.serialized(), "<other xml:lang=\"fr\"/>")
    }

    func testMalformedGivesOneLineDiagnosticWithLineAndColumn() {
        let text = "<a>\n  <b>text</c>\n</a>"
        XCTAssertThrowsError(try XMLDocument.parse(bytes: Array(text.utf8), file: "bad.xml")) { error in
            let description = String(describing: error)
            XCTAssertTrue(description.hasPrefix("bad.xml:2:"), description)
            XCTAssertTrue(description.contains(": error: "), description)
            XCTAssertFalse(description.contains("\n"))
        }
    }

    func testEmptyAndBinaryFilesAreRefused() {
        for (bytes, expected) in [([UInt8](), "empty"), (Array("  \n ".utf8), "empty"), ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "binary")] {
            XCTAssertThrowsError(try XMLDocument.parse(bytes: bytes, file: "x.xml")) { error in
                XCTAssertTrue(String(describing: error).contains(expected), String(describing: error))
                XCTAssertTrue(String(describing: error).hasPrefix("x.xml:"), String(describing: error))
            }
        }
        XCTAssertThrowsError(try XMLDocument.parse(bytes: Array("just text, no markup".utf8), file: "t.xml")) { error in
            XCTAssertTrue(String(describing: error).hasPrefix("t.xml:1:"), String(describing: error))
        }
    }

    func testBillionLaughsIsRefusedQuickly() {
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        text += (1...9).map { level in
            " <!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">\n"
        }.joined()
        text += "]>\n<lolz>&lol9;</lolz>\n"
        XCTAssertThrowsError(try XMLDocument.parse(bytes: Array(text.utf8), file: "lol.xml")) { error in
            let description = String(describing: error)
            XCTAssertTrue(description.hasPrefix("lol.xml:3:"), description)
            XCTAssertTrue(description.contains("entity declarations are not allowed"), description)
        }
    }

    func testExternalEntitiesAndDTDsAreNeverRead() throws {
        let xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<r>&x;</r>"
        XCTAssertThrowsError(try XMLDocument.parse(bytes: Array(xxe.utf8), file: "xxe.xml")) { error in
            XCTAssertTrue(String(describing: error).contains("entity declarations are not allowed"))
            XCTAssertFalse(String(describing: error).contains("root:"))
        }
        let parameter = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>\n<r/>"
        XCTAssertThrowsError(try XMLDocument.parse(bytes: Array(parameter.utf8), file: "pe.xml"))
        // An external DTD is never loaded: the document is refused at its DOCTYPE.
        let dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE r SYSTEM \"file:///etc/passwd\">\n<r>a&ent;b</r>"
        XCTAssertThrowsError(try XMLDocument.parse(bytes: Array(dtd.utf8), file: "dtd.xml")) { error in
            XCTAssertTrue("\(error)".hasPrefix("dtd.xml:2:1: error: external DTDs are not allowed (file:///etc/passwd)"), "\(error)")
            XCTAssertFalse("\(error)".contains("root:"))
        }
        let network = "<?xml version=\"1.0\"?>\n<!DOCTYPE r SYSTEM \"http://127.0.0.1:9/never.dtd\">\n<r/>"
        XCTAssertThrowsError(try XMLDocument.parse(bytes: Array(network.utf8), file: "net.xml"))
        // A DOCTYPE without an external subset is harmless.
        XCTAssertNoThrow(try XMLDocument.parse(bytes: Array("<?xml version=\"1.0\"?>\n<!DOCTYPE r>\n<r/>".utf8), file: "plain.xml"))
    }

    func testConcurrentParsesKeepTheirOwnErrors() {
        let good = Array(sample.utf8)
        let bad = Array("<a>\n\n<b></a>".utf8)
        DispatchQueue.concurrentPerform(iterations: 200) { index in
            if index.isMultiple(of: 2) {
                XCTAssertNotNil(try? XMLDocument.parse(bytes: good, file: "g\(index).xml").root)
            } else {
                do {
                    _ = try XMLDocument.parse(bytes: bad, file: "b\(index).xml")
                    XCTFail("bad document parsed")
                } catch {
                    XCTAssertTrue(String(describing: error).hasPrefix("b\(index).xml:3:"), String(describing: error))
                }
            }
        }
    }

    func testUTF16AndLatin1DocumentsParse() throws {
        let latin1: [UInt8] = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<a>caf".utf8) + [0xE9] + Array("</a>".utf8)
        let doc = try XMLDocument.parse(bytes: latin1, file: "l.xml")
        XCTAssertEqual(doc.root?.text, "café")
        XCTAssertEqual(doc.root?.line, 2)
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "<a>x</a>".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        XCTAssertEqual(try XMLDocument.parse(bytes: utf16, file: "u.xml").root?.text, "x")
    }
}
