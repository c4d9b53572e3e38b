#!/usr/bin/env bash
# libFuzzer targets for the per-article path (ArticleDecoder.decode → ArticleAnalyzer.analyze).
#
#   fuzz/run.sh article 600            # fuzz whole article files for 600 s
#   fuzz/run.sh numbers 180            # fuzz the number grammar (short inputs inside a sentence)
#   fuzz/run.sh article minimize FILE  # shrink a crashing input (writes FILE.min)
#   fuzz/run.sh article build          # only build fuzz/.build/fuzz-article
#
# Builds Sources/Stats/**/*.swift + fuzz/FuzzSupport.swift + fuzz/Fuzz<Target>.swift with
# `swiftc -sanitize=fuzzer,address -parse-as-library -O` into fuzz/.build/ (gitignored), seeds
# fuzz/corpus-<target>/ from seeds/*.txt and a few tricky snippets, and runs under `nice -n 10`.
# For "article", NEWS_SAMPLE=300 (default) random files of /tmp/news-id (the unpacked shared corpus,
# if present) are added as read-only seeds from /tmp/report-gen-fuzz-news/, never copied into the repo.
# Crashes, hangs and leaks land in fuzz/artifacts/ (gitignored).
set -euo pipefail

target=${1:?usage: fuzz/run.sh article|numbers SECONDS|minimize FILE|build}
mode=${2:-60}
case $target in
    article) src=FuzzArticle.swift; max_len=32768 ;;
    numbers) src=FuzzNumbers.swift; max_len=401 ;;
    *) echo "unknown target '$target' (article or numbers)" >&2; exit 2 ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/fuzz/.build
bin=$out/fuzz-$target
corpus=$root/fuzz/corpus-$target
artifacts=$root/fuzz/artifacts
mkdir -p "$out" "$corpus" "$artifacts"

# What SwiftPM's generated Bundle.module would give Lexicon.builtIn(): the folder holding lexicon.txt.
cat > "$out/BundleModule.swift" <<SWIFT
import Foundation
extension Bundle {
    static let module: Bundle = Bundle(path: "$root/Sources/Stats/Resources")!
}
SWIFT

# Build when the binary is missing or older than any source.
mapfile -t sources < <(find "$root/Sources/Stats" -name '*.swift' | sort)
sources+=("$root/fuzz/FuzzSupport.swift" "$root/fuzz/$src" "$out/BundleModule.swift")
if [[ ! -x $bin ]] || [[ -n $(find "${sources[@]}" -newer "$bin" ! -name BundleModule.swift) ]]; then
    echo "building $bin ..."
    rm -f "$bin"  # a failed build must not leave the old binary to be fuzzed
    build() { nice -n 10 swiftc "-sanitize=$1" -parse-as-library -O -g -swift-version 6 -module-name StatsFuzz \
                  "${sources[@]}" -o "$bin" 2>&1 | grep -v 'Cannot export local symbol' || true; }
    build fuzzer,address
    if [[ ! -x $bin ]]; then
        echo "ASan + fuzzer did not link; falling back to -sanitize=fuzzer alone" >&2
        build fuzzer
    fi
    [[ -x $bin ]] || { echo "build failed" >&2; exit 1; }
fi
[[ $mode == build ]] && exit 0

# Let libFuzzer report crashes itself: the Swift runtime's backtracer can hang under ASan.
export SWIFT_BACKTRACE=enable=no

if [[ $mode == minimize ]]; then
    file=${3:?usage: fuzz/run.sh $target minimize FILE}
    exec nice -n 10 "$bin" -minimize_crash=1 -max_total_time=60 -exact_artifact_path="$file.min" "$file"
fi

# Seeds: the repository's seed articles and a few snippets that poke at edges.
cp "$root"/seeds/*.txt "$corpus/" 2>/dev/null || true
snippet() { printf -- "$2" > "$corpus/tricky-$1"; }
snippet front-matter '---\ntitle: "Judul"\ndate: 2024-06-27\nlanguage: en\n---\nOpenAI raised $6.6 billion.\n'
snippet front-open '---\ntitle: tanpa penutup\ndate: 2024-13-45\n'
snippet money 'Rp 79.244 triliun, US$ 2 miliar, $5,5 juta, $20bn, Rp 5 M dan 10 miliar yuan.\n'
snippet range 'Antara 10-20 persen, dua hingga tiga juta token, setidaknya 79 model.\n'
snippet words 'setengah lusin, dua puluh lima, seratus ribu, ratusan juta, twenty-five, half a dozen\n'
snippet dates 'JAKARTA, KOMPAS.com - Pada 12 Maret 2025, sejak 2020 hingga Desember 2024.\n'
snippet utf16 '\xff\xfeA\x00 \x001\x00,\x005\x00 \x00j\x00u\x00t\x00a\x00\n\x00'
snippet cp1252 'Harga \x93Rp 5 juta\x94 \x96 kata \xe9l\x85\n'
snippet mojibake 'Menurut \xc3\xa2\xe2\x82\xac\xc5\x93OpenAI\xc3\xa2\xe2\x82\xac\xc2\x9d, 5 juta token.\n'
snippet truncated 'Naik 5\xe2\x80 persen menjadi 1.\xc3 juta, Rp.\n$\n1,\n'
snippet digits '123456789012345678901234567890123456789012345678901234567890 token\n'
snippet captions 'Foto: Reuters/10 juta\nBaca Juga: 5 persen\n(Menurut SCMP)\nSumber: https://x.id/1\n'

if [[ $target == numbers ]]; then
    for q in '5,5 juta' 'US$ 2 miliar' 'Rp 79.244 triliun' 'setengah lusin' 'dua hingga tiga' '10-20' \
             'lebih dari 1.000' 'sekitar $3T' 'ratusan juta' 'twenty-five million' '1,677' '3.5' 'Rp.' '$' '1.' '1,'; do
        printf '\x00%s' "$q" > "$corpus/number-$(printf %s "$q" | cksum | cut -d' ' -f1)"
    done
fi

dirs=("$corpus")
news=${NEWS_DIR:-/tmp/news-id}
if [[ $target == article && -d $news && ${NEWS_SAMPLE:-300} -gt 0 ]]; then
    sample=/tmp/report-gen-fuzz-news
    if [[ ! -d $sample ]]; then
        mkdir -p "$sample"
        find "$news" -name '*.txt' | shuf -n "${NEWS_SAMPLE:-300}" | xargs -d '\n' cp -t "$sample"
    fi
    dirs+=("$sample")
fi

args=(-max_total_time="$mode" -max_len=$max_len -timeout=10 -rss_limit_mb=4096 -print_final_stats=1
      -artifact_prefix="$artifacts/$target-")
[[ $target == numbers ]] && args+=(-dict="$root/fuzz/numbers.dict")
exec nice -n 10 "$bin" "${args[@]}" "${dirs[@]}"
