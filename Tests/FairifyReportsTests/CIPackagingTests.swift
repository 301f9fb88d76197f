import Foundation
import XCTest

/// The GitHub Action and pre-commit hook files parse and carry the keys their runners need.
final class CIPackagingTests: XCTestCase {
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    func testActionAndHooksAreValidYAMLWithTheExpectedShape() throws {
        let script = """
        import sys
        try:
            import yaml
        except ImportError:
            sys.exit(3)
        action = yaml.safe_load(open(sys.argv[1]))
        assert action["runs"]["using"] == "composite", "composite action"
        for name in ["paths", "packs", "min-score", "format", "sarif"]:
            assert name in action["inputs"], "input " + name
            assert isinstance(action["inputs"][name]["description"], str), "description of " + name
        for step in action["runs"]["steps"]:
            assert ("run" in step) != ("uses" in step), "step runs or uses"
            if "run" in step: assert step["shell"] == "bash", "shell on run steps"
        assert any(s.get("uses", "").startswith("github/codeql-action/upload-sarif@") for s in action["runs"]["steps"])
        hooks = yaml.safe_load(open(sys.argv[2]))
        assert [h["id"] for h in hooks][0] == "fairify-assess"
        for h in hooks:
            for key in ["id", "name", "entry", "language"]: assert key in h, key
        print("ok")
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, Self.root.appendingPathComponent("action.yml").path,
                             Self.root.appendingPathComponent(".pre-commit-hooks.yaml").path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { throw XCTSkip("python3 not available: action.yml not checked") }
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 3 || process.terminationStatus == 127 { throw XCTSkip("python3 with PyYAML not available: action.yml not checked") }
        XCTAssertEqual(output, "ok\n", errors)
    }
}
