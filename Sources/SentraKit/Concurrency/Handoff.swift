import Foundation

/// Hands values from one thread to another through a queue of bounded length: the
/// sender waits when the receiver falls behind, so memory stays bounded however
/// long the stream.
final class Handoff<T: Sendable>: @unchecked Sendable {
    // Every field is read and written only while `condition` is locked.
    private let condition = NSCondition()
    private var queue: [T] = []
    private var closed = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// Queues `value`, waiting while the queue is full.
    func send(_ value: T) {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= capacity { condition.wait() }
        queue.append(value)
        condition.broadcast()
    }

    /// No more values will be sent.
    func close() {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        condition.broadcast()
    }

    /// The next value, waiting for one; nil once closed and empty.
    func receive() -> T? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !closed { condition.wait() }
        guard !queue.isEmpty else { return nil }
        let value = queue.removeFirst()
        condition.broadcast()
        return value
    }
}
