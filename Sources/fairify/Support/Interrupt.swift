import Foundation

/// Ctrl-C during a long run: the first one asks the run to stop after the current batch,
/// so everything done so far is written out; a second one quits at once.
enum Interrupt {
    nonisolated(unsafe) private static var requested: sig_atomic_t = 0
    nonisolated(unsafe) private static var source: DispatchSourceSignal?

    static var wasRequested: Bool { requested != 0 }

    static func install() {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            if requested != 0 { exit(130) }
            requested = 1
            FileHandle.standardError.write(Data("\ninterrupted: finishing the current batch and writing what is done (Ctrl-C again to quit now)\n".utf8))
        }
        source.resume()
        self.source = source
    }
}
