import XCTest
@testable import FairifyFormats
import FairifyModel

/// Shortcuts the crosswalk takes for speed must answer exactly what the general code answers.
final class CrosswalkShortcutTests: XCTestCase {
    func testIdentifierShortcutAgreesWithTheClassifier() throws {
        var inputs = [
            "https://orcid.org/0000-0002-1825-0097", "https://orcid.org/0000-0002-1694-233x", "https://orcid.org/0000-0002-1825-0098",
            "https://orcid.org/0000-0002-1825-009", "https://ORCID.org/0000-0002-1825-0097", "http://orcid.org/0000-0002-1825-0097",
            "https://orcid.org/0000 0002 1825 0097", "https://orcid.org/0000-0002-1825-00９7", " https://orcid.org/0000-0002-1825-0097",
            "https://ror.org/05qj6w324", "https://ror.org/15qj6w324", "https://ror.org/05qj6w32", "https://ror.org/05qj 6w32",
            "https://ror.org/05qj6w32é", "https://ROR.org/05qj6w324", "ror:05qj6w324", "https://ror.org/0/qj6w324",
            "https://doi.org/10.1234/abc", "https://doi.org/10.1234/", "https://doi.org/10./abc", "https://doi.org/10.12a4/abc",
            "https://doi.org/10.1234.5/a/b", "https://doi.org/10.1234", "https://DOI.org/10.1234/abc", "https://doi.org/10.1234/a b",
            "https://example.org/x", "https://example.org/DOI.ORG/x", "http://localhost:8080/a", "https://intranet/a", "https://a?b.c",
            "http://purl.org/dc/terms/", "https://w3id.org/ro/crate", "https://n2t.net/ark:/12345/x", "https://hdl.handle.net/1/2",
            "http://example.org", "https://", "http://", "https://.", "0000-0002-1825-0097", "https://example.org/orcid",
            "https://identifiers.org/taxonomy:9606", "https://arxiv.org/abs/1234.5678", "https://isni.org/isni/000000012146438X",
        ]
        inputs += try Self.stringsInExamplesAndCorpus()
        for input in inputs {
            let expected = ClassifiedIdentifier.classify(input)
            let actual = LDIdentifier.classify(input)
            XCTAssertEqual(actual.scheme, expected.scheme, input)
            XCTAssertEqual(actual.canonical, expected.canonical, input)
        }
    }

    /// Every string value in the JSON files of Examples/ and ../shared/corpus (when present).
    static func stringsInExamplesAndCorpus() throws -> [String] {
        var strings: [String] = []
        func collect(_ value: JSONValue) {
            switch value.kind {
            case .string(let s): strings.append(s)
            case .array(let items): items.forEach(collect)
            case .object(let object): object.members.forEach { collect($0.value) }
            default: break
            }
        }
        var files: [String] = []
        let examples = DirectExpansionTests.packageRoot.appendingPathComponent("Examples")
        for name in try FileManager.default.contentsOfDirectory(atPath: examples.path) where name.hasSuffix("json") || name.hasSuffix("jsonld") {
            files.append(examples.appendingPathComponent(name).path)
        }
        files += (try? JSONLDCorpus.files()) ?? []
        for path in files {
            guard let bytes = FileManager.default.contents(atPath: path),
                  let document = try? JSONParser.parse(bytes: [UInt8](bytes), file: path).value else { continue }
            collect(document)
        }
        return strings
    }

    func testTrimmingShortcutAgreesWithScalarTrimming() {
        let inputs = ["plain", " lead", "trail ", "\ttab\n", "\u{85}next", "nbsp\u{A0}", "\u{2003}em\u{2003}", "é", "", " ", "a\u{0B}", "\u{1C}x\u{1F}"]
        for input in inputs {
            let scalars = input.unicodeScalars
            let expected: String
            if let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
               let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) {
                expected = String(scalars[start...end])
            } else {
                expected = ""
            }
            XCTAssertEqual(input.ldTrimmed(), input.isEmpty ? "" : expected, input.debugDescription)
        }
    }

    func testPointersFoundByBisectionLeadBackToTheirValues() throws {
        let path = DirectExpansionTests.packageRoot.appendingPathComponent("Examples/schemaorg-rich.jsonld").path
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: path))
        let document = try JSONParser.parse(bytes: [UInt8](bytes), file: path).value
        var positions: [SourcePosition] = []
        func collect(_ value: JSONValue) {
            positions.append(value.position)
            switch value.kind {
            case .array(let items): items.forEach(collect)
            case .object(let object): object.members.forEach { collect($0.value) }
            default: break
            }
        }
        collect(document)
        let locator = JSONPointerLocator(document)
        for position in positions {
            let pointer = try XCTUnwrap(locator.pointer(at: position), "\(position)")
            XCTAssertEqual(document.value(atPointer: pointer)?.position, position, pointer)
        }
    }

    func testLicenceIdentificationIsTheSameWhenRemembered() {
        let licences = ["https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0", "http://spdx.org/licenses/MIT", "nonsense"]
        let first = licences.map(SPDXLicense.identify)
        XCTAssertEqual(first, ["CC-BY-4.0", "CC-BY-4.0", "MIT", nil])
        XCTAssertEqual(licences.map(SPDXLicense.identify), first)
    }
}
