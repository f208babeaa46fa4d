import Logging

/// Loggers of SentraKit. Row values and bound SQL arguments are logged only at
/// `debug` level, which the executable enables with `--verbose` alone.
enum Log {
    static let importer = Logger(label: "sentra.import")
    static let match = Logger(label: "sentra.match")
}
