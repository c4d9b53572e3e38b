/// The drawing code's version. Every chart's and the PDF's fingerprint includes it, so after a change to how
/// things are drawn an unchanged folder's pictures are drawn again instead of kept. Bump it with any change that
/// alters a chart's pixels or the PDF's bytes.
public enum Renderer {
    public static let version = 2
}
