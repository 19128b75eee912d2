/// Renders rows as an aligned plain-text table for terminals and logs.
struct TextTable {
    let columns: [String]
    let rows: [[String]]

    /// Columns whose every value looks numeric are right-aligned.
    func render() -> String {
        let widths = columns.indices.map { index in
            max(columns[index].count, rows.map { $0[index].count }.max() ?? 0)
        }
        let numeric = columns.indices.map { index in
            !rows.isEmpty && rows.allSatisfy { row in row[index].allSatisfy { "0123456789.-,%".contains($0) } }
        }
        func line(_ cells: [String]) -> String {
            cells.indices.map { index in
                let padding = String(repeating: " ", count: widths[index] - cells[index].count)
                return numeric[index] ? padding + cells[index] : cells[index] + padding
            }.joined(separator: "  ").trimmingSuffixSpaces()
        }
        var lines = [line(columns), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        lines += rows.map(line)
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func trimmingSuffixSpaces() -> String {
        var result = self
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }
}
