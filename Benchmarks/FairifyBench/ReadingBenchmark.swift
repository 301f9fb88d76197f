import FairifyFormats
import Foundation

/// Reads and crosswalks typical records (Examples/, padded to about 5 KB where they are
/// smaller) many times and prints records/s per format, on one core and on all cores.
enum ReadingBenchmark {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

        struct BenchInput {
        let label: String
        let name: String
        let bytes: [UInt8]
    }

    /// Adds keywords to a JSON-LD record until it is about `target` bytes: a typical record
    /// has more text than the compact examples.
    static func padSchemaOrg(_ text: String, to target: Int) -> String {
        var keywords: [String] = []
        var padded = text
        while padded.utf8.count < target {
            keywords.append("\"benchmark keyword number \(keywords.count)\"")
            padded = text.replacingOccurrences(of: "\"keywords\": [", with: "\"keywords\": [" + keywords.joined(separator: ", ") + ", ")
        }
        return padded
    }

    static func load(_ file: String) -> [UInt8]? {
        FileManager.default.contents(atPath: packageRoot.appendingPathComponent("Examples/" + file).path).map { Array($0) }
    }

    /// The two headline inputs (about 5 KB each) or another file of Examples/ as it is.
    static func input(_ file: String) -> BenchInput? {
        guard let bytes = load(file) else { return nil }
        switch file {
        case "datacite-rich.xml":
            return BenchInput(label: "DataCite XML", name: "datacite.xml", bytes: bytes)
        case "schemaorg-rich.jsonld":
            let padded = padSchemaOrg(String(decoding: bytes, as: UTF8.self), to: 5000)
            return BenchInput(label: "schema.org JSON-LD", name: "schemaorg.jsonld", bytes: Array(padded.utf8))
        default:
            return BenchInput(label: file, name: file, bytes: bytes)
        }
    }

    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// CPU time of the calling thread: on a shared, loaded machine wall time undercounts
    /// what one core does, CPU time does not.
    static func cpuSeconds(_ body: () throws -> Void) rethrows -> Double {
        var start = timespec(), end = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
        try body()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
        return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
    }

    static func run(iterations: Int) throws {
        var inputs: [BenchInput] = []
        for file in ["datacite-rich.xml", "schemaorg-rich.jsonld"] {
            if let input = input(file) { inputs.append(input) }
        }
        for (label, file) in [
            ("DataCite JSON", "datacite.json"), ("RO-Crate", "ro-crate/ro-crate-metadata.json"), ("Croissant", "croissant.json"),
            ("HTML landing page", "landing-page.html"), ("Dublin Core OAI", "dublin-core-oai.xml"), ("DCAT RDF/XML", "dcat-catalogue.rdf"),
            ("EML", "eml.xml"), ("ISO 19139", "iso19139.xml"), ("Data Package", "datapackage.json"), ("CITATION.cff", "CITATION.cff"),
            ("YAML-LD", "yaml-ld.yaml"),
        ] {
            if let bytes = load(file) { inputs.append(BenchInput(label: label, name: file, bytes: bytes)) }
        }


        let cores = ProcessInfo.processInfo.activeProcessorCount
        print("fairify-bench: \(iterations) reads per format, \(cores) cores")
        print("format".padding(toLength: 20, withPad: " ", startingAt: 0) + "   bytes   records/s/core (CPU time)   records/s/core (wall)   records/s (\(cores) cores, wall)   CPU µs/record")
        for input in inputs {
            let label = input.label.padding(toLength: 20, withPad: " ", startingAt: 0)
            do {
                _ = try MetadataReader.read(bytes: input.bytes, name: input.name)
            } catch {
                print("\(label)  skipped: \(error)")
                continue
            }
            var records = 0
            var cpu = 0.0
            let single = try seconds {
                cpu = try cpuSeconds {
                    for _ in 0..<iterations { records += try MetadataReader.read(bytes: input.bytes, name: input.name).records.count }
                }
            }
            let parallel = seconds {
                DispatchQueue.concurrentPerform(iterations: cores) { _ in
                    for _ in 0..<iterations { _ = try? MetadataReader.read(bytes: input.bytes, name: input.name) }
                }
            }
            let perCore = Double(records) / single
            let allCores = Double(records * cores) / parallel
            let perCoreCPU = Double(records) / cpu
            let micro = cpu / Double(records) * 1e6
            print(label + String(format: " %7d   %25.0f   %21.0f   %31.0f   %13.1f", input.bytes.count, perCoreCPU, perCore, allCores, micro))
        }
    }
}
