#!/usr/bin/env bash
# packaging/test-install.sh: make install and make uninstall, tested (make
# test-package runs it).
#
# 1. For one user: into a HOME of its own that already holds a user's
#    settings, history, state and an autostart entry. Every file is where it
#    should be and as it should be; the desktop entry and the metainfo pass
#    desktop-file-validate and appstreamcli (no error, no warning); the
#    program runs; the man page lists every command --help does. Installed
#    twice and uninstalled once, the HOME is exactly as it was, byte for
#    byte, the user's files included.
# 2. For everyone (PREFIX=/usr/local), staged in a DESTDIR that holds the
#    empty folders a Debian system has there: the same checks, and uninstall
#    leaves those folders, which install did not make.
# 3. make uninstall with nothing installed changes nothing; in a HOME with
#    no ~/.local, install makes it and uninstall removes it.
#
# The autostart entry the program writes is validated by go test ./autostart
# and, as the running daemon writes it, by e2e TestStartAtLogin.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
export PATH=/usr/local/go/bin:$PATH
# HOME changes below; Go's caches stay where they are, warm.
GOCACHE=$(go env GOCACHE) GOMODCACHE=$(go env GOMODCACHE) GOPATH=$(go env GOPATH)
export GOCACHE GOMODCACHE GOPATH
unset XDG_DATA_HOME XDG_STATE_HOME PREFIX DESTDIR

id=$(sed -n 's/^ID *= *"\(.*\)"$/\1/p' "$root/identity/FyneApp.toml")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The go command that make install runs (to build) keeps its telemetry in
# the user's config folder: not in the HOME under test.
export XDG_CONFIG_HOME=$tmp/go-config

passed=0 failed=0
check() { # check WHAT COMMAND...: runs COMMAND, and counts it
	local what=$1; shift
	if "$@" >"$tmp/out" 2>&1; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL: $what"
		sed 's/^/    /' "$tmp/out"
	fi
}

# snapshot DIR: every path under DIR with its type and mode, and every
# file's contents.
snapshot() {
	(cd "$1" && find . -printf '%y %m %p -> %l\n' | sort && find . -type f -print0 | sort -z | xargs -0 -r sha256sum)
}

silent() { # silent COMMAND...: succeeds if COMMAND does and prints nothing
	local out
	out=$("$@" 2>&1) || { echo "$out"; return 1; }
	[ -z "$out" ] || { echo "$out"; return 1; }
}
no_warnings() { # no_warnings COMMAND...: succeeds if COMMAND does, with no E: or W: line
	local out
	out=$("$@" 2>&1) || { echo "$out"; return 1; }
	! grep -E '^\s*[EW]: ' <<<"$out" || { echo "$out"; return 1; }
}
png_size() { # png_size FILE: WIDTHxHEIGHT from the PNG header
	local b
	read -r -a b < <(od -An -tu1 -j16 -N8 "$1")
	echo "$(((b[0] << 24) + (b[1] << 16) + (b[2] << 8) + b[3]))x$(((b[4] << 24) + (b[5] << 16) + (b[6] << 8) + b[7]))"
}
same_file() { cmp "$1" "$2"; }
mode_is() { [ "$(stat -c %a "$2")" = "$1" ] || { echo "$2 has mode $(stat -c %a "$2"), want $1"; return 1; }; }
icon_is() { [ "$(png_size "$2")" = "$1" ] || { echo "$2 is $(png_size "$2"), want $1"; return 1; }; }
exec_is() { grep -qxF "Exec=$1" "$2" || { grep '^Exec=' "$2"; return 1; }; }

# the commands --help lists, each in the man page
man_lists_every_command() { # man_lists_every_command PROGRAM MANPAGE
	local help page missing=()
	help=$("$1" --help) || return 1
	page=$(MANWIDTH=200 man -l "$2" 2>/dev/null) || return 1
	[ -n "$page" ] || { echo "the man page is empty"; return 1; }
	for cmd in $(sed -n 's/^  \([a-z][a-z-]*\).*/\1/p' <<<"$help"); do
		grep -qE "^ +$cmd( |,|\$)" <<<"$page" || missing+=("$cmd")
	done
	[ ${#missing[@]} -eq 0 ] || { echo "the man page lacks: ${missing[*]}"; return 1; }
}

# checks_installed PREFIX ROOT: every file make install writes for PREFIX,
# staged under ROOT (DESTDIR, or empty).
checks_installed() {
	local prefix=$1 dest=$2 size
	local share=$dest$prefix/share
	check "the program is bin/posturebreak" same_file "$root/bin/posturebreak" "$dest$prefix/bin/posturebreak"
	check "the program is executable" mode_is 755 "$dest$prefix/bin/posturebreak"
	check "the program runs: --help" "$dest$prefix/bin/posturebreak" --help
	check "the window program is bin/posturebreak-window" same_file "$root/bin/posturebreak-window" "$dest$prefix/libexec/posturebreak/posturebreak-window"
	check "the window program is executable" mode_is 755 "$dest$prefix/libexec/posturebreak/posturebreak-window"
	check "the window program answers a wrong command line with an error" bash -c '"$1" no-such-window 2>&1 | grep -q "no window"; [ "${PIPESTATUS[0]}" -eq 2 ]' - "$dest$prefix/libexec/posturebreak/posturebreak-window"
	check "the desktop entry runs $prefix/bin/posturebreak" exec_is "$prefix/bin/posturebreak" "$share/applications/$id.desktop"
	check "the desktop entry is readable" mode_is 644 "$share/applications/$id.desktop"
	check "desktop-file-validate passes the installed desktop entry" silent desktop-file-validate "$share/applications/$id.desktop"
	check "appstreamcli validates the installed metainfo" no_warnings appstreamcli validate --no-net --no-color "$share/metainfo/$id.metainfo.xml"
	check "appstreamcli validates the installed tree (metainfo, desktop entry)" no_warnings appstreamcli validate-tree --no-net --no-color "$dest$prefix"
	check "the scalable icon is app.svg" same_file "$root/assets/icons/app.svg" "$share/icons/hicolor/scalable/apps/$id.svg"
	for size in 16 22 24 32 48 64 128 256; do
		check "the ${size}px icon is ${size}x$size" icon_is "${size}x$size" "$share/icons/hicolor/${size}x$size/apps/$id.png"
	done
	check "the man page lists every command of --help" man_lists_every_command "$dest$prefix/bin/posturebreak" "$share/man/man1/posturebreak.1.gz"
}

# added BEFORE AFTER: the paths in snapshot AFTER that BEFORE lacks.
added() { comm -13 <(sed -n 's/^[a-z] [0-7]* \(.*\) -> .*/\1/p' "$1" | sort) <(sed -n 's/^[a-z] [0-7]* \(.*\) -> .*/\1/p' "$2" | sort); }
# just_these_files BEFORE AFTER PREFIX DESTDIR TOP: install (with PREFIX,
# DESTDIR) added to the tree TOP, which the snapshots are of, exactly the
# files install.sh lists and its manifest, and folders.
just_these_files() {
	local want got
	want=$( (PREFIX=$3 "$here/install.sh" files; echo "$3/lib/posturebreak/install-manifest") | sed "s|^|$4|; s|^$5|.|" | sort)
	got=$(added "$1" "$2" | while read -r p; do [ -d "$5/$p" ] || echo "$p"; done | sort)
	[ "$want" = "$got" ] || { diff <(echo "$want") <(echo "$got"); return 1; }
}
unchanged() { # unchanged BEFORE AFTER: the snapshots are the same
	diff "$1" "$2"
}
kept() { # kept BEFORE AFTER: every path and file of BEFORE is in AFTER, unchanged
	local lost
	lost=$(comm -23 <(sort "$1") <(sort "$2"))
	[ -z "$lost" ] || { echo "changed or gone: $lost"; return 1; }
}

echo "== make install, for one user"
home=$tmp/home
mkdir -p "$home/.config/posturebreak" "$home/.local/share/posturebreak" "$home/.local/state/posturebreak" "$home/.config/autostart"
echo '{"work_minutes": 50}' >"$home/.config/posturebreak/settings.json"
echo '{"time":"2026-11-30T10:00:00Z","exercise":"cat-cow","outcome":"done","seconds":120}' >"$home/.local/share/posturebreak/history.jsonl"
echo '{}' >"$home/.local/state/posturebreak/state.json"
printf '[Desktop Entry]\nType=Application\nName=Posture Break\nExec=/x\n' >"$home/.config/autostart/$id.desktop"
snapshot "$home" >"$tmp/before"
check "make install" env HOME="$home" make -s -C "$root" install
snapshot "$home" >"$tmp/installed"
checks_installed "$home/.local" ""
check "install added exactly its files and manifest" just_these_files "$tmp/before" "$tmp/installed" "$home/.local" "" "$home"
check "install kept the user's files" kept "$tmp/before" "$tmp/installed"
check "make install, again" env HOME="$home" make -s -C "$root" install
check "make uninstall" env HOME="$home" make -s -C "$root" uninstall
snapshot "$home" >"$tmp/after"
check "uninstall left HOME exactly as it was before install" unchanged "$tmp/before" "$tmp/after"
check "make uninstall, with nothing installed" env HOME="$home" make -s -C "$root" uninstall
snapshot "$home" >"$tmp/after"
check "uninstalling nothing changed nothing" unchanged "$tmp/before" "$tmp/after"

echo "== make install, for a user with no ~/.local yet"
home=$tmp/new-home
mkdir "$home"
check "make install" env HOME="$home" make -s -C "$root" install
check "the program is installed" test -x "$home/.local/bin/posturebreak"
check "make uninstall" env HOME="$home" make -s -C "$root" uninstall
check "uninstall removed the ~/.local it made" sh -c '[ -z "$(ls -A "$1")" ] || { find "$1"; exit 1; }' - "$home"

echo "== make install PREFIX=/usr/local, staged in DESTDIR"
stage=$tmp/stage
mkdir -p "$stage/usr/local/bin" "$stage/usr/local/share/man" "$stage/usr/local/lib"
snapshot "$stage" >"$tmp/before"
check "make install PREFIX=/usr/local DESTDIR=…" make -s -C "$root" install PREFIX=/usr/local DESTDIR="$stage"
snapshot "$stage" >"$tmp/installed"
checks_installed /usr/local "$stage"
check "install added exactly its files and manifest" just_these_files "$tmp/before" "$tmp/installed" /usr/local "$stage" "$stage"
check "make uninstall PREFIX=/usr/local DESTDIR=…" make -s -C "$root" uninstall PREFIX=/usr/local DESTDIR="$stage"
snapshot "$stage" >"$tmp/after"
check "uninstall left the staged tree exactly as it was, the empty folders it found kept" unchanged "$tmp/before" "$tmp/after"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
