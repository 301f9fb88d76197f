@testable import FairifyRecipes
import FairifyFormats
import FairifyModel
import Foundation
import XCTest

final class ConvertTests: XCTestCase {
    static var examples: URL { GuaranteeTests.packageRoot.appendingPathComponent("Examples") }

    func testEveryReadableExampleConvertsToEveryTarget() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.examples.path).filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
        var converted = 0
        for name in files {
            let url = Self.examples.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path),
                  let record = (try? MetadataReader.read(bytes: [UInt8](data), name: url.path))?.records.first else { continue }
            for target in ConvertTarget.allCases {
                let result = try Crosswalk.convert(record, to: target)
                switch target {
                case .schemaOrgJSONLD, .dcatJSONLD: XCTAssertNoThrow(try JSONParser.parse(result.text), "\(name) -> \(target)")
                case .yamlLD: XCTAssertNoThrow(try YAMLNodes.compose(result.text, file: name), "\(name) -> \(target)")
                case .nquads: XCTAssertFalse(result.text.isEmpty, "\(name) -> nquads")
                case .dataCiteXML:
                    XCTAssertNoThrow(try XMLValidation.checkWellFormed(Array(result.text.utf8), file: name))
                    // A record without a mandatory property cannot be valid; convert says so instead.
                    if let schema = DataCiteSchemaTests.schemaPath, !result.dropped.keys.contains(where: { $0.hasPrefix("missing mandatory") }) {
                        XCTAssertEqual(try XMLValidation.validate(Array(result.text.utf8), schemaPath: schema), [], "\(name) -> datacite-xml:\n\(result.text)")
                    }
                }
            }
            converted += 1
        }
        XCTAssertGreaterThan(converted, 0)
    }

    func testTitleAndCreatorsSurviveARoundTrip() throws {
        let url = Self.examples.appendingPathComponent("datacite-rich.xml")
        guard let data = FileManager.default.contents(atPath: url.path) else { throw XCTSkip("Examples/datacite-rich.xml missing") }
        let record = try XCTUnwrap(try MetadataReader.read(bytes: [UInt8](data), name: "in.xml").records.first)
        let xml = try Crosswalk.convert(record, to: .dataCiteXML)
        let back = try XCTUnwrap(try MetadataReader.read(bytes: Array(xml.text.utf8), name: "out.xml").records.first)
        for kind in [FactKind.title, .creator, .license, .identifier, .keyword] {
            XCTAssertEqual(Set(back.facts(kind).map(\.value)), Set(record.facts(kind).map(\.value)), "\(kind)")
        }
    }
}
