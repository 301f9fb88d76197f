import Foundation

/// Validates JSON against a JSON schema with python3's `jsonschema`, when this machine has it.
enum SchemaValidator {
    /// nil when python3 or jsonschema is missing; "" when valid; the errors otherwise.
    static func validate(instance: URL, schema: URL) throws -> String? {
        let script = """
        import json, sys
        try:
            import jsonschema
        except ImportError:
            sys.exit(3)
        schema = json.load(open(sys.argv[1]))
        instance = json.load(open(sys.argv[2]))
        cls = jsonschema.validators.validator_for(schema)
        errors = sorted(cls(schema).iter_errors(instance), key=lambda e: list(e.path))
        for e in errors[:20]:
            print("/".join(str(p) for p in e.path), e.message)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema.path, instance.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        do { try process.run() } catch { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 3 || process.terminationStatus == 127 { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
