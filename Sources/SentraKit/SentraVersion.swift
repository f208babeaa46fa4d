public enum SentraVersion { public static let string = "0.1.0" }
