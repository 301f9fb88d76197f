import FairifyModel

extension NodeCrosswalk {
    static let fileTypes: Set<String> = [SDO.MediaObject, SDO.DataDownload, CR.FileObject, CR.FileSet, DCT.Distribution,
                                         SDO.iri("FileObject"), SDO.iri("FileSet"), SDO.iri("File"), Term.oreAggregatedResource]

    mutating func addDistribution(_ term: LDTerm, _ property: String) {
        guard let node = term.node else {
            if let url = term.literalText { sink.add(.distribution, url, [FactAttribute.url: url], property: property, at: term.position) }
            return
        }
        let description = DistributionDescription(node)
        guard let value = description.url ?? description.name else { return }
        sink.add(.distribution, value, description.attributes, property: property, at: term.position)
    }

    mutating func addPart(_ term: LDTerm, _ property: String) {
        if let node = term.node, node.hasType(in: Self.fileTypes) || node.has(SDO.contentUrl) || node.has(SDO.encodingFormat) {
            addDistribution(term, property)
        } else {
            addRelated(.relatedResource, "HasPart", term, property)
        }
    }

    mutating func addRelated(_ kind: FactKind, _ relationType: String, _ term: LDTerm, _ property: String) {
        let text = term.literalText ?? term.node.flatMap { $0.iri ?? IdentifierReading.value(of: $0) ?? $0.label }
        guard let text else { return }
        addRelatedText(kind, relationType, text, property: property, at: term.position)
    }

    mutating func addRelatedText(_ kind: FactKind, _ relationType: String, _ text: String, property: String, at position: SourcePosition) {
        let scheme = ClassifiedIdentifier.classify(text).scheme.rawValue
        sink.add(kind, text, [FactAttribute.relationType: relationType, FactAttribute.targetScheme: scheme], property: property, at: position)
    }

    mutating func addConformsTo(_ term: LDTerm, _ property: String) {
        guard let text = term.node.flatMap({ $0.iri ?? $0.label }) ?? term.literalText else { return }
        let version = SchemaVersion.from(text)
        sink.add(.conformsTo, text, version.map { [FactAttribute.schemaVersion: $0] } ?? [:], property: property, at: term.position)
    }

    mutating func addFunder(_ term: LDTerm, _ property: String) {
        guard let node = term.node else {
            if let text = term.literalText { sink.add(.funding, text, [FactAttribute.funder: text], property: property, at: term.position) }
            return
        }
        let agent = AgentDescription(node)
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
        attributes[FactAttribute.awardNumber] = grant.terms(SDO.identifier).first.flatMap { $0.literalText ?? $0.node.flatMap(IdentifierReading.value(of:)) }
        if let funder = (grant.terms(SDO.funder) + grant.terms(Term.sdoSponsor)).first {
            let agent = funder.node.map(AgentDescription.init)
            attributes[FactAttribute.funder] = funder.literalText ?? agent?.name
            attributes[FactAttribute.funderIdentifier] = agent.flatMap { $0.ror ?? $0.identifier }
        }
        let value = attributes[FactAttribute.awardNumber] ?? attributes[FactAttribute.awardTitle] ?? attributes[FactAttribute.funder] ?? grant.iri
        guard let value else { return }
        sink.add(.funding, value, attributes, property: property, at: term.position)
    }

    mutating func addSpatial(_ term: LDTerm, _ property: String) {
        guard let node = term.node else {
            if let text = term.literalText { sink.add(.spatialCoverage, text, property: property, at: term.position) }
            return
        }
        var value = node.label ?? node.text(SDO.description)
        if value == nil, let geo = node.terms(SDO.geo).first?.node ?? (node.has(SDO.box) ? node : nil) {
            value = geo.text(SDO.box) ?? [geo.text(SDO.latitude), geo.text(SDO.longitude)].compactMap { $0 }.joined(separator: " ").ldNonEmpty
        }
        guard let value = value ?? node.iri else { return }
        sink.add(.spatialCoverage, value, [FactAttribute.iri: node.iri ?? ""], property: property, at: term.position)
    }

    mutating func addTemporal(_ term: LDTerm, _ property: String) {
        guard let node = term.node else {
            if let text = term.literalText { sink.add(.temporalCoverage, text, property: property, at: term.position) }
            return
        }
        let start = node.text(SDO.startDate, DCT.startDate), end = node.text(SDO.endDate, DCT.endDate)
        let range = (start != nil || end != nil) ? "\(start ?? "..")/\(end ?? "..")" : nil
        guard let value = range ?? node.label ?? node.iri else { return }
        sink.add(.temporalCoverage, value, property: property, at: term.position)
    }

    mutating func addCatalog(_ term: LDTerm, _ property: String) {
        guard let node = term.node else {
            if let text = term.literalText { sink.add(.dataCatalog, text, property: property, at: term.position) }
            return
        }
        let url = node.text(SDO.url) ?? node.iri
        guard let value = node.label ?? url else { return }
        var attributes: [String: String] = [:]
        attributes[FactAttribute.url] = url
        attributes[FactAttribute.identifier] = node.iri
        sink.add(.dataCatalog, value, attributes, property: property, at: term.position)
    }
}

struct DistributionDescription {
    var url: String?
    var name: String?
    var attributes: [String: String] = [:]

    init(_ node: LDNode) {
        // DATS keeps a distribution's URLs in its `access` node.
        let access = node.terms(Term.datsAccess).first?.node
        url = node.text(SDO.contentUrl) ?? node.textOrIRI(in: [DCT.downloadURL, DCT.accessURL, SDO.url])
            ?? (node.hasType(Term.oreAggregatedResource) ? node.text(SDO.sameAs) : nil)
            ?? access?.text(SDO.contentUrl, SDO.url) ?? node.iri
        name = node.label
        let encoding = node.text(SDO.encodingFormat, SDO.fileFormat)
        var mediaType = encoding.flatMap { $0.ldContains("/") && !$0.ldContains(":") ? $0 : nil }
        if mediaType == nil, let dcatType = node.textOrIRI(in: [DCT.mediaType]) {
            mediaType = dcatType.ldRange(of: "media-types/").map { String(dcatType[$0.upperBound...]) } ?? dcatType
        }
        attributes[FactAttribute.url] = url
        attributes[FactAttribute.name] = name
        attributes[FactAttribute.mediaType] = mediaType
        attributes[FactAttribute.format] = node.terms(DCT.format).first.flatMap { $0.literalText ?? $0.node?.label ?? $0.node?.iri }
            ?? (mediaType == nil ? encoding : nil)
        attributes[FactAttribute.size] = node.text(SDO.contentSize, DCT.byteSize, Term.dataverseFilesize)
        if let sha = node.text(SDO.sha256, Term.croissantSHA256) {
            attributes[FactAttribute.checksum] = sha
            attributes[FactAttribute.checksumAlgorithm] = "SHA-256"
        } else if let md5 = node.text(SDO.md5, CR.md5) {
            attributes[FactAttribute.checksum] = md5
            attributes[FactAttribute.checksumAlgorithm] = "MD5"
        } else if let checksum = node.terms(DCT.checksum).first?.node, let value = checksum.text(DCT.checksumValue) {
            attributes[FactAttribute.checksum] = value
            attributes[FactAttribute.checksumAlgorithm] = checksum.textOrIRI(in: [DCT.algorithm]).map { String(LDIRI.localName($0)) }
        } else if case .literal(let literal)? = node.terms(Term.dataverseChecksum).first {
            attributes[FactAttribute.checksum] = literal.text
            attributes[FactAttribute.checksumAlgorithm] = literal.datatype.map { String(LDIRI.localName($0)) }
        }
    }
}

enum SchemaVersion {
    /// The version at the end of a profile or specification IRI (`.../ro/crate/1.1` -> `1.1`,
    /// `.../profiles/Dataset/1.0-RELEASE` -> `1.0-RELEASE`).
    static func from(_ iri: String) -> String? {
        let trimmed = iri.hasSuffix("/") ? String(iri.dropLast()) : iri
        guard LDIRI.isAbsolute(trimmed), let last = trimmed.split(separator: "/").last,
              let first = last.first, first.isNumber || (first == "v" && last.dropFirst().first?.isNumber == true) else { return nil }
        return String(last)
    }
}
