# The one task runner. `make demo` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check

.PHONY: demo test lint bench clean

$(VENV)/.runtime: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) -e .
	touch $@

$(VENV)/.dev: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) -e '.[dev]'
	touch $@ $(VENV)/.runtime

# the demo's private keys: outside every workspace, one folder per checkout (two checkouts' demos never share
# keys); their passphrases come from these variables (in the demo only). The demo removes only its own key files.
DEMO_KEYS ?= $(or $(TMPDIR),/tmp)/tender-demo-keys-$(shell printf '%s' '$(CURDIR)' | cksum | cut -d' ' -f1)
DEMO_PEOPLE := braun mueller yilmaz
demo: export DEMO_PASSPHRASE_braun = braun: demo only, never a real passphrase
demo: export DEMO_PASSPHRASE_mueller = mueller: demo only, never a real passphrase
demo: export DEMO_PASSPHRASE_yilmaz = yilmaz: demo only, never a real passphrase
demo: $(VENV)/.runtime
	$(BIN)/tender evaluate .
	$(BIN)/tender report .
	$(BIN)/tender report . --annex
	@echo; echo "== The whole procedure, on a copy of the example in reports/demo, each person signing with their key"
	rm -rf reports/demo
	rm -f $(foreach p,$(DEMO_PEOPLE),$(DEMO_KEYS)/$(p).pem)
	$(BIN)/tender init reports/demo --from . --actor braun
	for p in $(DEMO_PEOPLE); do \
	  line=$$($(BIN)/tender keys new --person $$p --out $(DEMO_KEYS)/$$p.pem --passphrase-env DEMO_PASSPHRASE_$$p \
	    | grep 'public_key:') && sed -i "/- id: $$p\$$/a\\$$line" reports/demo/evaluators.yaml || exit 1; \
	done
	grep -c 'public_key: ed25519:' reports/demo/evaluators.yaml
	$(BIN)/tender import-bids bids/* --into reports/demo --actor braun $(call demo_key,braun)
	$(BIN)/tender import-scores scores/* --into reports/demo --actor braun $(call demo_key,braun)
	$(BIN)/tender evaluate reports/demo
	$(BIN)/tender seal technical reports/demo --actor mueller $(call demo_key,mueller)
	$(BIN)/tender open-prices reports/demo --actor braun --witness yilmaz $(call demo_key,braun) \
	  --witness-key $(DEMO_KEYS)/yilmaz.pem --witness-passphrase-env DEMO_PASSPHRASE_yilmaz
	$(BIN)/tender report reports/demo --actor braun --format json $(call demo_key,braun)
	@echo "== § 60 VgV: Isar's price lies below 65 % of the estimate; the explanation is requested, then accepted"
	! $(BIN)/tender seal final reports/demo --actor braun $(call demo_key,braun)
	$(BIN)/tender clarify reports/demo --bidder isar --requested 2007-04-04 --actor braun $(call demo_key,braun)
	$(BIN)/tender clarify reports/demo --bidder isar --requested 2007-04-04 --answered 2007-04-10 --outcome accepted \
	  --note "Kalkulation belegt: eigenes, abgeschriebenes Rechenzentrum, keine Unterdeckung" --actor braun \
	  $(call demo_key,braun)
	$(BIN)/tender decide reports/demo --actor braun $(call demo_key,braun)
	$(BIN)/tender decide reports/demo --approve --actor mueller $(call demo_key,mueller)
	$(BIN)/tender seal final reports/demo --actor braun $(call demo_key,braun)
	$(BIN)/tender letters reports/demo --actor braun --channel electronic $(call demo_key,braun)
	$(BIN)/tender report reports/demo --actor braun $(call demo_key,braun)
	$(BIN)/tender report reports/demo --annex --actor braun $(call demo_key,braun)
	$(BIN)/tender audit verify reports/demo
	$(BIN)/tender audit verify reports/demo --head "$$($(BIN)/tender audit head reports/demo)"
	$(BIN)/tender sign reports/demo/reports/crm-hosting-2007-de.pdf --person braun $(call demo_key,braun)
	$(BIN)/tender verify reports/demo/reports/crm-hosting-2007-de.pdf
	@echo; echo "== A copy of the signed PDF with one byte changed: verify says what failed (exit 1)"
	$(BIN)/python -c "import sys; d = bytearray(open(sys.argv[1], 'rb').read()); d[len(d) // 2] ^= 1; \
	  open(sys.argv[2], 'wb').write(d)" reports/demo/reports/crm-hosting-2007-de.pdf reports/demo/reports/changed.pdf
	! $(BIN)/tender verify reports/demo/reports/changed.pdf
	@echo; echo "== A tender divided into lots (examples/lots), on a copy in reports/demo-lots: each lot evaluated, at most"
	@echo "   two lots per bidder, Hanse's combination bid for cluster and test weighed against the single awards"
	rm -rf reports/demo-lots && mkdir -p reports/demo-lots && cp -R examples/lots/. reports/demo-lots/
	$(BIN)/tender report reports/demo-lots
	$(BIN)/tender evaluate reports/demo-lots
	@echo; echo "== The same lots in a two-envelope procedure (reports/demo-lots-procedure): before the prices are opened"
	@echo "   the reports rank by quality and say that the lots are not yet awarded; then the prices are opened, every"
	@echo "   lot is awarded in one decision, approved; the reports show it and verify"
	rm -rf reports/demo-lots-procedure
	$(BIN)/tender init reports/demo-lots-procedure --from examples/lots --actor braun
	$(BIN)/tender import-bids examples/lots/bids/* --into reports/demo-lots-procedure --actor braun
	$(BIN)/tender import-scores examples/lots/scores/* --into reports/demo-lots-procedure --actor braun
	$(BIN)/tender report reports/demo-lots-procedure --actor braun --format pdf,json
	$(BIN)/tender verify reports/demo-lots-procedure/reports/crm-hosting-lose-migration-de.json
	$(BIN)/tender seal technical reports/demo-lots-procedure --actor mueller
	$(BIN)/tender open-prices reports/demo-lots-procedure --actor braun --witness schmidt
	$(BIN)/tender decide reports/demo-lots-procedure --actor braun
	$(BIN)/tender decide reports/demo-lots-procedure --approve --actor mueller
	$(BIN)/tender report reports/demo-lots-procedure --actor braun
	$(BIN)/tender verify reports/demo-lots-procedure/reports/crm-hosting-lose-de.pdf
	$(BIN)/tender verify reports/demo-lots-procedure/reports/crm-hosting-lose-migration-de.pdf
	$(BIN)/tender audit verify reports/demo-lots-procedure

demo_key = --key $(DEMO_KEYS)/$(1).pem --passphrase-env DEMO_PASSPHRASE_$(1)

test: lint
	$(BIN)/pytest

lint: $(VENV)/.dev
	$(BIN)/ruff check tender tests bench
	$(BIN)/ruff format --check tender tests bench
	$(BIN)/mypy

$(VENV)/.bench: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) -e '.[dev,bench]'
	touch $@ $(VENV)/.dev $(VENV)/.runtime

bench: $(VENV)/.bench
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
