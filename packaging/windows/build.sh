#!/usr/bin/env bash
# packaging/windows/build.sh: what make windows runs. Builds, on Linux,
# dist/posturebreak-<version>-setup.exe: the two programs for Windows
# (amd64), with the app's icon, version and manifest in their resources,
# and the NSIS installer around them (installer.nsi).
#
# - The daemon, posturebreak.exe, is pure Go (CGO_ENABLED=0); the window
#   program, posturebreak-window.exe, has Fyne's C parts (GLFW, GL),
#   built with mingw-w64. Both are of the GUI subsystem (no console
#   window), stripped, without the build's paths.
# - The resources (windres) are built into a .syso beside each main
#   package for the one build, and removed after.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
export PATH=/usr/local/go/bin:$PATH
dist=${DIST:-$root/dist}
work=$dist/windows
rm -rf "$work"
mkdir -p "$work"

version=$(sed -n 's/^Version *= *"\(.*\)"$/\1/p' identity/FyneApp.toml)
id=$(sed -n 's/^ID *= *"\(.*\)"$/\1/p' identity/FyneApp.toml)
name=$(sed -n 's/^Name *= *"\(.*\)"$/\1/p' identity/FyneApp.toml)
[ -n "$version" ] && [ -n "$id" ] && [ -n "$name" ] || { echo "build.sh: FyneApp.toml lacks a version, ID or name" >&2; exit 1; }
IFS=. read -r major minor patch <<<"$version"

go run ./packaging/windows/appicon "$work/app.ico"
cp "$here/app.manifest" "$work/app.manifest"

# resources DIR DESCRIPTION ORIGINAL: the icon, the manifest and the
# version of one program, as a .syso in its main package's folder.
resources() {
	cat >"$work/$3.rc" <<RC
1 ICON "app.ico"
1 24 "app.manifest"
1 VERSIONINFO
FILEVERSION $major,$minor,$patch,0
PRODUCTVERSION $major,$minor,$patch,0
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904b0"
    BEGIN
      VALUE "CompanyName", "$name"
      VALUE "FileDescription", "$2"
      VALUE "FileVersion", "$version"
      VALUE "InternalName", "$3"
      VALUE "LegalCopyright", "BSD-3-Clause"
      VALUE "OriginalFilename", "$3.exe"
      VALUE "ProductName", "$name"
      VALUE "ProductVersion", "$version"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
RC
	(cd "$work" && x86_64-w64-mingw32-windres -O coff -i "$3.rc" -o "$1/rsrc_windows_amd64.syso")
}
trap 'rm -f "$root/rsrc_windows_amd64.syso" "$root/cmd/posturebreak-window/rsrc_windows_amd64.syso"' EXIT
resources "$root" "$name" posturebreak
resources "$root/cmd/posturebreak-window" "$name windows" posturebreak-window

export GOOS=windows GOARCH=amd64
CGO_ENABLED=0 go build -trimpath -ldflags="-s -w -H=windowsgui" -o "$work/posturebreak.exe" .
CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc go build -trimpath -ldflags="-s -w -H=windowsgui" -o "$work/posturebreak-window.exe" ./cmd/posturebreak-window

setup=$dist/posturebreak-$version-setup.exe
makensis -V2 -DVERSION="$version" -DID="$id" -DNAME="$name" -DDAEMON="$work/posturebreak.exe" \
	-DWINDOWS="$work/posturebreak-window.exe" -DICON="$work/app.ico" -DOUT="$setup" "$here/installer.nsi" >&2
echo "$setup"
