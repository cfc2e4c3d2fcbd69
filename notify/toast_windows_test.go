package notify

import (
	"strings"
	"testing"

	"golang.org/x/sys/windows/registry"

	"posturebreak/storage/storagetest"
)

// A Windows that cannot show toasts (Wine registers no toast manager)
// says so at every Show, so the daemon opens its windows itself; one that
// can has the app registered under its name.
func TestToastsRegisterTheAppOrSayTheyCannotShow(t *testing.T) {
	const id = "io.github.posturebreak.ToastTest"
	dir := storagetest.TempDir(t)
	toasts := NewToasts(id, "Posture Break", []byte("png"), dir, `C:\posturebreak.exe`)
	t.Cleanup(func() {
		registry.DeleteKey(registry.CURRENT_USER, `Software\Classes\AppUserModelId\`+id)
		registry.DeleteKey(registry.CURRENT_USER, `Software\Classes\CLSID\`+activator+`\LocalServer32`)
		registry.DeleteKey(registry.CURRENT_USER, `Software\Classes\CLSID\`+activator)
	})
	if toastsHere() == nil {
		k, err := registry.OpenKey(registry.CURRENT_USER, `Software\Classes\AppUserModelId\`+id, registry.QUERY_VALUE)
		if err != nil {
			t.Fatal(err)
		}
		defer k.Close()
		if name, _, err := k.GetStringValue("DisplayName"); err != nil || name != "Posture Break" {
			t.Fatalf("the app is named %q in its toasts (%v)", name, err)
		}
	}
	if _, err := toasts.Show(Message{Title: "t", Body: "b", Break: true}); err != nil {
		if _, again := toasts.Show(Message{Title: "t", Body: "b"}); again == nil {
			t.Fatalf("a toast failed (%v), and the next was said to be shown", err)
		}
		t.Logf("no toasts here: %v", err)
	}
}

// A user who turned toasts off in Windows's Settings, all of them or the
// app's, gets no toast that Windows would swallow: Show says so, at each
// toast, and toasts come back when turned on again.
func TestToastsTurnedOffInSettingsAreNotShown(t *testing.T) {
	const id = "io.github.posturebreak.ToastsOff"
	dir := storagetest.TempDir(t)
	toasts := NewToasts(id, "Posture Break", []byte("png"), dir, `C:\posturebreak.exe`)
	t.Cleanup(func() { registry.DeleteKey(registry.CURRENT_USER, `Software\Classes\AppUserModelId\`+id) })
	for _, off := range []struct{ key, value string }{
		{`Software\Microsoft\Windows\CurrentVersion\PushNotifications`, "ToastEnabled"},
		{`Software\Microsoft\Windows\CurrentVersion\Notifications\Settings\` + id, "Enabled"},
	} {
		k, _, err := registry.CreateKey(registry.CURRENT_USER, off.key, registry.SET_VALUE)
		if err != nil {
			t.Fatal(err)
		}
		k.SetDWordValue(off.value, 0)
		if _, err := toasts.Show(Message{Title: "t", Body: "b", Break: true}); err == nil || !strings.Contains(err.Error(), "turned off") {
			t.Errorf("with %s\\%s at 0, Show says %v", off.key, off.value, err)
		}
		k.SetDWordValue(off.value, 1)
		if _, err := toasts.Show(Message{Title: "t", Body: "b", Break: true}); err != nil && strings.Contains(err.Error(), "turned off") {
			t.Errorf("with %s\\%s at 1, Show says %v", off.key, off.value, err)
		}
		k.DeleteValue(off.value)
		k.Close()
	}
}
