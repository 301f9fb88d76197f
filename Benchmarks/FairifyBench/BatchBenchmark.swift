import Foundation

/// Runs the real `fairify assess --quiet` (release build, beside this binary) over generated
/// folders and reports records/s and peak resident memory, on one core and on all cores.
/// `--quiet` streams one line per record, so memory must stay flat as the count grows.
enum BatchBenchmark {
    static func run(_ arguments: [String]) throws {
        let counts = arguments.first.map { $0.split(separator: ",").compactMap { Int($0) } } ?? [10_000, 100_000]
        let formats = arguments.count > 1 ? arguments[1].split(separator: ",").compactMap { RecordGenerator.Format(rawValue: String($0)) } : RecordGenerator.Format.allCases
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("fairify").path
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw BenchError("build fairify first: swift build -c release (looked for \(binary))") }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("fairify-bench-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        print("format              records   jobs   seconds   records/s   records/s/core   peak RSS MB")
        for format in formats {
            for count in counts {
                let folder = "\(scratch)/\(format.rawValue)-\(count)"
                try GenerateCommand.write(format, count: count, to: folder, seed: 42)
                for jobs in Set([1, cores]).sorted() {
                    let (seconds, peakKB, status) = try measure(binary, ["assess", folder, "--pack", "fsf-0.5", "--quiet", "--color", "never", "--jobs", "\(jobs)", "--exit-zero", "--no-config"])
                    guard status == 0 else { throw BenchError("fairify assess exited \(status) on \(folder)") }
                    let rate = Double(count) / seconds
                    print(String(format: "%-19@ %8d %6d %9.2f %11.0f %16.0f %13.1f", format.rawValue, count, jobs, seconds, rate, rate / Double(jobs), Double(peakKB) / 1024))
                }
                try? FileManager.default.removeItem(atPath: folder)
            }
        }
    }

    /// Spawns the command and waits for exactly that child, so the peak RSS is its own.
    static func measure(_ binary: String, _ arguments: [String]) throws -> (seconds: Double, peakKB: Int, status: Int32) {
        var pid: pid_t = 0
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let start = DispatchTime.now().uptimeNanoseconds
        // The per-record lines go to /dev/null: the figure is fairify's, not the terminal's.
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else { throw BenchError("cannot start \(binary)") }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (seconds, usage.ru_maxrss, exitStatus)
    }
}
