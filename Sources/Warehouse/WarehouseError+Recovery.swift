import Records

extension WarehouseError: Recoverable {
    /// The warehouse's side of the one answer: a lock another session holds is for later; a
    /// newer schema, or a migration only the tables' owner may apply, no rerun of this binary as
    /// this role can fix; anything else fails the run.
    public var recovery: Recovery {
        switch kind {
        case .lockHeld: return .tryLater
        // A lock_timeout the role or database sets (SQLSTATE 55P03): another session's lock.
        case .server where sqlstate == "55P03": return .tryLater
        case .newerSchema: return .fatal(.configuration)
        case .migration where sqlstate == "42501": return .fatal(.configuration)
        default: return .fatal(.failure)
        }
    }
}
