@_exported import FairifyModel
import FairifyMetrics
