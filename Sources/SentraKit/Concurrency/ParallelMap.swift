import Foundation

/// Runs independent pieces of work on every core and returns their results in order.
enum ParallelMap {
    /// `body(i)` for each i in 0..<count; a core takes the next piece when it finishes one,
    /// so a few large pieces do not leave the other cores idle. Results do not depend on
    /// which core ran what.
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count))
        var results = [T?](repeating: nil, count: count)
        let lock = NSLock()
        nonisolated(unsafe) var next = 0
        results.withUnsafeMutableBufferPointer { buffer in
            // Each index is handed out once under the lock, so no two cores write one slot.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    lock.lock()
                    let index = next
                    next += 1
                    lock.unlock()
                    guard index < count else { return }
                    slots[index] = body(index)
                }
            }
        }
        return results.map { $0! }
    }
}
