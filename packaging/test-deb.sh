#!/usr/bin/env bash
# packaging/test-deb.sh: the Debian package, tested (make test-package runs
# it). It builds the package (packaging/deb.sh), runs lintian on it, then
# installs it on a clean Debian 12 with apt-get, which must pull in its
# dependencies, runs it, and purges it, which must leave no file of it.
#
# The clean Debian is debootstrap --variant=minbase, from the mirror this
# machine's apt uses, in a chroot in a mount namespace of its own (unshare),
# so its /proc is unmounted whatever happens. The bootstrapped tree is kept
# as a tarball in $POSTUREBREAK_TEST_CACHE (/var/cache/posturebreak-test),
# one a day and mirror, and the packages apt downloads into it beside it, so
# a second run downloads nothing; the first one, from nothing, takes a few
# minutes more. It needs root, or sudo, for debootstrap and chroot.
#
# Lintian must report no error and no warning, but one:
#   initial-upload-closes-no-bugs: Debian wants the first upload of a
#   package to close its "intent to package" bug. This package is not
#   uploaded to Debian, so there is no such bug to close.
# And one the package overrides itself (usr/share/lintian/overrides):
#   shared-library-lacks-prerequisites: the daemon is a static PIE, which
#   lintian takes for a shared library naming no library it needs.
# Two infos (lintian -I) are left too, both spelling-error-in-binary and
# both false: "Serie" is German, the word for a streak in the app's German
# translation, and "AFe" is a run of bytes in the program's data ("AFeq").
set -euo pipefail
# dpkg's and lintian's Perl want a locale that exists (make exports LANG=en_US.UTF-8).
export LC_ALL=C.UTF-8

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
suite=${SUITE:-bookworm}
cache=${POSTUREBREAK_TEST_CACHE:-/var/cache/posturebreak-test}
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
id=$(sed -n 's/^ID *= *"\(.*\)"$/\1/p' "$root/identity/FyneApp.toml")
clock() { echo "$(($(date +%s) - $1)) s"; }

# mirror: the Debian mirror apt uses here for $suite (MIRROR overrides it).
mirror() {
	if [ -n "${MIRROR:-}" ]; then
		echo "$MIRROR"
		return
	fi
	local uri
	uri=$(awk -v suite="$suite" '
		/^URIs:/ { uri = $2 }
		/^Suites:/ { for (i = 2; i <= NF; i++) if ($i == suite) found = uri }
		/^$/ { uri = "" }
		END { print found }' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1)
	if [ -z "$uri" ]; then
		uri=$(sed -n "s/^deb \(\[[^]]*\] \)\?\([^ ]*\) $suite .*/\2/p" /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | head -1)
	fi
	echo "${uri:-http://deb.debian.org/debian}"
}

if [ -n "${DEB:-}" ]; then # a package built before, to test instead
	deb=$(realpath "$DEB")
else
	echo "== make deb"
	start=$(date +%s)
	deb=$("$here/deb.sh" | tail -1)
	echo "built $(basename "$deb") in $(clock "$start")"
fi

echo "== lintian"
start=$(date +%s)
lint=0
out=$(lintian --fail-on error,warning --suppress-tags initial-upload-closes-no-bugs "$deb" 2>&1) || lint=$?
grep -v 'running with root privileges' <<<"$out" || true
[ "$lint" -eq 0 ] || { echo "FAIL: lintian"; exit 1; }
echo "lintian: no error or warning, in $(clock "$start")"

echo "== a clean Debian $suite"
start=$(date +%s)
mirror=$(mirror)
key=$suite-minbase-$(printf %s "$mirror" | md5sum | cut -c1-8)
tarball=$cache/$key-$(date -u +%F).tar
$sudo mkdir -p "$cache/archives-$key"
if [ ! -f "$tarball" ]; then
	echo "debootstrap --variant=minbase $suite from $mirror (once a day)"
	fresh=$($sudo mktemp -d "$cache/debootstrap.XXXXXX")
	$sudo chmod 0755 "$fresh" # a system's root, which apt's own user reads
	if ! $sudo debootstrap --variant=minbase "$suite" "$fresh" "$mirror" >"$cache/debootstrap.log" 2>&1; then
		tail -20 "$cache/debootstrap.log"
		$sudo rm -rf --one-file-system "$fresh"
		echo "FAIL: debootstrap"
		exit 1
	fi
	# The package lists, so each run need not download them again.
	$sudo unshare --mount --pid --fork --mount-proc="$fresh/proc" chroot "$fresh" /bin/sh -c 'apt-get update -qq && apt-get clean'
	$sudo tar -C "$fresh" -cf "$tarball.part" . && $sudo mv "$tarball.part" "$tarball"
	$sudo rm -rf --one-file-system "$fresh"
	# Older trees go; the packages downloaded stay, and apt checks them.
	find "$cache" -maxdepth 1 -name "$key-*.tar" ! -name "$(basename "$tarball")" -exec $sudo rm -f {} +
fi

chroot=$($sudo mktemp -d "$cache/chroot.XXXXXX")
cleanup() { $sudo rm -rf --one-file-system "$chroot"; }
trap cleanup EXIT
$sudo tar -C "$chroot" -xf "$tarball"
$sudo cp "$deb" "$chroot/tmp/"
$sudo find "$cache/archives-$key" -name '*.deb' -exec cp -t "$chroot/var/cache/apt/archives/" {} +
echo "ready in $(clock "$start")"

echo "== apt-get install ./$(basename "$deb"), run it, purge it"
start=$(date +%s)
status=0
# /dev/pts for apt's log of dpkg's terminal; like /proc it is mounted only
# in the namespace, and goes with it.
$sudo unshare --mount --pid --fork --mount-proc="$chroot/proc" /bin/sh -c \
	'mount --bind /dev/pts "$1/dev/pts" && exec chroot "$@"' - "$chroot" /usr/bin/env -i \
	PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 \
	DEB="$(basename "$deb")" ID="$id" /bin/bash -s <<'EOF' || status=$?
set -uo pipefail
passed=0 failed=0
check() { # check WHAT COMMAND...
	local what=$1; shift
	if "$@" >/tmp/out 2>&1; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL: $what"
		tail -30 /tmp/out | sed 's/^/    /'
	fi
}
cd /tmp
# every path on the system, but what changes of itself or is apt's and dpkg's
paths() {
	find / -xdev \( -path /proc -o -path /tmp -o -path /var/cache/apt -o -path /var/lib/apt \
		-o -path /var/lib/dpkg -o -path /var/log -o -path /etc/ld.so.cache \) -prune -o -print | sort
}
paths >/tmp/clean
check "posturebreak is not installed yet" sh -c '! command -v posturebreak'
check "apt-get install -y ./$DEB" sh -c 'apt-get install -y "./$DEB" >/tmp/apt.log 2>&1 || { cat /tmp/apt.log; exit 1; }'
grep -E 'newly installed|^W: |^E: ' /tmp/apt.log
check "posturebreak --help runs" sh -c 'posturebreak --help | grep -q "^Usage: posturebreak"'
check "the window program is where the daemon looks" test -x /usr/libexec/posturebreak/posturebreak-window
check "ldd finds every library the window program needs" sh -c '! ldd /usr/libexec/posturebreak/posturebreak-window | grep "not found"'
for lib in libXcursor.so.1 libXi.so.6 libXinerama.so.1 libXrandr.so.2 libXrender.so.1 libXxf86vm.so.1; do
	check "$lib, which GLFW opens at run time, is installed" sh -c "ldconfig -p | grep -q '$lib '"
done
check "the desktop entry is in /usr/share/applications" test -f "/usr/share/applications/$ID.desktop"
check "the metainfo is in /usr/share/metainfo" test -f "/usr/share/metainfo/$ID.metainfo.xml"
for size in 16x16 22x22 24x24 32x32 48x48 64x64 128x128 256x256; do
	check "the $size icon is in the hicolor theme" test -f "/usr/share/icons/hicolor/$size/apps/$ID.png"
done
check "the scalable icon is in the hicolor theme" test -f "/usr/share/icons/hicolor/scalable/apps/$ID.svg"
check "the man page is installed" test -f /usr/share/man/man1/posturebreak.1.gz
check "the copyright file is installed" test -f /usr/share/doc/posturebreak/copyright
dpkg -L posturebreak >/tmp/files
check "dpkg lists the files of the package" test "$(grep -c . /tmp/files)" -gt 20
check "apt-get remove --purge -y posturebreak" apt-get remove --purge -y posturebreak
check "dpkg knows the package no more" sh -c '! dpkg -s posturebreak'
left() { # every path of the package is gone, but folders other packages own
	local path bad=0
	while read -r path; do
		[ "$path" != /. ] || continue
		[ -e "$path" ] || [ -L "$path" ] || continue
		if [ -d "$path" ] && [ ! -L "$path" ] && dpkg -S "$path" >/dev/null 2>&1; then
			continue
		fi
		echo "left behind: $path"
		bad=1
	done </tmp/files
	return $bad
}
check "purge left no file of the package behind" left
unowned() { # what is new since the system was clean belongs to a package still installed
	# (with /usr merged, dpkg may know /usr/lib/x as /lib/x, or the other way)
	sort -u /var/lib/dpkg/info/*.list | sed -nE 'p; s#^/usr/#/#p; s#^/(bin|sbin|lib[^/]*)/#/usr/\1/#p' | sort -u >/tmp/owned
	local new
	new=$(paths | comm -13 /tmp/clean - | comm -23 - /tmp/owned)
	[ -z "$new" ] || { echo "new, and no package's:"; echo "$new"; return 1; }
}
check "purge left nothing that no package owns" unowned
echo "in the chroot: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
EOF
echo "installed, run and purged in $(clock "$start")"

# Keep what apt downloaded, for the next run.
$sudo find "$cache/archives-$key" -name '*.deb' -delete
$sudo find "$chroot/var/cache/apt/archives" -maxdepth 1 -name '*.deb' -exec cp -t "$cache/archives-$key/" {} +
exit $status
