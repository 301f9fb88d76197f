import FairifyFormats
import FairifyMetrics
import Foundation

// Run with: swift run -c release fairify-bench
print("fairify-bench: no benchmarks yet")
