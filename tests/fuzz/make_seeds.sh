#!/usr/bin/env bash
# tests/fuzz/make_seeds.sh OUT — writes the seed corpora of the three fuzz targets:
#   OUT/parse  every .py of tests/programs and tests/parser, with a mode byte in front
#              (0 = module; fuzz_parse.c reads the first byte as the mode);
#   OUT/run    the programs of tests/programs as they are;
#   OUT/aio    the hand-made operation sequences of tests/fuzz/seeds/aio.
# Seeds are rewritten on every call, so a change in the corpus reaches the fuzzers.
set -euo pipefail
out=${1:?usage: make_seeds.sh OUTDIR}
mkdir -p "$out/parse" "$out/run" "$out/aio"
i=0
while IFS= read -r -d '' f; do
  i=$((i + 1))
  { printf '\0'; cat "$f"; } > "$out/parse/seed$i"
done < <(find tests/programs tests/parser tests/robustness -name '*.py' -print0 2>/dev/null | sort -z)
i=0
while IFS= read -r -d '' f; do
  i=$((i + 1))
  cp "$f" "$out/run/seed$i"
done < <(find tests/programs -name '*.py' -print0 | sort -z)
cp tests/fuzz/seeds/aio/* "$out/aio/"
