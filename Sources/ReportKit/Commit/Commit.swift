import Foundation

/// Stage 6: the plan made real. Files whose fingerprint matches the last run's manifest, and whose bytes on disk are
/// still what that manifest recorded, are kept; the others are produced into the staging folder (drawings in parallel)
/// and published with a new manifest, written last.
enum Commit {
    struct Result: Sendable {
        /// What was rewritten, in path order.
        var written: [OutputPath]
        /// Charts whose content differs from the last run's (empty on a first run).
        var changedCharts: [ChartID]
    }

    /// Makes the plan (composing the report spec: one core) while the other lanes already produce `ahead`, the files that
    /// need only the statistics and what was read (stats.json, the caches: `OutputPlan.ahead`, which the plan lists too);
    /// once the plan is made, every lane takes the rest. Nothing runs on after this returns.
    static func run(ahead: [PlannedFile], plan makePlan: @Sendable () -> OutputPlan, previous: RunManifest?, into folder: OutputFolder,
                    lanes: Int) throws -> (plan: OutputPlan, result: Result) {
        let queue = WorkQueue(ahead.filter { verified($0, previous: previous, in: folder) == nil })
        let planned = Locked<OutputPlan?>(nil)
        DispatchQueue.concurrentPerform(iterations: max(1, lanes)) { lane in
            if lane == 0 {
                let plan = makePlan()
                planned.withLock { $0 = plan }
                let early = Set(ahead.map(\.path))
                let rest = plan.files.filter { !early.contains($0.path) && verified($0, previous: previous, in: folder) == nil }
                // Largest first: the PDF and stats.json take longest, the charts fill the other lane meanwhile.
                queue.finish(with: rest.sorted { weight($0.path) > weight($1.path) })
            }
            queue.work { file in try folder.stage(at: file.path.relative, writing: file.produce) }
        }
        let plan = planned.withLock { $0 }!
        let (made, failure) = queue.outcome
        if let failure { throw failure }
        // The layouts of the files produced early are those of the `ahead` files, not of the plan's copies.
        let layouts = Dictionary((ahead + plan.files).compactMap { f in f.layout.map { (f.path, $0) } }, uniquingKeysWith: { first, _ in first })
        return (plan, try publish(plan, made: made, layouts: layouts, previous: previous, into: folder))
    }

    /// The manifest: what was kept as it was, and what was made now.
    /// `layouts` say where the made files put each article's pieces; a kept file keeps its last layout.
    private static func publish(_ plan: OutputPlan, made: [OutputPath: OutputFolder.StagedFile],
                                layouts: [OutputPath: Locked<FragmentLayout?>], previous: RunManifest?,
                                into folder: OutputFolder) throws -> Result {
        var manifest = RunManifest(outputs: [:], history: plan.history)
        var fingerprints: [String: UInt64] = [:]
        for file in plan.files {
            let path = file.path.relative
            if made[file.path] != nil {
                fingerprints[path] = file.fingerprint
                if let layout = layouts[file.path]?.withLock({ $0 }) { manifest.layouts[path] = layout.encoded() }
            } else if let kept = verified(file, previous: previous, in: folder) {
                manifest.outputs[path] = kept
                manifest.layouts[path] = previous?.layouts[path]
            }
        }
        let staged = made.values.sorted { $0.path < $1.path }
        if !staged.isEmpty || manifest != previous {
            try folder.publish(staged.map(\.path), manifestPath: RunManifest.relativePath) { identities in
                for file in staged {
                    manifest.outputs[file.path] = RunManifest.Output(fingerprint: fingerprints[file.path]!, contentHash: file.contentHash,
                                                                     identity: identities[file.path] ?? .none)
                }
                return manifest.encoded()
            }
        }
        if let previous { removeStale(previous, planned: Set(plan.files.map(\.path.relative)), in: folder) }
        return Result(written: plan.files.map(\.path).filter { made[$0] != nil }.sorted(), changedCharts: changedCharts(plan, previous: previous))
    }

    /// Outputs of the last run that this one does not make (the trends chart a new filter leaves out, CSV no longer
    /// asked for) are removed once the new report is in place, so the folder never mixes two runs' numbers. Only a
    /// file that still holds the last run's bytes: one the user replaced is left alone.
    static func removeStale(_ previous: RunManifest, planned: Set<String>, in folder: OutputFolder) {
        for (path, recorded) in previous.outputs where !planned.contains(path) && !path.hasPrefix(".") {
            guard folder.contentHash(of: path) == recorded.contentHash else { continue }
            unlink(folder.root.appendingPathComponent(path).path)
        }
    }

    /// The manifest's record of a file that need not be rewritten: same fingerprint, and the same bytes on disk
    /// (trusted without reading when size, times and inode are unchanged).
    static func verified(_ file: PlannedFile, previous: RunManifest?, in folder: OutputFolder) -> RunManifest.Output? {
        guard var recorded = previous?.outputs[file.path.relative], recorded.fingerprint == file.fingerprint,
              let identity = folder.identity(of: file.path.relative) else { return nil }
        if identity == recorded.identity { return recorded }
        guard folder.contentHash(of: file.path.relative) == recorded.contentHash else { return nil }
        recorded.identity = identity
        return recorded
    }

    private static func weight(_ path: OutputPath) -> Int {
        switch path {
        case .report: 3
        case .statistics, .table: 2
        case .analysisCache, .corpusState, .manifestCache: 1
        case .chart: 0
        }
    }

    private static func changedCharts(_ plan: OutputPlan, previous: RunManifest?) -> [ChartID] {
        guard let previous else { return [] }
        var changed: Set<ChartID> = []
        for file in plan.files {
            guard case .chart(let id, _) = file.path else { continue }
            if previous.outputs[file.path.relative]?.fingerprint != file.fingerprint { changed.insert(id) }
        }
        return changed.sorted()
    }
}

/// The files to produce, handed to the lanes one at a time; `finish` adds the last of them once the plan is made. A
/// lane that finds the queue empty before that waits; after the first failure no file is started.
private final class WorkQueue: @unchecked Sendable {  // safe: every field is read and written under `condition`
    private let condition = NSCondition()
    private var files: [PlannedFile]
    private var next = 0
    private var complete = false
    private var made: [OutputPath: OutputFolder.StagedFile] = [:]
    private var failure: Error?

    init(_ files: [PlannedFile]) { self.files = files }

    func finish(with rest: [PlannedFile]) {
        condition.lock()
        files += rest
        complete = true
        condition.broadcast()
        condition.unlock()
    }

    /// Takes files until none is left (or one failed), producing each with `produce`.
    func work(_ produce: (PlannedFile) throws -> OutputFolder.StagedFile) {
        while let file = take() {
            do {
                let started = Date()
                let staged = try produce(file)
                PhaseClock.note(file.path.relative, seconds: Date().timeIntervalSince(started))
                condition.lock()
                made[file.path] = staged
                condition.unlock()
            } catch {
                condition.lock()
                failure = failure ?? error
                condition.broadcast()
                condition.unlock()
            }
        }
    }

    private func take() -> PlannedFile? {
        condition.lock()
        defer { condition.unlock() }
        while failure == nil {
            if next < files.count {
                next += 1
                return files[next - 1]
            }
            if complete { return nil }
            condition.wait()
        }
        return nil
    }

    /// What was made, and the first failure.
    var outcome: ([OutputPath: OutputFolder.StagedFile], Error?) {
        condition.lock()
        defer { condition.unlock() }
        return (made, failure)
    }
}
