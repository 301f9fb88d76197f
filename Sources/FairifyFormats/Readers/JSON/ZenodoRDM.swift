import Foundation

/// The parts of Zenodo's current (InvenioRDM) record JSON that differ from the legacy form:
/// `rights[]`, the record-level `access` object, `funding[]` and person identifiers.
extension ZenodoRecordBuilder {
    mutating func rdmRight(_ right: Located) {
        let id = right.text("id")
        let link = right.text("link") ?? right.member("props")?.text("url")
        let title = right.member("title")?.text("en") ?? right.text("title")
        let spdx = [id, link, title].lazy.compactMap { $0.flatMap(SPDXLicense.identify) }.first
        sink.add(.license, id ?? title ?? link, at: right, property: "metadata/rights", [
            FactAttribute.spdx: spdx, FactAttribute.iri: link ?? spdx.flatMap(RightsVocabulary.spdxIRI), FactAttribute.name: title,
        ])
    }

    /// `access.files` (else `access.record`): `public` is open access, `restricted` is not.
    mutating func rdmAccess(_ access: Located?) {
        guard let access, let level = access.member("files") ?? access.member("record"), let value = level.text else { return }
        let iri = value == "public" ? Self.accessRightIRIs["open"] : value == "restricted" ? Self.accessRightIRIs["restricted"] : nil
        sink.add(.accessRights, value, at: level, property: level.path.dropFirst().description, [
            FactAttribute.iri: iri, FactAttribute.isOpen: iri.flatMap(RightsVocabulary.accessIsOpen).map { $0 ? "true" : "false" },
        ])
    }

    mutating func rdmFunding(_ metadata: Located) {
        for funding in metadata.member("funding")?.list ?? [] {
            let funder = funding.member("funder"), award = funding.member("award")
            sink.add(.funding, funder?.text("name") ?? funder?.text("id"), at: funding, property: "metadata/funding", [
                FactAttribute.funder: funder?.text("name"), FactAttribute.funderIdentifier: funder?.text("id"),
                FactAttribute.awardNumber: award?.text("number"), FactAttribute.awardTitle: award?.member("title")?.text("en") ?? award?.text("title"),
            ])
        }
    }

    static func orcid(in person: Located) -> String? {
        person.member("identifiers")?.list.first { $0.text("scheme")?.lowercased() == "orcid" }?.text("identifier")
    }

    static func joined(_ names: [String]) -> String? {
        names.isEmpty ? nil : names.joined(separator: "; ")
    }
}
