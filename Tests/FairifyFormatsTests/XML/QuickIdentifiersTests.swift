@testable import FairifyFormats
import XCTest

final class QuickIdentifiersTests: XCTestCase {
    func testResolverPrefixesMatchInAnyCase() {
        XCTAssertEqual(QuickIdentifiers.orcid(" HTTPS://ORCID.org/0000-0002-1825-009x "), "https://orcid.org/0000-0002-1825-009X")
        XCTAssertEqual(QuickIdentifiers.orcid("orcid:0000-0002-1825-0097"), "https://orcid.org/0000-0002-1825-0097")
        XCTAssertEqual(QuickIdentifiers.ror("Https://Ror.Org/05gq02987"), "https://ror.org/05gq02987")
        XCTAssertNil(QuickIdentifiers.ror("https://example.org/05gq02987"))
        XCTAssertEqual(QuickIdentifiers.doiIRI("https://DX.DOI.org/10.1234/abc"), "https://doi.org/10.1234/abc")
    }

    func testNULBytesAreFoundAtAnyOffsetOfTheHead() {
        for offset in [3, 7, 8, 9, 15, 16, 4095] {
            var bytes = Array("<a>".utf8) + Array(repeating: UInt8(ascii: "x"), count: 4200)
            bytes[offset] = 0
            XCTAssertThrowsError(try XMLDocument.parse(bytes: bytes, file: "n.xml")) { error in
                XCTAssertTrue(String(describing: error).contains("NUL"), "offset \(offset): \(error)")
            }
        }
        var late = Array("<a>".utf8) + Array(repeating: UInt8(ascii: "x"), count: 4200)
        late[4100] = 0
        XCTAssertThrowsError(try XMLDocument.parse(bytes: late, file: "n.xml")) { error in
            XCTAssertFalse(String(describing: error).contains("NUL"), "only the first 4 KB are checked: \(error)")
        }
    }
}
