/// The version printed by `sentra --version` and in every report's provenance.
public enum SentraVersion { public static let string = "0.1.0" }
