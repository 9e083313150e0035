#!/bin/sh
# Builds the seed corpora of the fuzz targets from the repository's content and test
# fixtures: corpus/page/ (every markdown file, prefixed with the byte that picks where the
# page goes) and corpus/data/ (every data file, prefixed with the byte of its kind).
set -eu
cd "$(dirname "$0")"
mkdir -p corpus/page corpus/data
i=0
for f in $(find ../content ../tests/fixtures -name '*.md' | sort); do
  { printf "\\$(printf '%03o' $((i % 8)))"; cat "$f"; } > "corpus/page/seed-$i"
  i=$((i + 1))
done
i=0
for f in $(find ../content ../tests/fixtures -path '*/data/*.yaml' | sort); do
  case "$(basename "$f")" in
    indicators.yaml) k=0 ;; contacts.yaml) k=1 ;; municipalities.yaml) k=2 ;; project.yaml) k=3 ;; *) continue ;;
  esac
  { printf "\\$(printf '%03o' "$k")"; cat "$f"; } > "corpus/data/seed-$i"
  i=$((i + 1))
done
echo "seeds: $(ls corpus/page | wc -l) pages, $(ls corpus/data | wc -l) data files"
