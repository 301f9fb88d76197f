/// Language names (English and endonyms) and ISO 639-2/3 codes to ISO 639-1 codes.
public enum ISO639 {
    static let table: [(code: String, names: [String])] = [
        ("en", ["english", "eng"]), ("de", ["german", "deutsch", "ger", "deu"]), ("fr", ["french", "français", "francais", "fre", "fra"]),
        ("es", ["spanish", "español", "espanol", "castilian", "spa"]), ("it", ["italian", "italiano", "ita"]),
        ("pt", ["portuguese", "português", "portugues", "por"]), ("nl", ["dutch", "nederlands", "flemish", "dut", "nld"]),
        ("sv", ["swedish", "svenska", "swe"]), ("no", ["norwegian", "norsk", "nor"]), ("da", ["danish", "dansk", "dan"]),
        ("fi", ["finnish", "suomi", "fin"]), ("pl", ["polish", "polski", "pol"]), ("cs", ["czech", "čeština", "cze", "ces"]),
        ("ru", ["russian", "русский", "rus"]), ("uk", ["ukrainian", "українська", "ukr"]), ("el", ["greek", "ελληνικά", "gre", "ell"]),
        ("tr", ["turkish", "türkçe", "tur"]), ("ar", ["arabic", "العربية", "ara"]), ("he", ["hebrew", "עברית", "heb"]),
        ("zh", ["chinese", "中文", "chi", "zho", "mandarin"]), ("ja", ["japanese", "日本語", "jpn"]), ("ko", ["korean", "한국어", "kor"]),
        ("hi", ["hindi", "हिन्दी", "hin"]), ("id", ["indonesian", "bahasa indonesia", "ind"]), ("hu", ["hungarian", "magyar", "hun"]),
        ("ro", ["romanian", "română", "rum", "ron"]), ("ca", ["catalan", "català", "cat"]), ("et", ["estonian", "eesti", "est"]),
        ("lv", ["latvian", "latviešu", "lav"]), ("lt", ["lithuanian", "lietuvių", "lit"]), ("sl", ["slovenian", "slovene", "slovenščina", "slv"]),
        ("sk", ["slovak", "slovenčina", "slo", "slk"]), ("hr", ["croatian", "hrvatski", "hrv"]), ("bg", ["bulgarian", "български", "bul"]),
        ("is", ["icelandic", "íslenska", "ice", "isl"]), ("ga", ["irish", "gaeilge", "gle"]), ("cy", ["welsh", "cymraeg", "wel", "cym"]),
        ("eu", ["basque", "euskara", "baq", "eus"]), ("gl", ["galician", "galego", "glg"]), ("la", ["latin", "lat"]),
        ("fa", ["persian", "farsi", "فارسی", "per", "fas"]), ("ur", ["urdu", "urd"]), ("bn", ["bengali", "bangla", "ben"]),
        ("vi", ["vietnamese", "tiếng việt", "vie"]), ("th", ["thai", "ไทย", "tha"]), ("ms", ["malay", "bahasa melayu", "may", "msa"]),
        ("sw", ["swahili", "kiswahili", "swa"]), ("af", ["afrikaans", "afr"]), ("sr", ["serbian", "српски", "srp"]),
        ("mt", ["maltese", "malti", "mlt"]), ("lb", ["luxembourgish", "lëtzebuergesch", "ltz"]), ("mi", ["maori", "māori", "mao", "mri"]),
    ]

    private static let byName: [String: String] = {
        var map: [String: String] = [:]
        for entry in table {
            map[entry.code] = entry.code
            for name in entry.names { map[name] = entry.code }
        }
        return map
    }()

    /// The two-letter code for a language name or code; keeps a region suffix (`en-GB`).
    public static func code(for text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        if let code = byName[lower] { return code }
        let parts = trimmed.split(whereSeparator: { $0 == "-" || $0 == "_" })
        if parts.count == 2, let base = byName[parts[0].lowercased()], parts[1].count == 2 || parts[1].count == 4 {
            return base + "-" + (parts[1].count == 2 ? parts[1].uppercased() : parts[1].capitalized)
        }
        return nil
    }
}
