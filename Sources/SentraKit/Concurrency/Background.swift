import Foundation

/// A value computed on another thread while the caller goes on; ``value`` waits for it.
final class Background<T: Sendable>: @unchecked Sendable {
    // Written once by the worker before it signals, read only after the wait: the
    // semaphore orders the two, which is why the class may be shared across threads.
    private var result: T?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> T) {
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// Waits for the value (once).
    var value: T {
        done.wait()
        return result!
    }
}
