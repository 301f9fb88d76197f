/// Expanded JSON-LD written by hand for the crosswalk tests (full IRIs, value objects, arrays).
enum ExpandedFixtures {
    static let schemaOrgDataset = #"""
    [{
      "@id": "https://example.org/ds/1",
      "@type": ["https://schema.org/Dataset"],
      "https://schema.org/name": [{"@value": "Ocean temperature"}],
      "https://schema.org/description": [{"@value": "Daily sea surface temperature."}],
      "https://schema.org/identifier": [{
        "@type": ["https://schema.org/PropertyValue"],
        "https://schema.org/propertyID": [{"@value": "DOI"}],
        "https://schema.org/value": [{"@value": "doi:10.1234/abc"}],
        "https://schema.org/url": [{"@value": "https://doi.org/10.1234/abc"}]
      }],
      "https://schema.org/url": [{"@value": "https://example.org/ds/1"}],
      "https://schema.org/creator": [{"@list": [{
        "@id": "https://orcid.org/0000-0002-1825-0097",
        "@type": ["https://schema.org/Person"],
        "https://schema.org/name": [{"@value": "Ada Lovelace"}],
        "https://schema.org/affiliation": [{
          "@id": "https://ror.org/02mhbdp94",
          "@type": ["https://schema.org/Organization"],
          "https://schema.org/name": [{"@value": "Example University"}]
        }]
      }]}],
      "https://schema.org/keywords": [
        {"@value": "ocean, temperature"},
        {"@id": "http://vocab.example.org/sst", "@type": ["https://schema.org/DefinedTerm"],
         "https://schema.org/name": [{"@value": "Sea surface temperature"}],
         "https://schema.org/inDefinedTermSet": [{"@id": "http://vocab.example.org/"}]}
      ],
      "https://schema.org/license": [{"@id": "https://creativecommons.org/licenses/by/4.0/"}],
      "https://schema.org/isAccessibleForFree": [{"@value": true}],
      "https://schema.org/datePublished": [{"@value": "2024-01-02"}],
      "https://schema.org/distribution": [{
        "@type": ["https://schema.org/DataDownload"],
        "https://schema.org/contentUrl": [{"@value": "https://example.org/ds/1.csv"}],
        "https://schema.org/encodingFormat": [{"@value": "text/csv"}],
        "https://schema.org/contentSize": [{"@value": "12 kB"}],
        "https://schema.org/sha256": [{"@value": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}]
      }],
      "https://schema.org/funding": [{
        "@type": ["https://schema.org/MonetaryGrant"],
        "https://schema.org/identifier": [{"@value": "G-42"}],
        "https://schema.org/funder": [{"@id": "https://ror.org/021nxhr62", "https://schema.org/name": [{"@value": "NSF"}]}]
      }],
      "https://schema.org/includedInDataCatalog": [{"@type": ["https://schema.org/DataCatalog"], "https://schema.org/name": [{"@value": "Example Repository"}]}],
      "https://schema.org/temporalCoverage": [{"@value": "2001/2002"}],
      "https://schema.org/spatialCoverage": [{"@type": ["https://schema.org/Place"], "https://schema.org/name": [{"@value": "Southern Ocean"}]}],
      "http://purl.org/dc/terms/conformsTo": [{"@id": "https://bioschemas.org/profiles/Dataset/1.0-RELEASE"}],
      "https://schema.org/isBasedOn": [{"@id": "https://example.org/raw/7"}]
    }]
    """#

    static let twoDatasets = #"""
    [{"@id": "_:a", "@type": ["http://schema.org/Dataset"], "http://schema.org/name": [{"@value": "First"}]},
     {"@id": "_:b", "@type": ["http://schema.org/Dataset"], "http://schema.org/name": [{"@value": "Second"}]},
     {"@id": "_:p", "@type": ["http://schema.org/Person"], "http://schema.org/name": [{"@value": "Somebody"}]}]
    """#

    static let dataCatalog = #"""
    [{"@type": ["http://schema.org/DataCatalog"], "http://schema.org/name": [{"@value": "The catalogue"}],
      "http://schema.org/dataset": [
        {"@type": ["http://schema.org/Dataset"], "http://schema.org/name": [{"@value": "A"}]},
        {"@type": ["http://schema.org/Dataset"], "http://schema.org/name": [{"@value": "B"}]}]}]
    """#

    static let webPage = #"""
    [{"@type": ["http://schema.org/WebPage"], "http://schema.org/name": [{"@value": "Landing page"}],
      "http://schema.org/mainEntity": [{"@type": ["http://schema.org/Dataset"], "http://schema.org/name": [{"@value": "The data"}]}]}]
    """#

    static let roCrate = #"""
    [{"@id": "ro-crate-metadata.json", "@type": ["http://schema.org/CreativeWork"],
      "http://purl.org/dc/terms/conformsTo": [{"@id": "https://w3id.org/ro/crate/1.1"}],
      "http://schema.org/about": [{"@id": "./"}]},
     {"@id": "./", "@type": ["http://schema.org/Dataset"], "http://schema.org/name": [{"@value": "Crate"}],
      "http://schema.org/license": [{"@id": "http://spdx.org/licenses/CC0-1.0"}],
      "http://schema.org/publisher": [{"@id": "https://ror.org/04dkp1p98"}],
      "http://schema.org/hasPart": [{"@id": "data.csv"}, {"@id": "sub/"}]},
     {"@id": "data.csv", "@type": ["http://schema.org/MediaObject"], "http://schema.org/encodingFormat": [{"@value": "text/csv"}]},
     {"@id": "sub/", "@type": ["http://schema.org/Dataset"], "http://schema.org/name": [{"@value": "Folder"}]},
     {"@id": "https://ror.org/04dkp1p98", "@type": ["http://schema.org/Organization"], "http://schema.org/name": [{"@value": "Bureau"}]}]
    """#

    static let dcatCatalog = #"""
    [{"@id": "https://example.org#catalog", "@type": ["http://www.w3.org/ns/dcat#Catalog"],
      "http://www.w3.org/ns/dcat#dataset": [{"@id": "https://example.org/ds#dataset"}],
      "http://purl.org/dc/terms/title": [{"@value": "Title example.org"}]},
     {"@id": "https://example.org/impressum#publisher", "@type": ["http://xmlns.com/foaf/0.1/Organization"],
      "http://xmlns.com/foaf/0.1/name": [{"@value": "Organization example.org"}]},
     {"@id": "https://example.org/ds#dataset", "@type": ["http://www.w3.org/ns/dcat#Dataset"],
      "http://purl.org/dc/terms/title": [{"@value": "Title dataset", "@language": "en"}],
      "http://purl.org/dc/terms/publisher": [{"@id": "https://example.org/impressum#publisher"}],
      "http://purl.org/dc/terms/accessRights": [{"@id": "http://publications.europa.eu/resource/authority/access-right/PUBLIC"}],
      "http://www.w3.org/ns/dcat#theme": [{"@id": "http://publications.europa.eu/resource/authority/data-theme/ENVI"}],
      "http://www.w3.org/ns/dcat#contactPoint": [{"@id": "_:c"}],
      "http://www.w3.org/ns/dcat#distribution": [{"@id": "https://example.org/ds/dist"}]},
     {"@id": "_:c", "@type": ["http://www.w3.org/2006/vcard/ns#Individual"], "http://www.w3.org/2006/vcard/ns#fn": [{"@value": "Jane Doe"}]},
     {"@id": "https://example.org/ds/dist", "@type": ["http://www.w3.org/ns/dcat#Distribution"],
      "http://www.w3.org/ns/dcat#accessURL": [{"@id": "https://example.org/ds/page"}],
      "http://www.w3.org/ns/dcat#downloadURL": [{"@id": "http://example2.org/files/download.zip"}],
      "http://www.w3.org/ns/dcat#mediaType": [{"@id": "http://www.iana.org/assignments/media-types/application/zip"}]}]
    """#
}
