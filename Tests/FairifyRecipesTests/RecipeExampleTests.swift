@testable import FairifyRecipes
import FairifyFormats
import FairifyModel
import Foundation
import XCTest

/// Runs every recipe's before/after examples: the result must match, a second run must change
/// nothing (idempotence), and the output must parse again.
final class RecipeExampleTests: XCTestCase {
    func testCatalogLoadsAtLeastTwentyRecipes() throws {
        let recipes = try RecipeCatalog.all()
        XCTAssertGreaterThanOrEqual(recipes.count, 20)
        for id in ["doi-canonical", "license-spdx-iri", "add-license", "add-access-rights", "declare-conformsto", "schemaorg-context",
                   "split-creator-names", "add-orcid", "add-ror-affiliation", "keywords-to-iris", "add-distribution-mediatype",
                   "add-checksum", "add-content-url", "dates-iso8601", "language-iso639", "add-publisher", "add-data-catalog",
                   "typed-related-identifiers", "add-provenance", "add-data-identifier", "datacite-mandatory", "add-version",
                   "add-description", "add-identifier"] {
            XCTAssertNoThrow(try RecipeCatalog.recipe(id), id)
        }
        for recipe in recipes { XCTAssertFalse(recipe.examples.isEmpty, "\(recipe.id) has no example") }
    }

    func testExamples() throws {
        var actual: [String: String] = [:]
        var failures: [String] = []
        for recipe in try RecipeCatalog.all() {
            for (index, example) in recipe.examples.enumerated() {
                let label = "\(recipe.source):\(example.line) (\(example.format))"
                do {
                    let once = try ExampleRunner.run(recipe, example)
                    actual["\(recipe.id)#\(index)"] = once
                    if once != example.after { failures.append("\(label): result differs from 'after'\n--- got:\n\(once)") }
                    let twice = try ExampleRunner.run(recipe, example, input: once)
                    if twice != once { failures.append("\(label): not idempotent\n--- second run:\n\(twice)") }
                    try ExampleRunner.parses(once, format: example.format)
                } catch {
                    failures.append("\(label): \(error)")
                }
            }
        }
        if let path = ProcessInfo.processInfo.environment["FAIRIFY_RECIPES_REGEN"] {
            let data = try JSONSerialization.data(withJSONObject: actual, options: [.prettyPrinted, .sortedKeys])
            try data.write(to: URL(fileURLWithPath: path))
            return
        }
        XCTAssertTrue(failures.isEmpty, failures.joined(separator: "\n\n"))
    }
}

enum ExampleRunner {
    static func run(_ recipe: Recipe, _ example: RecipeExample, input: String? = nil) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fairify-example-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, content) in example.files { try content.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let request = RecipeRequest(recipe: recipe, params: RecipeParameterValues(example.params))
        let outcome = try RecipeRunner.apply([request], to: Array((input ?? example.before).utf8), file: "example", directory: directory)
        return String(decoding: outcome.bytes, as: UTF8.self)
    }

    static func parses(_ text: String, format: String) throws {
        switch format {
        case "json-ld": _ = try JSONParser.parse(text)
        case "yaml-ld", "cff": _ = try YAMLNodes.compose(text, file: "example")
        case "datacite-json", "datapackage": _ = try JSONParser.parse(text)
        case "turtle": _ = try MetadataReader.read(bytes: Array(text.utf8), name: "example.ttl")
        default: try XMLValidation.checkWellFormed(Array(text.utf8), file: "example")
        }
    }
}
