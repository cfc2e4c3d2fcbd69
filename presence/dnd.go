//go:build !windows

package presence

import (
	"github.com/godbus/dbus/v5"
)

const (
	notifications     = "org.freedesktop.Notifications"
	notificationsPath = dbus.ObjectPath("/org/freedesktop/Notifications")
	propertiesChanged = "org.freedesktop.DBus.Properties.PropertiesChanged"
)

// switchProperty is a do-not-disturb switch kept as a property of the
// notification server: KDE's Inhibited, and dunst's paused.
type switchProperty struct {
	name, iface, property string
}

var serverSwitches = []switchProperty{
	{"KDE", notifications, "Inhibited"},
	{"dunst", "org.dunstproject.cmd0", "paused"},
}

// followServerSwitch follows one switch of the notification server: from
// now on, and whenever a new server appears. It reports whether the
// server has it now.
func (s *Session) followServerSwitch(b *bus, sw switchProperty) bool {
	read := func() bool {
		on, ok := property[bool](b, notifications, notificationsPath, sw.iface, sw.property)
		s.setDoNotDisturb(sw.name, on)
		return ok
	}
	b.follow(route{service: notifications, path: notificationsPath, member: propertiesChanged, appear: func() { read() }, on: func(body []any) {
		if on, ok := changedProperty[bool](body, sw.iface, sw.property); ok {
			s.setDoNotDisturb(sw.name, on)
		}
	}})
	return read()
}

const (
	portal         = "org.freedesktop.portal.Desktop"
	portalPath     = dbus.ObjectPath("/org/freedesktop/portal/desktop")
	portalSettings = "org.freedesktop.portal.Settings"
	gnomeBanners   = "org.gnome.desktop.notifications"
)

// followGnome follows GNOME's show-banners setting through the settings
// portal, rather than asking gsettings over and over. Banners off is do
// not disturb. It reports whether the portal has the setting.
func (s *Session) followGnome(b *bus) bool {
	read := func() bool {
		banners, ok := s.readPortal(b)
		s.setDoNotDisturb("GNOME", ok && !banners)
		return ok
	}
	b.follow(route{service: portal, path: portalPath, member: portalSettings + ".SettingChanged", appear: func() { read() }, on: func(body []any) {
		if banners, ok := settingChanged(body, gnomeBanners, "show-banners").(bool); ok {
			s.setDoNotDisturb("GNOME", !banners)
		}
	}})
	return read()
}

// readPortal reads show-banners: ReadOne where the portal has it, Read
// (which wraps the value once more) where it is older.
func (s *Session) readPortal(b *bus) (banners, ok bool) {
	var v dbus.Variant
	if b.call(portal, portalPath, portalSettings+".ReadOne", &v, gnomeBanners, "show-banners") != nil &&
		b.call(portal, portalPath, portalSettings+".Read", &v, gnomeBanners, "show-banners") != nil {
		return false, false
	}
	banners, ok = unwrap(v).(bool)
	return banners, ok
}

// settingChanged reads a signal that a setting changed, as the portal's
// SettingChanged and xfconf's PropertyChanged say it: (group, key, value).
// It is the value if the signal is about group and key, and nil if not.
func settingChanged(body []any, group, key string) any {
	if len(body) != 3 {
		return nil
	}
	g, _ := body[0].(string)
	k, _ := body[1].(string)
	v, ok := body[2].(dbus.Variant)
	if g != group || k != key || !ok {
		return nil
	}
	return unwrap(v)
}

// unwrap takes a value out of however many variants hold it.
func unwrap(v dbus.Variant) any {
	for range 4 {
		inner, ok := v.Value().(dbus.Variant)
		if !ok {
			break
		}
		v = inner
	}
	return v.Value()
}

const (
	xfconf     = "org.xfce.Xfconf"
	xfconfPath = dbus.ObjectPath("/org/xfce/Xfconf")
)

// followXfce follows xfce4-notifyd's do-not-disturb, kept in xfconf. It
// reports whether xfconf is on the bus.
func (s *Session) followXfce(b *bus) bool {
	read := func() bool {
		var v dbus.Variant
		err := b.call(xfconf, xfconfPath, xfconf+".GetProperty", &v, "xfce4-notifyd", "/do-not-disturb")
		on, _ := unwrap(v).(bool)
		s.setDoNotDisturb("Xfce", err == nil && on)
		return b.ownerOf(xfconf) != ""
	}
	b.follow(route{service: xfconf, path: xfconfPath, member: xfconf + ".PropertyChanged", appear: func() { read() }, on: func(body []any) {
		if on, ok := settingChanged(body, "xfce4-notifyd", "/do-not-disturb").(bool); ok {
			s.setDoNotDisturb("Xfce", on)
		}
	}})
	return read()
}
