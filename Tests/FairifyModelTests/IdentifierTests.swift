import FairifyModel
import XCTest

final class IdentifierTests: XCTestCase {
    func testSchemesAndCanonicalForms() {
        let cases: [(String, IdentifierScheme, String?)] = [
            ("doi:10.5281/zenodo.123", .doi, "https://doi.org/10.5281/zenodo.123"),
            ("http://dx.doi.org/10.1000/xyz", .doi, "https://doi.org/10.1000/xyz"),
            ("10.1000/xyz", .doi, "https://doi.org/10.1000/xyz"),
            ("hdl:11234/1-123", .handle, "https://hdl.handle.net/11234/1-123"),
            ("ark:/13030/tf5p30086k", .ark, "https://n2t.net/ark:/13030/tf5p30086k"),
            ("https://orcid.org/0000-0002-1825-0097", .orcid, "https://orcid.org/0000-0002-1825-0097"),
            ("https://ror.org/05dxps055", .ror, "https://ror.org/05dxps055"),
            ("http://purl.org/foo/bar", .purl, "https://purl.org/foo/bar"),
            ("https://w3id.org/ro/crate", .w3id, "https://w3id.org/ro/crate"),
            ("urn:nbn:de:0001-123", .urn, nil),
            ("123e4567-e89b-12d3-a456-426614174000", .uuid, nil),
            ("https://example.org/data/1", .url, "https://example.org/data/1"),
            ("dataset-42", .local, nil),
        ]
        for (raw, scheme, canonical) in cases {
            let id = ClassifiedIdentifier.classify(raw)
            XCTAssertEqual(id.scheme, scheme, raw)
            XCTAssertEqual(id.canonical, canonical, raw)
        }
        XCTAssertFalse(IdentifierScheme.url.isPersistent, "a plain URL earns no persistence")
    }

    func testORCIDChecksum() {
        XCTAssertTrue(ORCID.hasValidChecksum("0000-0002-1825-0097"))
        XCTAssertTrue(ORCID.hasValidChecksum("0000-0002-1694-233X"))
        XCTAssertFalse(ORCID.hasValidChecksum("0000-0002-1825-0098"))
    }

    func testSHA256() {
        XCTAssertEqual(SHA256.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex([UInt8]()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        XCTAssertEqual(SHA256.hex(million), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        var split = SHA256()
        for size in [1, 63, 64, 65, 999_807] { split.update(million.prefix(size)) }
        XCTAssertEqual(split.finalizeHex(), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", "updates of any size")
    }
}
