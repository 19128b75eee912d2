/// `status` or `check` found something wrong and has already shown it in its table: the message
/// names what (stale streams, failed checks), the exit code says how bad (DESIGN.md, exit codes).
struct OperationsFailure: Error, CustomStringConvertible {
    let exitCode: ExitStatus
    let message: String

    var description: String { message }
}
