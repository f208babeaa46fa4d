import SentraKit

/// The contract's exit codes (sysexits), so cron jobs can branch on them.
enum ExitStatus {
    static func code(for kind: SentraError.Kind) -> Int32 {
        switch kind {
        case .belowTarget: 3
        case .usage: 64
        case .dataRejected: 65
        case .inputUnreadable: 66
        case .cannotCreate: 73
        case .ioError: 74
        case .busy: 75
        }
    }
}
