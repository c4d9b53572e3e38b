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

    /// A file staged before the plan was complete (`stagingAhead`), with the fingerprint it was made under.
    struct StagedAhead: Sendable {
        var file: OutputFolder.StagedFile
        var fingerprint: UInt64
    }

    /// Runs `work` (composing the report spec: one core) while the other core stages `files`, the outputs that need only
    /// the statistics and what was read (stats.json, the caches), one at a time until `work` is done. What was staged is
    /// handed to `run`, which makes the rest; nothing runs on after this returns, and a failure is thrown here.
    static func stagingAhead<R: Sendable>(_ files: [PlannedFile], previous: RunManifest?, into folder: OutputFolder, lanes: Int,
                                during work: @Sendable () -> R) throws -> (R, [StagedAhead]) {
        let result = Locked<R?>(nil), done = Locked(false), staged = Locked([StagedAhead]()), failure = Locked<Error?>(nil)
        let pending = files.filter { verified($0, previous: previous, in: folder) == nil }
        DispatchQueue.concurrentPerform(iterations: lanes > 1 && !pending.isEmpty ? 2 : 1) { lane in
            guard lane == 1 else {
                let value = work()
                result.withLock { $0 = value }
                done.withLock { $0 = true }
                return
            }
            for file in pending where !done.withLock({ $0 }) {
                do {
                    let started = Date()
                    let made = try folder.stage(at: file.path.relative, writing: file.produce)
                    PhaseClock.note(file.path.relative + " (ahead)", seconds: Date().timeIntervalSince(started))
                    staged.withLock { $0.append(StagedAhead(file: made, fingerprint: file.fingerprint)) }
                } catch {
                    failure.withLock { $0 = error }
                    return
                }
            }
        }
        if let error = failure.withLock({ $0 }) { throw error }
        return (result.withLock { $0 }!, staged.withLock { $0 })
    }

    static func run(_ plan: OutputPlan, previous: RunManifest?, into folder: OutputFolder, lanes: Int, ahead: [StagedAhead] = []) throws -> Result {
        var manifest = RunManifest(outputs: [:], history: plan.history)
        var pending: [PlannedFile] = []
        var fingerprints: [String: UInt64] = [:]
        var staged: [OutputFolder.StagedFile] = []
        let madeAhead = Dictionary(ahead.map { ($0.file.path, $0) }, uniquingKeysWith: { a, _ in a })
        for file in plan.files {
            if let made = madeAhead[file.path.relative], made.fingerprint == file.fingerprint {
                staged.append(made.file)
                fingerprints[file.path.relative] = file.fingerprint
            } else if let kept = verified(file, previous: previous, in: folder) {
                manifest.outputs[file.path.relative] = kept
            } else {
                pending.append(file)
                fingerprints[file.path.relative] = file.fingerprint
            }
        }
        staged += try produce(pending, into: folder, lanes: lanes)
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
        let written = plan.files.map(\.path).filter { fingerprints[$0.relative] != nil }.sorted()
        return Result(written: written, changedCharts: changedCharts(plan, previous: previous))
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

    /// Produces the files into the staging folder, the drawings `lanes` at a time; the first failure is thrown.
    private static func produce(_ files: [PlannedFile], into folder: OutputFolder, lanes: Int) throws -> [OutputFolder.StagedFile] {
        let next = Locked(0)
        let results = Locked([OutputFolder.StagedFile?](repeating: nil, count: files.count))
        let failure = Locked<Error?>(nil)
        // Largest first: the PDF and stats.json take longest, the charts fill the other lane meanwhile.
        let order = files.indices.sorted { weight(files[$0].path) > weight(files[$1].path) }
        DispatchQueue.concurrentPerform(iterations: max(1, min(lanes, files.count))) { _ in
            while failure.withLock({ $0 == nil }) {
                let n = next.withLock { n -> Int in n += 1; return n - 1 }
                guard n < order.count else { return }
                let file = files[order[n]]
                do {
                    let started = Date()
                    let staged = try folder.stage(at: file.path.relative, writing: file.produce)
                    PhaseClock.note(file.path.relative, seconds: Date().timeIntervalSince(started))
                    results.withLock { $0[order[n]] = staged }
                } catch {
                    failure.withLock { $0 = $0 ?? error }
                }
            }
        }
        if let error = failure.withLock({ $0 }) { throw error }
        return results.withLock { $0 }.map { $0! }
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
