import Foundation
import Synchronization

/// stderr, shared by log lines and the live progress block.
///
/// On a terminal the progress block is redrawn in place at the bottom of the screen; a log line
/// erases it, is written, and the block is drawn again below it, so the two never garble each
/// other. Off a terminal there is no block and a line is just written.
final class TerminalOutput: Sendable {
    static let standardError = TerminalOutput(descriptor: STDERR_FILENO)

    /// Whether progress may be drawn: stderr is a terminal that understands cursor movement.
    let isInteractive: Bool
    private let descriptor: Int32
    /// The lines of the block on screen now.
    private let block = Mutex<[String]>([])

    init(descriptor: Int32) {
        self.descriptor = descriptor
        isInteractive = isatty(descriptor) == 1 && ProcessInfo.processInfo.environment["TERM"].map { $0 != "dumb" } ?? false
    }

    /// Writes one line (a log event) above the progress block.
    func writeLine(_ line: String) {
        block.withLock { lines in
            write(Self.erase(lines.count) + line + "\n" + Self.joined(lines))
        }
    }

    /// Replaces the progress block with `lines`, cut to the terminal's width so none wraps
    /// (a wrapped line would throw off the count of lines to erase next time).
    func draw(_ lines: [String]) {
        let width = columns
        let fitted = lines.map { $0.count > width ? String($0.prefix(max(1, width - 1))) + "…" : $0 }
        block.withLock { current in
            write(Self.erase(current.count) + Self.joined(fitted))
            current = fitted
        }
    }

    /// Leaves the block on screen as it is; the next write starts below it.
    func release() {
        block.withLock { $0 = [] }
    }

    private var columns: Int {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 120 }
        return Int(size.ws_col)
    }

    /// Moves to the start of the block's first line and clears to the end of the screen.
    private static func erase(_ lineCount: Int) -> String {
        lineCount == 0 ? "" : "\u{1B}[\(lineCount)F\u{1B}[J"
    }

    private static func joined(_ lines: [String]) -> String {
        lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    private func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }
}
