/// A pack's size as a name writes it (``TextFit/packSizes(_:)-(String)``): a volume in
/// millilitres (`600 ml`, `1,5 L`) or a mass in grams (`250 gr`, `1 kg`, `1/2 kg`).
enum PackSize: Hashable, Sendable {
    case volume(Int)
    case mass(Int)

    /// Whether `other` is this pack's size: the same dimension, and close. Drinks come in sizes
    /// near one another, so a volume at most half as large again (600 ml does not serve 330 ml);
    /// dry goods are packed by halves, so a mass at most twice as large (a 500 gr pack serves `1
    /// kg`, a 250 gr one does not).
    func sameSize(as other: PackSize) -> Bool {
        switch (self, other) {
        case (.volume(let a), .volume(let b)): return 2 * max(a, b) <= 3 * min(a, b)
        case (.mass(let a), .mass(let b)): return max(a, b) <= 2 * min(a, b)
        default: return false
        }
    }

    /// Whether `other` is measured as this one is (both volumes, or both masses).
    func measuredAlike(_ other: PackSize) -> Bool {
        switch (self, other) {
        case (.volume, .volume), (.mass, .mass): return true
        default: return false
        }
    }

    /// The size as a person writes it: `330 ml`, `19 liter`, `250 gr`, `5 kg`.
    var words: String {
        switch self {
        case .volume(let ml): return ml % 1000 == 0 ? "\(ml / 1000) liter" : "\(ml) ml"
        case .mass(let g): return g % 1000 == 0 ? "\(g / 1000) kg" : "\(g) gr"
        }
    }
}
