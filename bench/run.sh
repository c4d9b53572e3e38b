#!/usr/bin/env bash
# The benchmarks of BENCHMARKS.md, in one command:   bench/run.sh [path/to/news-id.tar.gz | path/to/news-id/]
#   (a) the five seeds, cold          (b) the 27,494-article corpus, cold
#   (c) one article added to (b)      (d) the extractor alone, MB/s on one core
#   (e) peak memory at 1x, 2x and 4x the corpus (copies under other names)
# The linear-time checks of adversarial inputs are in bench/adversarial.sh.
# Needs hyperfine (apt-get install hyperfine) and the corpus (default: ../shared/corpus/news-id.tar.gz).
# Wall times are hyperfine medians; peak RSS comes from /usr/bin/time. Results go to stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus_tar=${1:-../shared/corpus/news-id.tar.gz}
work=${BENCH_DIR:-/tmp/report-gen-bench}
runs=${RUNS:-5}

command -v hyperfine >/dev/null || { echo "bench: install hyperfine first (apt-get install hyperfine)" >&2; exit 1; }
scripts/bootstrap
swift build -c release --product report-gen >/dev/null
swift build -c release --product extract-bench >/dev/null
bin=.build/release/report-gen

mkdir -p "$work"
if [ ! -d "$work/corpus" ] && [ -d "$corpus_tar" ]; then
  # An unpacked corpus (e.g. /tmp/news-id): hard links, so nothing is copied and the original is never changed.
  mkdir -p "$work/corpus"
  for part in clickid indonews kompas2025; do cp -al "$corpus_tar/$part" "$work/corpus/"; done
fi
if [ ! -d "$work/corpus" ]; then
  echo "bench: unpacking $corpus_tar" >&2
  tar -xzf "$corpus_tar" -C "$work"
  mkdir -p "$work/corpus"
  mv "$work"/news-id/clickid "$work"/news-id/indonews "$work"/news-id/kompas2025 "$work/corpus/"
fi

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -srm), load $(cut -d' ' -f1-3 /proc/loadavg)"
peak() { /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.0f MB", $1/1024}'; }

echo "== (a) seeds, cold"
hyperfine -N --runs "$runs" --warmup 1 --prepare "rm -rf $work/out-a" "$bin --quiet --input seeds --output $work/out-a" --export-json "$work/a.json" | grep -E "Time|Range"
echo "peak RSS: $(rm -rf "$work/out-a"; peak "$bin" --quiet --input seeds --output "$work/out-a")"

echo "== (b) 27,494 articles, cold"
hyperfine -N --runs "$runs" --prepare "rm -rf $work/out-b" "$bin --quiet --input $work/corpus --output $work/out-b" --export-json "$work/b.json" 2>/dev/null | grep -E "Time|Range"
echo "peak RSS: $(rm -rf "$work/out-b"; peak "$bin" --quiet --input "$work/corpus" --output "$work/out-b")"

echo "== (c) one article added to (b)"
rm -rf "$work/corpus/added" "$work/snapshot"
cp -a "$work/out-b" "$work/snapshot"
mkdir -p "$work/corpus/added" && cp seeds/003_cfe9d2b584ad8e70.txt "$work/corpus/added/new-article.txt"
hyperfine -N --runs "$runs" --prepare "sh -c 'rm -rf $work/out-c && cp -a $work/snapshot $work/out-c'" "$bin --quiet --input $work/corpus --output $work/out-c" --export-json "$work/c.json" 2>/dev/null | grep -E "Time|Range"
rm -rf "$work/out-c" && cp -a "$work/snapshot" "$work/out-c"
echo "peak RSS: $(peak "$bin" --quiet --input "$work/corpus" --output "$work/out-c")"
rm -rf "$work/corpus/added"

echo "== (d) extractor alone"
.build/release/extract-bench "$work/corpus"

echo "== (e) peak memory at 1x, 2x and 4x the corpus"
for k in 1 2 4; do
  rm -rf "$work/x$k" && mkdir -p "$work/x$k"
  for i in $(seq 1 $k); do cp -al "$work/corpus" "$work/x$k/copy$i"; done
  rm -rf "$work/out-e"
  echo "${k}x: $(peak "$bin" --quiet --input "$work/x$k" --output "$work/out-e")"
  rm -rf "$work/x$k"
done
