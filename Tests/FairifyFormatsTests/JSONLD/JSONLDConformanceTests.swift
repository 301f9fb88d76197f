import Foundation
import XCTest
@testable import FairifyFormats

/// Runs the W3C JSON-LD 1.1 API test suite from ../shared/conformance/json-ld-api.
final class JSONLDConformanceTests: XCTestCase {
    func testExpandManifest() throws { try runManifest("expand", floor: 0.95) }
    func testCompactManifest() throws { try runManifest("compact", floor: 0.85) }
    func testToRdfManifest() throws { try runManifest("toRdf", floor: 0.90) }
    func testHtmlManifest() throws { try runManifest("html", floor: 0.80) }

    enum Outcome { case passed, failed(String), skipped(String) }

    private func runManifest(_ name: String, floor: Double) throws {
        guard let folder = SuiteLocation.folder else {
            throw XCTSkip("../shared not present: W3C JSON-LD suite (../shared/conformance/json-ld-api) skipped")
        }
        let manifestURL = folder.appendingPathComponent("\(name)-manifest.jsonld")
        let manifest = try JSONParser.parse(bytes: [UInt8](Data(contentsOf: manifestURL)), file: manifestURL.path).value
        let baseIri = manifest["baseIri"]?.stringValue ?? SuiteDocumentLoader.remotePrefix
        let runner = SuiteRunner(folder: folder, baseIri: baseIri)
        var passed = 0, failed: [String] = [], skipped: [String] = []
        for entry in manifest["sequence"]?.asList ?? [] {
            guard let test = SuiteTest(entry) else { continue }
            switch runner.run(test) {
            case .passed: passed += 1
            case .failed(let why): failed.append("\(name)\(test.id): \(why)")
            case .skipped(let why): skipped.append("\(name)\(test.id): \(why)")
            }
        }
        print("\(name): \(passed) passed, \(failed.count) failed")
        for line in skipped { print("  skipped \(line)") }
        for line in failed { print("  FAILED \(line)") }
        let ratio = Double(passed) / Double(max(passed + failed.count, 1))
        XCTAssertGreaterThanOrEqual(ratio, floor, "\(name): \(passed) passed, \(failed.count) failed")
    }
}

struct SuiteRunner {
    let folder: URL
    let baseIri: String

    func run(_ test: SuiteTest) -> JSONLDConformanceTests.Outcome {
        if test.option["specVersion"]?.stringValue == "json-ld-1.0" { return .skipped("JSON-LD 1.0 only") }
        if test.option["processingMode"]?.stringValue == "json-ld-1.0" { return .skipped("json-ld-1.0 processing mode") }
        if test.kind == "jld:FlattenTest" { return .skipped("flattening is not implemented") }
        if test.option["produceGeneralizedRdf"]?.boolValue == true { return .skipped("generalized RDF is not implemented") }
        do {
            let output = try execute(test)
            if test.isNegative { return .failed("expected error '\(test.expectErrorCode ?? "")', got a result") }
            return output
        } catch let error as JSONLDError {
            if test.isNegative {
                return error.code == test.expectErrorCode ? .passed : .failed("expected '\(test.expectErrorCode ?? "")', got '\(error.code)'")
            }
            return .failed("unexpected error \(error)")
        } catch {
            return .failed("unexpected error \(error)")
        }
    }

    private func load(_ relative: String) throws -> JSONValue {
        let url = folder.appendingPathComponent(relative)
        return try JSONParser.parse(bytes: [UInt8](Data(contentsOf: url)), file: relative).value
    }

    private func processor(_ test: SuiteTest) -> JSONLDProcessor {
        var options = JSONLDOptions(documentLoader: SuiteDocumentLoader(folder: folder))
        if let compactArrays = test.option["compactArrays"]?.boolValue { options.compactArrays = compactArrays }
        if let direction = test.option["rdfDirection"]?.stringValue { options.rdfDirection = .init(rawValue: direction) }
        return JSONLDProcessor(options: options)
    }

    private func input(_ test: SuiteTest, base: inout String) throws -> JSONValue {
        let path = test.input.split(separator: "#", maxSplits: 1).first.map(String.init) ?? test.input
        if path.hasSuffix(".html") {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(path)))
            var url = baseIri + test.input
            if let base = test.option["base"]?.stringValue { url = base }
            let extracted = try HTMLScriptExtractor.extract(bytes: bytes, url: url, file: path,
                                                            extractAll: test.option["extractAllScripts"]?.boolValue ?? false)
            if let htmlBase = extracted.base { base = htmlBase }
            return extracted.document
        }
        return try load(test.input)
    }

    private func execute(_ test: SuiteTest) throws -> JSONLDConformanceTests.Outcome {
        var base = test.option["base"]?.stringValue ?? (baseIri + test.input)
        let processor = processor(test)
        let document = try input(test, base: &base)
        switch test.kind {
        case "jld:ExpandTest":
            var expandContext: JSONValue?
            if let reference = test.option["expandContext"]?.stringValue { expandContext = try load(reference) }
            let result = try processor.expand(document, base: base, expandContext: expandContext)
            return try compare(result, test)
        case "jld:CompactTest":
            let context = try test.context.map { try load($0) } ?? .object(JSONObject())
            let result = try processor.compact(document, context: context, base: base)
            return try compare(result, test)
        case "jld:ToRDFTest":
            let quads = try processor.toRDF(document, base: base)
            guard let expect = test.expect else { return .passed }
            let expected = try String(contentsOf: folder.appendingPathComponent(expect), encoding: .utf8)
            let actual = RDFQuad.nquads(quads)
            return NQuadsComparison.equal(actual, expected) ? .passed : .failed("got\n\(actual)")
        default:
            return .skipped("unsupported test type \(test.types)")
        }
    }

    private func compare(_ result: JSONValue, _ test: SuiteTest) throws -> JSONLDConformanceTests.Outcome {
        guard let expect = test.expect else { return .passed }
        let expected = try load(expect)
        return JSONLDComparison.equal(result, expected) ? .passed : .failed("got \(JSONWriter.compact.string(result))")
    }
}
