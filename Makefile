# The README's two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# torch is pinned to the CPU wheel that lies on this machine's disk; the
# project itself asks only torch>=2.4 so users keep their own build.
TORCH_PIN ?= torch==2.13.0
STAMP := $(VENV)/.installed
# Transformers.js (the app's runtime) verifies promoted models; its install
# script would download a binary that already ships inside the package.
JS_STAMP := export/js/node_modules/.installed

.PHONY: setup run test clean

setup: $(STAMP) $(JS_STAMP)

$(STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet "$(TORCH_PIN)"
	$(BIN)/python -m pip install --quiet -e ".[train,export,dev]" "$(TORCH_PIN)"
	touch $(STAMP)

$(JS_STAMP): export/js/package.json export/js/package-lock.json
	npm ci --prefix export/js --ignore-scripts --no-audit --no-fund
	touch $(JS_STAMP)

# The main job: the whole pipeline on the bundled data and the micro model.
# Exit 1 means the gates blocked promotion: a decision, not a failure.
run: setup
	$(BIN)/epicrisis pipeline --out runs/demo; status=$$?; [ $$status -le 1 ]

test: setup
	HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 $(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build *.egg-info export/js/node_modules
