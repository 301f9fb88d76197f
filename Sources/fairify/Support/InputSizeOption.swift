import ArgumentParser
import FairifyFormats

/// `--max-input-size` for the commands that read one file without the folder options (fix, plan, convert).
struct InputSizeOption: ParsableArguments {
    @Option(name: .customLong("max-input-size"), help: ArgumentHelp("Refuse inputs larger than this (bytes, or with K, M, G).", valueName: "SIZE"))
    var maxInputSize: String = "256M"

    func validate() throws {
        _ = try ReadingOptions.parseSize(maxInputSize)
    }

    func readerOptions() throws -> ReaderOptions {
        var options = ReaderOptions()
        options.maxInputBytes = try ReadingOptions.parseSize(maxInputSize)
        return options
    }
}
