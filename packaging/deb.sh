#!/usr/bin/env bash
# packaging/deb.sh: what make deb runs. Builds the Debian package
# dist/posturebreak_<version>_<arch>.deb with dpkg-deb, Debian's own tool.
#
# - The version and the maintainer are the top entry of
#   packaging/debian/changelog: FyneApp.toml's version and a Debian
#   revision (a test checks they agree).
# - The two programs are built as Debian builds Go: the window program's C
#   parts (GLFW) with dpkg-buildflags' hardening flags, both as
#   position-independent executables, without the build's paths
#   (-trimpath), and stripped (-s -w). The daemon has no C parts.
# - It installs what make install does (packaging/install.sh, PREFIX=/usr),
#   plus the copyright, the changelog and the Go modules' licence notices.
# - Depends: dpkg-shlibdeps on the window program (libc6, libgl1,
#   libx11-6), and the X libraries GLFW opens at run time with dlopen,
#   which dpkg-shlibdeps cannot see: each is looked up with dpkg -S, and
#   must still be named in the window program.
#
# Lintian (make test-package) leaves no error and no warning on it.
set -euo pipefail
# dpkg's and lintian's Perl want a locale that exists (make exports LANG=en_US.UTF-8).
export LC_ALL=C.UTF-8
umask 022

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
cd "$root"
export PATH=/usr/local/go/bin:$PATH
dist=${DIST:-$root/dist}

changelog=$here/debian/changelog
version=$(dpkg-parsechangelog -l "$changelog" -S Version)
maintainer=$(dpkg-parsechangelog -l "$changelog" -S Maintainer)
arch=$(dpkg --print-architecture)
deb=$dist/posturebreak_${version}_${arch}.deb

work=$dist/build
stage=$work/root
rm -rf "$work"
mkdir -p "$stage/DEBIAN" "$work/debian"

# The build's paths would make the C flags differ from one clone to another
# (-ffile-prefix-map=$PWD=.), and so miss Go's build cache; -trimpath and
# stripping leave no path in the program anyway.
export DEB_BUILD_MAINT_OPTIONS="hardening=+all reproducible=-fixfilepath,-fixdebugpath"
CGO_CFLAGS=$(dpkg-buildflags --get CFLAGS)
CGO_CPPFLAGS=$(dpkg-buildflags --get CPPFLAGS)
CGO_LDFLAGS=$(dpkg-buildflags --get LDFLAGS)
export CGO_CFLAGS CGO_CPPFLAGS CGO_LDFLAGS
# The daemon has no C parts: it is built without cgo, as make build does.
CGO_ENABLED=0 go build -trimpath -buildmode=pie -ldflags="-s -w" -o "$work/posturebreak" .
go build -trimpath -buildmode=pie -ldflags="-s -w" -o "$work/posturebreak-window" ./cmd/posturebreak-window
# What dh_strip removes too: the C compiler's notes (-s -w leave them).
strip --remove-section=.comment --remove-section=.note "$work/posturebreak" "$work/posturebreak-window"

PREFIX=/usr DESTDIR=$stage BIN=$work/posturebreak WINDOWS=$work/posturebreak-window MANIFEST='' "$here/install.sh" install >/dev/null

doc=$stage/usr/share/doc/posturebreak
install -d "$doc"
install -m 0644 "$here/debian/copyright" "$doc/copyright"
gzip -9nc "$changelog" >"$doc/changelog.Debian.gz"

# The daemon is a static PIE: it needs no shared library at all, where
# lintian expects every position-independent object to name some.
overrides=$stage/usr/share/lintian/overrides
install -d "$overrides"
echo 'posturebreak: shared-library-lacks-prerequisites [usr/bin/posturebreak]' >"$overrides/posturebreak"
chmod 0644 "$overrides/posturebreak"

# go-modules.txt.gz: the licence of Go and of every module linked in, as
# the copyright file says; a module without a licence file stops the build.
modcache=$(go env GOMODCACHE)
{
	echo "The Go modules linked into /usr/bin/posturebreak and"
	echo "/usr/libexec/posturebreak/posturebreak-window, and their licences."
	echo
	echo "=== Go $(go env GOVERSION) (the runtime and standard library)"
	echo
	cat "$(go env GOROOT)/LICENSE"
	go version -m "$work/posturebreak" "$work/posturebreak-window" | awk '$1 == "dep" && !seen[$2]++ { print $2, $3 }' | while read -r path ver; do
		[ "$ver" != v0.0.0 ] || continue # a module of this repository (replace => ./)
		# The module cache writes each capital as ! and the letter.
		escaped=$(sed 's/[A-Z]/!\L&/g' <<<"$path")
		license=$(find "$modcache/$escaped@$ver" -maxdepth 1 -type f \( -iname 'LICEN[CS]E*' -o -iname 'COPYING*' \) | sort | head -1)
		[ -n "$license" ] || { echo "deb.sh: no licence file for $path $ver" >&2; exit 1; }
		echo
		echo "=== $path $ver"
		echo
		cat "$license"
	done
} | gzip -9n >"$doc/go-modules.txt.gz"

# Depends.
printf 'Source: posturebreak\n\nPackage: posturebreak\nArchitecture: any\n' >"$work/debian/control"
# The daemon is static (no cgo): only the window program has libraries.
shlibs=$(cd "$work" && dpkg-shlibdeps -O -e"$stage/usr/libexec/posturebreak/posturebreak-window" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$shlibs" ] || { echo "deb.sh: dpkg-shlibdeps found no dependency" >&2; exit 1; }
depends=$shlibs
for soname in libXcursor.so.1 libXi.so.6 libXinerama.so.1 libXrandr.so.2 libXrender.so.1 libXxf86vm.so.1; do
	grep -qaF "$soname" "$work/posturebreak-window" || { echo "deb.sh: the window program no longer opens $soname; update the list" >&2; exit 1; }
	pkg=$(dpkg -S "*/$soname" 2>/dev/null | sed -n '1s/:.*//p')
	[ -n "$pkg" ] || { echo "deb.sh: no installed package has $soname" >&2; exit 1; }
	depends="$depends, $pkg"
done

size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat >"$stage/DEBIAN/control" <<EOF
Package: posturebreak
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $size
Depends: $depends
Suggests: gnome-shell-extension-appindicator
Section: utils
Priority: optional
Homepage: https://github.com/posturebreak/posturebreak
Description: break reminder that gets your upper back moving
 Posture Break is a light break reminder for people whose upper back
 stiffens at the desk. It sits in the system tray, keeps a work timer, and
 when a break is due it sends a notification. A small window then walks
 you through one illustrated exercise: gentle mobility, a stretch, or
 strengthening. The point is to move rather than to "pop" your back.
 .
 Time away from the keyboard, or a locked screen, counts as a break. A due
 break waits while you are in a call, watching something fullscreen or
 have do not disturb on. Snooze, skip, pause and working hours are there,
 and a History window shows your breaks and your streak. Nothing leaves
 your computer.
 .
 On GNOME the tray icon needs an extension that shows status icons, such
 as gnome-shell-extension-appindicator.
EOF
(cd "$stage" && find usr -type f -print0 | sort -z | xargs -0 md5sum) >"$stage/DEBIAN/md5sums"
chmod 0644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"

# Every file's time is the last commit's, so one commit builds one package.
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null || date +%s)
export SOURCE_DATE_EPOCH
find "$stage" -newermt "@$SOURCE_DATE_EPOCH" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
rm -rf "$work"
echo "$deb"
