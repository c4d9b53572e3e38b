/// Why drawing a chart or a report failed; each case names the operation that failed.
public enum RenderError: Error, CustomStringConvertible {
    /// A cairo call returned an error status (`status` is cairo's own description).
    case cairo(operation: String, status: String)
    /// Pango could not create an object it needs (fonts missing, out of memory).
    case pango(operation: String)
    /// The requested picture size is not drawable.
    case invalidSize(width: Int, height: Int, reason: String)

    public var description: String {
        switch self {
        case .cairo(let operation, let status):
            "cairo failed to \(operation): \(status)"
        case .pango(let operation):
            "pango failed to \(operation)"
        case .invalidSize(let width, let height, let reason):
            "cannot draw a \(width)×\(height) picture: \(reason)"
        }
    }
}
