#!/usr/bin/env bash
# The unsloth measurement at 1.5B (README "The real path at 1.5B"): run from the repository root on the
# GPU machine, with .uns/site.tar.xz carried (ignored; what it holds: bench/results/gpu_pipeline_h200_raw/
# s13-unsloth-site-manifest.txt, each pip-installed here with `pip install --no-deps --target DIR
# --python-version 3.12 --platform manylinux2014_x86_64 --only-binary :all:`, unsloth's studio/ app and
# bitsandbytes' non-CUDA-13 libraries removed, packed with `tar cJf`):
#   bash bench/gpu_unsloth_call.sh [STAGE:GUARD ...]   (OUT = output folder)
# build,prepare, then each STAGE (default: train_bf16:200 train_unsloth:300; the README's two calls
# ran train_unsloth, train_bf16, train_4bit and then train_auto, train_unsloth), one gpu_device_run.sh
# call each, each started only while the elapsed seconds are under its GUARD, the whole under 570 s.
set -uo pipefail
START=$(date +%s)
OUT=${OUT:-/tmp/out}
mkdir -p "$OUT"
WORK=/tmp/gp
LIMIT=560            # hard end for any stage (timeout -k 5 => at most 565 s), leaves time to pack
elapsed() { echo $(( $(date +%s) - START )); }
note() { echo "[$(elapsed)s] $*" | tee -a "$OUT/timeline.txt"; }

# 1. build + prepare (gpu_device_run.sh also extracts .uns/site.tar.xz into /tmp/site and installs the project)
note "build,prepare start"
timeout -k 5 $(( LIMIT - $(elapsed) )) bash bench/gpu_device_run.sh --work "$WORK" --stages build,prepare \
    > "$OUT/build_prepare.out" 2>&1
note "build,prepare rc=$?"

# 2. versions of the carried stack (after the build stage extracted it)
REM=$(( LIMIT - $(elapsed) )); [ "$REM" -gt 120 ] && REM=120
if [ "$REM" -gt 0 ]; then
    PYTHONPATH=/tmp/site:$PWD HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 UNSLOTH_DISABLE_STATISTICS=1 \
        timeout -k 5 "$REM" python3 -c 'import unsloth, trl, datasets, transformers, bitsandbytes; print(unsloth.__version__, trl.__version__, datasets.__version__, transformers.__version__, bitsandbytes.__version__)' \
        > "$OUT/versions.txt" 2>&1
    note "versions rc=$?"
fi

# 3. one stage per call, each only if elapsed < its guard; raw.json accumulates in $WORK
#    (gpu_pipeline.py reads WORK/raw.json and replaces only the record of the stage it ran)
run_stage() {
    local stage=$1 guard=$2 el
    el=$(elapsed)
    if [ "$el" -lt "$guard" ]; then
        note "$stage start"
        timeout -k 5 $(( LIMIT - el )) bash bench/gpu_device_run.sh --work "$WORK" --stages "$stage" \
            > "$OUT/$stage.out" 2>&1
        note "$stage rc=$?"
    else
        note "$stage skipped (elapsed $el s >= guard $guard s)"
    fi
}
for item in "${@:-train_bf16:200 train_unsloth:300}"; do
    for pair in $item; do run_stage "${pair%%:*}" "${pair##*:}"; done
done

# 4. pack whatever exists (the .out files are already in $OUT)
shopt -s nullglob
files=()
for f in "$WORK/raw.json" "$WORK/log.txt" "$WORK"/*/train_config.json \
         "$WORK"/*/checkpoint-*/trainer_state.json "$WORK"/*/checkpoint-*/adapter_config.json "$WORK"/*/best.json; do
    [ -e "$f" ] && files+=("${f#/}")
done
if [ "${#files[@]}" -gt 0 ]; then
    tar czf "$OUT/results.tgz" -C / "${files[@]}" || true
fi
note "packed ${#files[@]} files; done"
exit 0
