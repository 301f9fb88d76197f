import FairifyModel

/// DDI Codebook (2.x, namespace `ddi:codebook:2_5` or the older ICPSR one): the study
/// description (`stdyDscr`) describes the dataset, the document description (`docDscr`) the record.
enum DDICodebookReader {
    static func isCodebook(_ element: XMLElement) -> Bool {
        guard element.isNamed("codeBook") else { return false }
        let namespace = element.namespaceURI ?? ""
        return namespace.hasPrefix("ddi:codebook") || namespace.contains("icpsr.umich.edu/DDI") || namespace.isEmpty
    }

    static func read(_ root: XMLElement, index: Int, envelope: XMLEnvelope?) -> Record {
        let version = root.value("version") ?? root.namespaceURI.flatMap { namespace in
            namespace.hasPrefix("ddi:codebook:") ? String(namespace.dropFirst("ddi:codebook:".count)).replacingUnderscores : nil
        }
        var builder = XMLRecordBuilder(root: root, dialect: .ddi, index: index, version: version, envelope: envelope)
        builder.add(.conformsTo, "DDI Codebook " + (version ?? "2"), [FactAttribute.schemaVersion: version, FactAttribute.iri: root.namespaceURI], at: root, property: "codeBook/@version")
        builder.add(.language, root.language, at: root, property: "codeBook/@xml:lang")
        if let document = root.descendant("docDscr", "citation") { readDocumentCitation(document, into: &builder) }
        for study in root.children(named: "stdyDscr") { readStudy(study, into: &builder) }
        for file in root.children(named: "fileDscr") {
            let text = file.child("fileTxt")
            builder.add(.distribution, text?.child("fileName")?.text ?? file.value("URI"), [
                FactAttribute.name: text?.child("fileName")?.text, FactAttribute.url: file.value("URI"),
                FactAttribute.format: text?.child("format")?.text ?? text?.child("fileType")?.text,
            ], at: file)
        }
        builder.addType("Study")
        return builder.build()
    }

    private static func readDocumentCitation(_ citation: XMLElement, into builder: inout XMLRecordBuilder) {
        if let id = citation.descendant("titlStmt", "IDNo") {
            builder.add(.metadataIdentifier, id.text, [FactAttribute.scheme: id.value("agency")], at: id)
        }
        if let producer = citation.descendant("prodStmt", "producer") { builder.addText(.metadataPublisher, producer) }
        if let date = citation.descendant("prodStmt", "prodDate") { builder.add(.metadataDate, date.value("date") ?? date.text, at: date) }
    }

    private static func readStudy(_ study: XMLElement, into builder: inout XMLRecordBuilder) {
        if let citation = study.child("citation") { readCitation(citation, into: &builder) }
        if let info = study.child("stdyInfo") { readStudyInfo(info, into: &builder) }
        if let method = study.child("method") {
            for collection in method.children(named: "dataColl") {
                for step in collection.children where ["collMode", "dataCollector", "sampProc", "resInstru", "sources"].contains(step.localName) {
                    builder.add(.provenance, step.text.map { String($0.prefix(500)) }, [FactAttribute.relationType: step.localName], at: step)
                }
            }
        }
        for access in study.children(named: "dataAccs") {
            if let status = access.descendant("setAvail", "avlStatus") {
                builder.add(.accessRights, status.text, [FactAttribute.isOpen: status.text.flatMap(RightsClassifier.isOpen)], at: status)
            }
            if let use = access.child("useStmt") {
                for statement in use.children where ["restrctn", "conditions", "specPerm", "citReq", "disclaimer"].contains(statement.localName) {
                    let kind: FactKind = statement.localName == "restrctn" ? .accessRights : .rights
                    let text = statement.text
                    if kind == .rights, let text, RightsClassifier.looksLikeLicenseName(text) {
                        builder.add(.license, text, at: statement)
                    } else {
                        builder.add(kind, text, [:], at: statement)
                    }
                }
            }
        }
        if let other = study.child("othrStdyMat") {
            for related in other.children where ["relMat", "relStdy", "relPubl", "othRefs"].contains(related.localName) {
                let link = related.descendants(named: "ExtLink").first?.value("URI") ?? related.descendants(named: "IDNo").first?.text
                builder.add(.relatedResource, link ?? related.text.map { String($0.prefix(300)) }, [FactAttribute.relationType: related.localName, FactAttribute.iri: link], at: related)
            }
        }
    }

    private static func readCitation(_ citation: XMLElement, into builder: inout XMLRecordBuilder) {
        if let titles = citation.child("titlStmt") {
            for title in titles.children {
                switch title.localName {
                case "titl", "parTitl", "altTitl", "subTitl": builder.addText(.title, title, ["titleType": title.localName, FactAttribute.language: title.language])
                case "IDNo": builder.addIdentifier(title, declaredType: title.value("agency"))
                default: break
                }
            }
        }
        for author in citation.child("rspStmt")?.children ?? [] {
            let kind: FactKind = author.isNamed("AuthEnty") ? .creator : .contributor
            builder.addText(kind, author, [FactAttribute.name: author.text, FactAttribute.affiliation: author.value("affiliation"), FactAttribute.role: author.value("role")])
        }
        if let production = citation.child("prodStmt") {
            for item in production.children {
                switch item.localName {
                case "producer": builder.addText(.contributor, item, [FactAttribute.name: item.text, FactAttribute.role: "producer", FactAttribute.affiliation: item.value("affiliation")])
                case "copyright": builder.addText(.rights, item)
                case "prodDate": builder.add(.dateCreated, item.value("date") ?? item.text, at: item)
                case "fundAg": builder.addText(.funding, item, [FactAttribute.funder: item.text])
                case "grantNo": builder.addText(.funding, item, [FactAttribute.awardNumber: item.text, FactAttribute.funder: item.value("agency")])
                default: break
                }
            }
        }
        if let distribution = citation.child("distStmt") {
            for item in distribution.children {
                switch item.localName {
                case "distrbtr": builder.addText(.publisher, item, [FactAttribute.name: item.text, FactAttribute.url: item.value("URI")])
                case "distDate": builder.add(.dateIssued, item.value("date") ?? item.text, at: item)
                case "depDate": builder.add(.date, item.value("date") ?? item.text, [FactAttribute.dateType: "deposited"], at: item)
                default: break
                }
            }
        }
        if let version = citation.descendant("verStmt", "version") { builder.add(.version, version.text ?? version.value("date"), at: version) }
        for holdings in citation.children(named: "holdings") {
            builder.add(.relatedResource, holdings.value("URI"), [FactAttribute.relationType: "landingPage", FactAttribute.url: holdings.value("URI")], at: holdings)
        }
    }

    private static func readStudyInfo(_ info: XMLElement, into builder: inout XMLRecordBuilder) {
        for subject in info.child("subject")?.children ?? [] {
            let scheme = subject.value("vocab")
            let kind: FactKind = subject.isNamed("topcClas") || scheme != nil ? .subject : .keyword
            builder.addText(kind, subject, [FactAttribute.scheme: scheme, FactAttribute.schemeIRI: subject.value("vocabURI")])
        }
        for abstract in info.children(named: "abstract") { builder.addText(.description, abstract, [FactAttribute.language: abstract.language]) }
        guard let summary = info.child("sumDscr") else { return }
        let items = summary.children
        for (position, item) in items.enumerated() {
            switch item.localName {
            case "timePrd", "collDate":
                let event = item.value("event")
                // A start followed by its end makes one period.
                if event == "end", position > 0, items[position - 1].localName == item.localName, items[position - 1].value("event") == "start" { continue }
                var value = item.value("date") ?? item.text
                if event == "start", position + 1 < items.count, items[position + 1].localName == item.localName, items[position + 1].value("event") == "end" {
                    value = (value ?? "..") + "/" + (items[position + 1].value("date") ?? items[position + 1].text ?? "..")
                }
                let attributes: [String: String?] = [FactAttribute.dateType: item.localName == "collDate" ? "Collected" : "TimePeriod"]
                builder.add(.temporalCoverage, value, attributes, at: item)
            case "nation", "geogCover": builder.addText(.spatialCoverage, item)
            case "geoBndBox":
                let box = ["southBL", "westBL", "northBL", "eastBL"].compactMap { name in item.children.first { $0.localName == name }?.text }
                builder.add(.spatialCoverage, box.isEmpty ? nil : "box " + box.joined(separator: " "), at: item)
            case "dataKind": builder.addText(.resourceType, item)
            default: break
            }
        }
    }
}

extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? "." : $0 }) }
}
