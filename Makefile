# Posture Break. `make run` starts the app; `make test` runs every test;
# `make check` is the quick loop (formatting, vet, staticcheck and the unit
# tests). Each installs what is missing on Debian or Ubuntu (scripts/deps).

SHELL := /bin/bash
export PATH := /usr/local/go/bin:$(PATH)
# The tests, and their golden images, speak English whoever runs them.
export LANG := en_US.UTF-8
unexport LANGUAGE LC_ALL LC_MESSAGES
# Two programs: the tray daemon and command line, built without cgo, and
# the window program beside it, where the daemon finds it.
BIN := bin/posturebreak
WINDOWS := bin/posturebreak-window
# staticcheck, pinned; go run fetches and caches it on first use.
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

# make install puts Posture Break among your apps: for you alone, in
# ~/.local, or with PREFIX=/usr/local (as root) for everyone; DESTDIR
# stages it in a folder. make uninstall removes exactly what it wrote, never
# your settings or history. make deb builds dist/posturebreak_<version>_<arch>.deb.
# See packaging/.
PREFIX ?= $(HOME)/.local

.PHONY: build run check test lint test-windows windows bench sheet generate install uninstall deb test-package

build:
	@scripts/deps build
	CGO_ENABLED=0 go build -o $(BIN) .
	go build -o $(WINDOWS) ./cmd/posturebreak-window

run: build
	./$(BIN)

# The quick loop: formatting, vet, staticcheck and every unit test; no
# end-to-end suite, no package test, no root. Under a minute warm.
check: lint
	go test -count=1 ./...

# Every test: the same checks, the unit tests again with the race
# detector, the Windows packages' tests under Wine, then the end-to-end
# suite on a real X server, bus, notification daemon and tray (and the
# Windows installer and app under Wine), then the packages.
test: lint
	go test -race -count=1 ./...
	@scripts/deps test
	$(MAKE) test-windows windows
	go test -count=1 -tags e2e -parallel 8 -timeout 30m -v ./e2e
	$(MAKE) test-package

# The packages with Windows code of their own, their tests built for
# Windows and run under Wine (scripts/wine/exec), on an X server of their
# own (Xvfb), where Wine can make windows (presence's hidden one); then
# Wine's services, which scripts/wine/exec keeps running, are stopped.
WINDOWS_PACKAGES := ./presence ./control ./autostart ./notify ./tray ./ico ./words ./schedule ./exercises ./habit ./storage ./cli
test-windows:
	@scripts/deps windows
	status=0; xvfb-run -a env GOOS=windows CGO_ENABLED=0 go test -count=1 -exec "$(CURDIR)/scripts/wine/exec" $(WINDOWS_PACKAGES) || status=$$?; \
		scripts/wine/exec wineserver -k; exit $$status

# The Windows installer, built on Linux: dist/posturebreak-<version>-setup.exe.
windows:
	@scripts/deps windows
	packaging/windows/build.sh

# The Windows side is vetted and checked as well: every package that builds
# for Windows without cgo, which is all of the daemon's (the window
# program's need mingw-w64's cgo, and are left to make windows). go run
# builds staticcheck for this machine; -exec runs it for Windows.
WINDOWS_LINT = $$(GOOS=windows CGO_ENABLED=0 go list -e -f '{{if not (or .Error .DepsErrors)}}{{.ImportPath}}{{end}}' ./...)
lint:
	@scripts/deps build
	@unformatted=$$(gofmt -l .); if [ -n "$$unformatted" ]; then echo "gofmt would change: $$unformatted"; exit 1; fi
	go vet ./...
	go vet -tags e2e ./e2e
	GOOS=windows CGO_ENABLED=0 go vet $(WINDOWS_LINT)
	go run $(STATICCHECK) ./...
	go run $(STATICCHECK) -tags e2e ./e2e
	go run -exec "env GOOS=windows CGO_ENABLED=0" $(STATICCHECK) $(WINDOWS_LINT)

# Under sudo it installs what make build made, rather than build as root.
install: $(if $(SUDO_USER),,build)
	PREFIX="$(PREFIX)" DESTDIR="$(DESTDIR)" BIN="$(BIN)" WINDOWS="$(WINDOWS)" packaging/install.sh install

uninstall:
	PREFIX="$(PREFIX)" DESTDIR="$(DESTDIR)" packaging/install.sh uninstall

deb:
	@scripts/deps build
	@scripts/deps deb
	packaging/deb.sh

# make install and uninstall, into a HOME and a DESTDIR of their own; then
# the Debian package: lintian, and installed with apt-get on a clean
# Debian 12 (debootstrap, cached in /var/cache/posturebreak-test) and
# purged. Needs root, or sudo, for the chroot.
test-package:
	@scripts/deps test
	packaging/test-install.sh
	packaging/test-deb.sh

# The idle cost of the daemon (with every presence source active) and the
# time from a click to a mapped break window, measured under Xvfb on a
# private bus; then the cost of one call check on this machine, and of
# opening the History window on ten years (100,000 records) of breaks.
bench:
	@scripts/deps build
	@scripts/deps test
	go test -tags e2e -run '^$$' -bench . -benchtime 1x -timeout 20m ./e2e
	go test -run '^$$' -bench CallCheck ./presence
	go test -run '^$$' -bench TenYears -benchtime 3x ./ui/historywindow

# Redraw the exercise pictures and icons from package drawing.
generate:
	go generate ./assets

# Render every exercise keyframe into one contact sheet, docs/exercises.png.
sheet:
	go run ./drawing/cmd/sheet -out docs/exercises.png
