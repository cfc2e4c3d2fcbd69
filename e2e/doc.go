// Package e2e tests the real posturebreak binary end to end, as a user's
// desktop runs it: under Xvfb, on a private D-Bus session bus, with a real
// notification daemon (dunst) and a StatusNotifierWatcher that reads the
// tray menu over com.canonical.dbusmenu, as a panel does. It also holds the
// benchmarks behind `make bench`.
//
// The tests need Xvfb, dbus-daemon, dunst, xdotool and ImageMagick's
// import, and run with the e2e build tag: `make test` installs them and
// runs everything.
package e2e
