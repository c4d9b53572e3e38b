# Two commands for a new user: `make report` writes Output/ from seeds/; `make test` runs the tests.
# Both install the system packages they need first (scripts/bootstrap).

SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/report-gen

.PHONY: report test build bootstrap clean

report: build
	$(BIN)

build: bootstrap
	$(SWIFT) build -c $(CONFIG) --product report-gen

test: bootstrap
	$(SWIFT) test

bootstrap:
	@scripts/bootstrap

clean:
	rm -rf .build Output/charts Output/report.pdf Output/stats.json Output/.cache
