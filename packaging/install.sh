#!/usr/bin/env bash
# packaging/install.sh install|uninstall: what make install and make
# uninstall run, and make deb stages the package with.
#
#   PREFIX   where to install: $HOME/.local (one user, the default) or
#            /usr/local (everyone, as root); the Debian package uses /usr
#   DESTDIR  a folder to stage the tree in, as a packaging tool wants it;
#            the paths written into files (Exec=) stay without it
#   BIN      the program to install (bin/posturebreak): the tray daemon
#            and the command line, in $PREFIX/bin
#   WINDOWS  the window program (bin/posturebreak-window), which the daemon
#            runs for each window and finds in $PREFIX/libexec/posturebreak
#   MANIFEST where install records what it wrote, and uninstall reads it:
#            $PREFIX/lib/posturebreak/install-manifest; empty for none (a
#            package manager keeps its own list)
#
# install writes only the files in `files` below, and records them, and
# every folder it had to make, in the manifest. uninstall removes the files
# it recorded (or, with no manifest, the files of `files`), then the folders
# it recorded, each only if it is empty: it never removes a folder with
# anything else in it, and never anything of the user's own. The app keeps
# its settings, history and state in ~/.config/posturebreak,
# ~/.local/share/posturebreak and ~/.local/state/posturebreak (package
# storage); none of those is written here, so none is ever recorded.
#
# Icon and desktop caches are refreshed only where the folder already has
# one (a cache install made would be left behind by uninstall, and with no
# cache the desktop reads the folder itself); never into DESTDIR, where the
# package manager's triggers do it.
set -euo pipefail
umask 022

action=${1:?usage: packaging/install.sh install|uninstall}
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
: "${PREFIX:=$HOME/.local}"
: "${DESTDIR:=}"
: "${BIN:=$root/bin/posturebreak}"
: "${WINDOWS:=$root/bin/posturebreak-window}"
MANIFEST=${MANIFEST-$PREFIX/lib/posturebreak/install-manifest}

case $PREFIX in
/*) ;;
*) echo "install.sh: PREFIX must be an absolute path, not '$PREFIX'" >&2; exit 2 ;;
esac
PREFIX=${PREFIX%/}
# The desktop entry runs the program by its full path. Rather than quote a
# path for an Exec line here too (package autostart does it for the
# autostart entry), a PREFIX that would need quoting is refused.
if [[ $PREFIX =~ [^A-Za-z0-9/._+-] ]]; then
	echo "install.sh: PREFIX '$PREFIX' has characters a desktop entry's Exec= would need quoted; choose another" >&2
	exit 2
fi

id=$(sed -n 's/^ID *= *"\(.*\)"$/\1/p' "$root/identity/FyneApp.toml")
[ -n "$id" ] || { echo "install.sh: no ID in FyneApp.toml" >&2; exit 1; }
bindir=$PREFIX/bin
libexecdir=$PREFIX/libexec/posturebreak
datadir=$PREFIX/share
icondir=$datadir/icons/hicolor
appdir=$datadir/applications

# files prints what install writes: mode, destination (without DESTDIR) and
# source, last, since the clone's path may have spaces.
files() {
	echo "0755 $bindir/posturebreak $BIN"
	echo "0755 $libexecdir/posturebreak-window $WINDOWS"
	echo "0644 $appdir/$id.desktop $here/$id.desktop"
	echo "0644 $datadir/metainfo/$id.metainfo.xml $here/$id.metainfo.xml"
	echo "0644 $icondir/scalable/apps/$id.svg $root/assets/icons/app.svg"
	local size
	for size in 16 22 24 32 48 64 128 256; do
		echo "0644 $icondir/${size}x$size/apps/$id.png $root/assets/icons/app-$size.png"
	done
	echo "0644 $datadir/man/man1/posturebreak.1.gz $here/posturebreak.1"
}

# mkdirs DIR: makes DIR and what it lacks above it, recording each folder made.
mkdirs() {
	local dir=$1 missing=()
	while [ "$dir" != / ] && [ ! -d "$DESTDIR$dir" ]; do
		missing=("$dir" "${missing[@]}")
		dir=$(dirname "$dir")
	done
	for dir in "${missing[@]}"; do
		mkdir -m 0755 "$DESTDIR$dir"
		written+=("d $dir")
	done
}

# refresh_caches: keeps an existing icon theme cache and desktop database
# up to date; creates neither, and a failure does not matter.
refresh_caches() {
	[ -z "$DESTDIR" ] || return 0
	if [ -f "$icondir/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
		gtk-update-icon-cache -q -f "$icondir" >/dev/null 2>&1 || true
	fi
	if [ -f "$appdir/mimeinfo.cache" ] && command -v update-desktop-database >/dev/null; then
		update-desktop-database -q "$appdir" >/dev/null 2>&1 || true
	fi
}

install_all() {
	[ -x "$BIN" ] || { echo "install.sh: no program at $BIN (make build)" >&2; exit 1; }
	[ -x "$WINDOWS" ] || { echo "install.sh: no window program at $WINDOWS (make build)" >&2; exit 1; }
	[ -z "$DESTDIR" ] || mkdir -p "$DESTDIR"
	written=()
	# What an earlier install recorded stays recorded: the folders it made
	# are still for uninstall to remove.
	if [ -n "$MANIFEST" ] && [ -f "$DESTDIR$MANIFEST" ]; then
		mapfile -t written <"$DESTDIR$MANIFEST"
	fi
	local mode dest src
	while read -r mode dest src; do
		mkdirs "$(dirname "$dest")"
		case $dest in
		*.gz) gzip -9nc "$src" >"$DESTDIR$dest" && chmod "$mode" "$DESTDIR$dest" ;;
		*.desktop) sed "s|^Exec=posturebreak\$|Exec=$bindir/posturebreak|" "$src" >"$DESTDIR$dest" && chmod "$mode" "$DESTDIR$dest" ;;
		*) install -m "$mode" "$src" "$DESTDIR$dest" ;;
		esac
		written+=("f $dest")
	done < <(files)
	if [ -n "$MANIFEST" ]; then
		mkdirs "$(dirname "$MANIFEST")"
		written+=("f $MANIFEST")
		printf '%s\n' "${written[@]}" | awk '!seen[$0]++' >"$DESTDIR$MANIFEST"
	fi
	refresh_caches
	echo "Installed Posture Break in $DESTDIR$PREFIX"
}

uninstall_all() {
	local entries=() line path
	if [ -n "$MANIFEST" ] && [ -f "$DESTDIR$MANIFEST" ]; then
		mapfile -t entries <"$DESTDIR$MANIFEST"
	else
		while read -r _ path _; do entries+=("f $path"); done < <(files)
	fi
	# Files first, and only under PREFIX, whatever the manifest says.
	for line in "${entries[@]}"; do
		path=${line#f }
		[ "$path" != "$line" ] || continue
		case $path in
		"$PREFIX"/*) rm -f "$DESTDIR$path" ;;
		*) echo "install.sh: the manifest names $path, outside $PREFIX; leaving it" >&2 ;;
		esac
	done
	# Then folders, the deepest first, each only if nothing is left in it:
	# under PREFIX, PREFIX itself, or one above it that install made.
	for line in "${entries[@]}"; do
		path=${line#d }
		[ "$path" != "$line" ] || continue
		case $path/ in
		"$PREFIX"/*) echo "$path" ;;
		*) case $PREFIX/ in "$path"/*) echo "$path" ;; esac ;;
		esac
	done | awk '{ print length($0) "\t" $0 }' | sort -rn | cut -f2- | while read -r path; do
		rmdir "$DESTDIR$path" 2>/dev/null || true
	done
	refresh_caches
	echo "Uninstalled Posture Break from $DESTDIR$PREFIX"
}

case $action in
install) install_all ;;
uninstall) uninstall_all ;;
files) files | cut -d' ' -f2 ;;
*) echo "usage: packaging/install.sh install|uninstall" >&2; exit 2 ;;
esac
