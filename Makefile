# Everyday targets. The README's two commands are the contract; these are shortcuts.
GO ?= go

.PHONY: build test bench vet fmt figures pgo
build:
	$(GO) build -o dyad ./cmd/dyad

test:
	$(GO) test ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

vet:
	$(GO) vet ./...

fmt:
	gofmt -l -w .

# every figure the issues name, as JSON lines (needs ../shared; about a minute)
figures:
	scripts/figures.sh

# the profile the go command builds dyad with (profile-guided optimisation):
# a CPU profile of dyad bench over ../shared/gold/news, parse, code and store.
# Remake it when the hot paths change; a stale profile only optimises less.
pgo:
	$(GO) build -pgo=off -o /tmp/dyad-nopgo ./cmd/dyad
	/tmp/dyad-nopgo bench --limit 3000 --rounds 2 --cpuprofile cmd/dyad/default.pgo
