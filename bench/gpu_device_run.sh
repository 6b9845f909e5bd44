#!/usr/bin/env bash
# One call of the device tool (issue 16): install what the H200 host lacks from
# the carried wheels (.w16/, ignored) or an installed tree (.uns/site.tar.xz, ignored:
# the unsloth stack, pip-installed here for cp312 and packed with xz, as its wheels do
# not fit one call) and Node + Transformers.js (.tjs/bundle.tar.xz, ignored), then run bench/gpu_pipeline.py with the given arguments. Installs land
# in /tmp and persist while the machine stays warm, so a second call skips them.
#   bash bench/gpu_device_run.sh --work /tmp/gp --stages build,prepare,export ...
set -euo pipefail
PY=${PY:-python3}
if [ ! -f /tmp/site/.installed ]; then
    if [ -f .uns/site.tar.xz ]; then
        mkdir -p /tmp/site && tar xJf .uns/site.tar.xz -C /tmp/site
    else
        "$PY" -m pip install -q --no-deps --target /tmp/site .w16/*.whl
    fi
    "$PY" -m pip install -q --no-deps --no-build-isolation --target /tmp/site .
    touch /tmp/site/.installed
fi
if [ -f .tjs/bundle.tar.xz ] && [ ! -f /tmp/tjs/node ]; then
    mkdir -p /tmp/tjs && tar xJf .tjs/bundle.tar.xz -C /tmp/tjs
fi
if [ -d /tmp/tjs/node_modules ] && [ ! -e export/js/node_modules ]; then
    ln -s /tmp/tjs/node_modules export/js/node_modules
fi
export PYTHONPATH=/tmp/site:$PWD PATH=/tmp/tjs:$PATH HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 UNSLOTH_DISABLE_STATISTICS=1
echo "node: $(command -v node || echo none) $(node --version 2>/dev/null || true); $(nproc) cores; $(free -g | awk '/Mem/{print $2}') GB"
exec "$PY" bench/gpu_pipeline.py "$@"
