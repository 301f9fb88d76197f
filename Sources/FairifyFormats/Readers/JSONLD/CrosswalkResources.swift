import FairifyModel

extension NodeCrosswalk {
    static let fileTypes: Set<String> = [LDSchema.MediaObject, LDSchema.DataDownload, LDCR.FileObject, LDCR.FileSet, LDDC.Distribution,
                                         LDSchema.iri("FileObject"), LDSchema.iri("FileSet"), LDSchema.iri("File"), LDExtraTerm.oreAggregatedResource]

    static let grantTypes: Set<String> = [LDSchema.iri("Grant"), LDSchema.iri("MonetaryGrant")]

    mutating func addDistribution(_ term: LDTerm, _ property: String) {
        guard let node = term.node else {
            if let url = term.literalText { sink.add(.distribution, url, [FactAttribute.url: url], property: property, at: term.position) }
            return
        }
        let description = LDDistributionDescription(node)
        guard let value = description.url ?? description.name else { return }
        sink.add(.distribution, value, description.attributes, property: property, at: term.position)
    }

    mutating func addPart(_ term: LDTerm, _ property: String) {
        if let node = term.node, node.hasType(in: Self.fileTypes) || node.has(LDSchema.contentUrl) || node.has(LDSchema.encodingFormat) {
            addDistribution(term, property)
        } else {
            addRelated(.relatedResource, "HasPart", term, property)
        }
    }

    mutating func addRelated(_ kind: FactKind, _ relationType: String, _ term: LDTerm, _ property: String) {
        let text = term.literalText ?? term.node.flatMap { $0.iri ?? LDIdentifierReading.value(of: $0) ?? $0.label }
        guard let text else { return }
        addRelatedText(kind, relationType, text, property: property, at: term.position)
    }

    mutating func addRelatedText(_ kind: FactKind, _ relationType: String, _ text: String, property: String, at position: SourcePosition) {
        let scheme = LDIdentifier.classify(text).scheme.rawValue
        sink.add(kind, text, [FactAttribute.relationType: relationType, FactAttribute.targetScheme: scheme], property: property, at: position)
    }

    mutating func addConformsTo(_ term: LDTerm, _ property: String) {
        guard let text = term.node.flatMap({ $0.iri ?? $0.label }) ?? term.literalText else { return }
        let version = LDSchemaVersion.from(text)
        sink.add(.conformsTo, text, version.map { [FactAttribute.schemaVersion: $0] } ?? [:], property: property, at: term.position)
    }

    mutating func addFunder(_ term: LDTerm, _ property: String) {
        if let node = term.node, node.hasType(in: Self.grantTypes) { return addFunding(term, property) }
        guard let node = term.node else {
            if let text = term.literalText { sink.add(.funding, text, [FactAttribute.funder: text], property: property, at: term.position) }
            return
        }
        let agent = LDAgentDescription(node)
        guard let value = agent.name ?? agent.identifier else { return }
        var attributes = [FactAttribute.funder: value]
        attributes[FactAttribute.funderIdentifier] = agent.ror ?? agent.identifier
        sink.add(.funding, value, attributes, property: property, at: term.position)
    }

    mutating func addFunding(_ term: LDTerm, _ property: String) {
        guard let grant = term.node else {
            if let text = term.literalText { sink.add(.funding, text, property: property, at: term.position) }
            return
        }
        var attributes: [String: String] = [:]
        attributes[FactAttribute.awardTitle] = grant.label
        attributes[FactAttribute.awardNumber] = grant.terms(LDSchema.identifier).first.flatMap { $0.literalText ?? $0.node.flatMap(LDIdentifierReading.value(of:)) }
        if let funder = (grant.terms(LDSchema.funder) + grant.terms(LDExtraTerm.sdoSponsor)).first {
            let agent = funder.node.map(LDAgentDescription.init)
            attributes[FactAttribute.funder] = funder.literalText ?? agent?.name
            attributes[FactAttribute.funderIdentifier] = agent.flatMap { $0.ror ?? $0.identifier }
        }
        let value = attributes[FactAttribute.awardNumber] ?? attributes[FactAttribute.awardTitle] ?? attributes[FactAttribute.funder] ?? grant.iri
        guard let value else { return }
        sink.add(.funding, value, attributes, property: property, at: term.position)
    }

    mutating func addVariable(_ term: LDTerm, _ property: String) {
        guard let node = term.node else {
            if let text = term.literalText { sink.add(.variableMeasured, text, [FactAttribute.name: text], property: property, at: term.position) }
            return
        }
        let termIRI = node.text(LDSchema.propertyID, LDSchema.url).flatMap { LDIRI.isAbsolute($0) ? $0 : nil }
        guard let value = node.label ?? node.text(LDSchema.propertyID) ?? node.iri else { return }
        var attributes: [String: String] = [:]
        attributes[FactAttribute.name] = node.label
        attributes[FactAttribute.termIRI] = termIRI
        attributes["unit"] = node.text(LDSchema.iri("unitText"), LDSchema.iri("unitCode"))
        sink.add(.variableMeasured, value, attributes, property: property, at: term.position)
    }

    mutating func addSpatial(_ term: LDTerm, _ property: String) {
        guard let node = term.node else {
            if let text = term.literalText { sink.add(.spatialCoverage, text, property: property, at: term.position) }
            return
        }
        var value = node.label ?? node.text(LDSchema.description)
        if value == nil, let geo = node.terms(LDSchema.geo).first?.node ?? (node.has(LDSchema.box) ? node : nil) {
            value = geo.text(LDSchema.box) ?? [geo.text(LDSchema.latitude), geo.text(LDSchema.longitude)].compactMap { $0 }.joined(separator: " ").ldNonEmpty
        }
        guard let value = value ?? node.iri else { return }
        sink.add(.spatialCoverage, value, [FactAttribute.iri: node.iri ?? ""], property: property, at: term.position)
    }

    mutating func addTemporal(_ term: LDTerm, _ property: String) {
        // DATS `dates` are dated events (creation, release), not coverage.
        if let node = term.node, node.hasType(LDSchema.iri("Date")) { return addDate(.date, nil, term, property) }
        guard let node = term.node else {
            if let text = term.literalText { sink.add(.temporalCoverage, text, property: property, at: term.position) }
            return
        }
        let start = node.text(LDSchema.startDate, LDDC.startDate), end = node.text(LDSchema.endDate, LDDC.endDate)
        let range = (start != nil || end != nil) ? "\(start ?? "..")/\(end ?? "..")" : nil
        guard let value = range ?? node.label ?? node.iri else { return }
        sink.add(.temporalCoverage, value, property: property, at: term.position)
    }

    mutating func addCatalog(_ term: LDTerm, _ property: String) {
        guard let node = term.node else {
            if let text = term.literalText { sink.add(.dataCatalog, text, property: property, at: term.position) }
            return
        }
        let url = node.text(LDSchema.url) ?? node.iri
        guard let value = node.label ?? url else { return }
        var attributes: [String: String] = [:]
        attributes[FactAttribute.url] = url
        attributes[FactAttribute.identifier] = node.iri
        sink.add(.dataCatalog, value, attributes, property: property, at: term.position)
    }
}

struct LDDistributionDescription {
    var url: String?
    var name: String?
    var attributes: [String: String] = [:]

    init(_ node: LDNode) {
        // DATS keeps a distribution's URLs in its `access` node.
        let access = node.terms(LDSchema.distribution).first?.node
        url = node.text(LDSchema.contentUrl) ?? node.textOrIRI(in: [LDDC.downloadURL, LDDC.accessURL, LDSchema.url])
            ?? (node.hasType(LDExtraTerm.oreAggregatedResource) ? node.text(LDSchema.sameAs) : nil)
            ?? access?.text(LDSchema.contentUrl, LDSchema.url) ?? node.iri
        name = node.label
        let encoding = node.text(LDSchema.encodingFormat, LDSchema.fileFormat)
        var mediaType = encoding.flatMap { $0.ldContains("/") && !$0.ldContains(":") ? $0 : nil }
        if mediaType == nil, let dcatType = node.textOrIRI(in: [LDDC.mediaType]) {
            mediaType = dcatType.ldRange(of: "media-types/").map { String(dcatType[$0.upperBound...]) } ?? dcatType
        }
        attributes[FactAttribute.url] = url
        attributes[FactAttribute.name] = name
        attributes[FactAttribute.mediaType] = mediaType
        attributes[FactAttribute.format] = node.terms(LDDC.format).first.flatMap { $0.literalText ?? $0.node?.label ?? $0.node?.iri }
            ?? (mediaType == nil ? encoding : nil)
        let service = node.terms(LDNS.dcat + "accessService").first?.node
        attributes["endpointURL"] = node.text(LDNS.dcat + "endpointURL") ?? service?.text(LDNS.dcat + "endpointURL")
        attributes[FactAttribute.size] = node.text(LDSchema.contentSize, LDDC.byteSize, LDExtraTerm.dataverseFilesize)
        if let sha = node.text(LDSchema.sha256, LDExtraTerm.croissantSHA256) {
            attributes[FactAttribute.checksum] = sha
            attributes[FactAttribute.checksumAlgorithm] = "SHA-256"
        } else if let md5 = node.text(LDSchema.md5, LDCR.md5) {
            attributes[FactAttribute.checksum] = md5
            attributes[FactAttribute.checksumAlgorithm] = "MD5"
        } else if let checksum = node.terms(LDDC.checksum).first?.node, let value = checksum.text(LDDC.checksumValue) {
            attributes[FactAttribute.checksum] = value
            attributes[FactAttribute.checksumAlgorithm] = checksum.textOrIRI(in: [LDDC.algorithm]).map { String(LDIRI.localName($0)) }
        } else if case .literal(let literal)? = node.terms(LDExtraTerm.dataverseChecksum).first {
            attributes[FactAttribute.checksum] = literal.text
            attributes[FactAttribute.checksumAlgorithm] = literal.datatype.map { String(LDIRI.localName($0)) }
        }
    }
}

enum LDSchemaVersion {
    /// The version at the end of a profile or specification IRI (`.../ro/crate/1.1` -> `1.1`,
    /// `.../profiles/Dataset/1.0-RELEASE` -> `1.0-RELEASE`).
    static func from(_ iri: String) -> String? {
        let trimmed = iri.hasSuffix("/") ? String(iri.dropLast()) : iri
        guard LDIRI.isAbsolute(trimmed), let last = lastPathComponent(trimmed),
              let first = last.first, first.isNumber || (first == "v" && last.dropFirst().first?.isNumber == true) else { return nil }
        return String(last)
    }

    /// What `split(separator: "/").last` gives (the last non-empty part), without the array.
    private static func lastPathComponent(_ text: String) -> Substring? {
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)] == "/" { end = text.index(before: end) }
        guard end > text.startIndex else { return nil }
        let head = text[..<end]
        return head.lastIndex(of: "/").map { head[head.index(after: $0)...] } ?? head
    }
}
