#!/usr/bin/env bash
# Regenerates every fixture from its reference code: each test/fixtures/gen/gen_*.py runs under the Python that
# has PyTorch (Debian's python3-torch; override with OPTLAB_TORCH_PYTHON). A generator added later is picked up.
# gen_authors_*.py run the authors' own optimizers from git checkouts of their repositories at pinned commits
# (OPTLAB_REFS, default /work/.mirror; see test/fixtures/gen/refs.py): without them they stop with a message.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${OPTLAB_TORCH_PYTHON:-/usr/bin/python3}"
for g in test/fixtures/gen/gen_*.py; do
  echo "fixtures: $g"
  "$PY" "$g"
done
