#!/usr/bin/env bash
# Two extract-bench builds alternated on one core, where wall times lie on a busy machine and CPU time is steadier:
#   bench/extract-pairs.sh OLD_EXTRACT_BENCH NEW_EXTRACT_BENCH [corpus folder, default /tmp/news-id] [pairs, default 5]
# Prints each run's wall and CPU medians (EXTRACT_BENCH_RUNS passes each, default 3) and the load, then the medians of
# the CPU medians. Instructions are the stable measure: EXTRACT_BENCH_RUNS=1 valgrind --tool=callgrind extract-bench DIR.
set -euo pipefail
old=$1 new=$2 corpus=${3:-/tmp/news-id} pairs=${4:-5}
export EXTRACT_BENCH_THREADS=1 EXTRACT_BENCH_RUNS=${EXTRACT_BENCH_RUNS:-3}
declare -A cpu=([old]="" [new]="")
for r in $(seq 1 "$pairs"); do
  for which in old new; do
    bin=$old; [ "$which" = new ] && bin=$new
    line=$("$bin" "$corpus")
    c=$(sed -E 's/.*CPU median ([0-9.]+) s.*/\1/' <<<"$line")
    cpu[$which]+="$c "
    echo "pair $r $which: $(sed -E 's/.*median ([0-9.]+) s = ([0-9.]+) MB\/s.*/wall \1 s (\2 MB\/s)/' <<<"$line"), CPU $c s, load $(cut -d' ' -f1 /proc/loadavg)"
  done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "CPU medians: old $(median <<<"${cpu[old]}") s, new $(median <<<"${cpu[new]}") s"
