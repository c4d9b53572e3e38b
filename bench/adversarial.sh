#!/usr/bin/env bash
# Linear-time regression checks (issue 13, F2): four adversarial inputs, each must finish within a bound in a
# release build. Not a unit test: timings belong in benchmarks.   bench/adversarial.sh [bound-seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
bound=${1:-2}
work=${BENCH_DIR:-/tmp/report-gen-adversarial}
swift build -c release --product report-gen >/dev/null
bin=$PWD/.build/release/report-gen
rm -rf "$work" && mkdir -p "$work"/{commas,brackets,repeats,small}
python3 - "$work" <<'PY'
import sys
w = sys.argv[1]
open(f'{w}/commas/a.txt', 'w').write('DeepSeek ' + ', ' * 125000 + '$5 juta')
open(f'{w}/brackets/a.txt', 'w').write('DeepSeek ' + '(' * 250000 + ')' * 250000 + ' $5 juta')
open(f'{w}/repeats/a.txt', 'w').write('$5,5 juta ' * 1000000)
open(f'{w}/small/a.txt', 'w').write('DeepSeek menawarkan 5 juta token gratis.')
with open(f'{w}/lexicon.txt', 'w') as f:
    for i in range(100000): f.write(f'company | Company{i} Corp | Co{i}; C{i}x\n')
PY
failed=0
check() {
  local name=$1; shift
  local start end secs
  start=$(date +%s.%N)
  timeout $((bound * 30)) "$bin" --quiet "$@" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  secs=$(echo "$end - $start" | bc)
  if (( $(echo "$secs > $bound" | bc) )); then echo "FAIL $name: $secs s (bound $bound s)"; failed=1; else echo "ok   $name: $secs s"; fi
}
check "250,000 commas"            -i "$work/commas"   -o "$work/out-commas"
check "250,000 nested brackets"   -i "$work/brackets" -o "$work/out-brackets"
check "'\$5,5 juta ' x 1,000,000" -i "$work/repeats"  -o "$work/out-repeats"
check "100k-entry lexicon (whole run, PNG only)" -i "$work/small" -o "$work/out-lexicon" --lexicon "$work/lexicon.txt" --format png
exit $failed
