# Everyday targets. The README's two commands are the contract; these are shortcuts.
GO ?= go

.PHONY: build test bench vet fmt figures
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
