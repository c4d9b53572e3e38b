#!/usr/bin/env bash
# Two builds measured interleaved on a busy machine, where wall times lie and CPU time is the steadier figure:
#   bench/compare.sh OLD_BINARY NEW_BINARY [unpacked corpus folder, default /tmp/news-id] [rounds, default 3]
# For each round and each binary: (b) a cold run and (c) one article added after a cold run, each with its user
# CPU (/usr/bin/time) and the phase times of REPORT_GEN_TIMING. The corpus is hard-linked (cp -al), never changed.
set -euo pipefail
old=$1 new=$2 corpus=${3:-/tmp/news-id} rounds=${4:-3}
work=${BENCH_DIR:-/tmp/report-gen-compare}
article="$(cd "$(dirname "$0")/.." && pwd)/seeds/003_cfe9d2b584ad8e70.txt"
export SOURCE_DATE_EPOCH=1700000000
rm -rf "$work" && mkdir -p "$work" && cp -al "$corpus" "$work/in"
phases() { grep -E "^timing: [a-z]" | sed -E 's/^timing: +//; s/ +([0-9.]+) s.*/=\1/' | tr '\n' ' '; }
run() {   # label binary output
  local err; err=$( { /usr/bin/time -f "TIME %e s %U user %M KB" "$2" -i "$work/in" -o "$3" --quiet; } 2>&1 )
  echo "$1: $(grep TIME <<<"$err" | cut -d' ' -f2-) | $(phases <<<"$err")"
}
for r in $(seq 1 "$rounds"); do
  for which in old new; do
    bin=$old; [ "$which" = new ] && bin=$new
    rm -rf "$work/out-$which" "$work/in/added"
    REPORT_GEN_TIMING=1 run "round $r $which (b) cold" "$bin" "$work/out-$which"
    mkdir -p "$work/in/added" && cp "$article" "$work/in/added/new-article.txt"
    REPORT_GEN_TIMING=1 run "round $r $which (c) +1  " "$bin" "$work/out-$which"
    rm -rf "$work/in/added"
  done
done
diff -r -x .cache "$work/out-old" "$work/out-new" >/dev/null && echo "outputs of (c): identical" || echo "outputs of (c): DIFFER"
