package window

import (
	"errors"
	"sync"

	"fyne.io/fyne/v2"
)

// inMemory is the Fyne app as Fyne's own widgets find it: the same app,
// with preferences that live only as long as the window and no document
// storage. Fyne's file dialog (the History window's Export) reads and
// writes preferences; an app with no ID logs an error for that and writes
// them to a folder of its own each time, and one with an ID reads and
// writes one file from every window process at once. The app keeps
// nothing there, so nothing is written.
type inMemory struct {
	fyne.App
	id    string
	prefs *preferences
}

// keepInMemory makes a, with the app ID id, the app Fyne's widgets use.
func keepInMemory(a fyne.App, id string) {
	fyne.SetCurrentApp(inMemory{App: a, id: id, prefs: &preferences{values: map[string]any{}}})
}

func (a inMemory) UniqueID() string              { return a.id }
func (a inMemory) Preferences() fyne.Preferences { return a.prefs }
func (a inMemory) Storage() fyne.Storage         { return noStorage{} }

// noStorage is document storage that holds nothing and takes nothing.
type noStorage struct{}

var errNoStorage = errors.New("the windows keep no documents")

func (noStorage) RootURI() fyne.URI                          { return nil }
func (noStorage) Create(string) (fyne.URIWriteCloser, error) { return nil, errNoStorage }
func (noStorage) Open(string) (fyne.URIReadCloser, error)    { return nil, errNoStorage }
func (noStorage) Save(string) (fyne.URIWriteCloser, error)   { return nil, errNoStorage }
func (noStorage) Remove(string) error                        { return errNoStorage }
func (noStorage) List() []string                             { return nil }

// preferences are fyne.Preferences kept in memory.
type preferences struct {
	mu        sync.Mutex
	values    map[string]any
	listeners []func()
}

func get[T any](p *preferences, key string, fallback T) T {
	p.mu.Lock()
	defer p.mu.Unlock()
	if v, ok := p.values[key].(T); ok {
		return v
	}
	return fallback
}

func set[T any](p *preferences, key string, value T) {
	p.mu.Lock()
	p.values[key] = value
	listeners := p.listeners
	p.mu.Unlock()
	for _, l := range listeners {
		l()
	}
}

func (p *preferences) Bool(key string) bool                     { return get(p, key, false) }
func (p *preferences) BoolWithFallback(key string, f bool) bool { return get(p, key, f) }
func (p *preferences) SetBool(key string, v bool)               { set(p, key, v) }
func (p *preferences) BoolList(key string) []bool               { return get[[]bool](p, key, nil) }
func (p *preferences) BoolListWithFallback(k string, f []bool) []bool {
	return get(p, k, f)
}
func (p *preferences) SetBoolList(key string, v []bool)                { set(p, key, v) }
func (p *preferences) Float(key string) float64                        { return get(p, key, 0.0) }
func (p *preferences) FloatWithFallback(key string, f float64) float64 { return get(p, key, f) }
func (p *preferences) SetFloat(key string, v float64)                  { set(p, key, v) }
func (p *preferences) FloatList(key string) []float64                  { return get[[]float64](p, key, nil) }
func (p *preferences) FloatListWithFallback(k string, f []float64) []float64 {
	return get(p, k, f)
}
func (p *preferences) SetFloatList(key string, v []float64)  { set(p, key, v) }
func (p *preferences) Int(key string) int                    { return get(p, key, 0) }
func (p *preferences) IntWithFallback(key string, f int) int { return get(p, key, f) }
func (p *preferences) SetInt(key string, v int)              { set(p, key, v) }
func (p *preferences) IntList(key string) []int              { return get[[]int](p, key, nil) }
func (p *preferences) IntListWithFallback(k string, f []int) []int {
	return get(p, k, f)
}
func (p *preferences) SetIntList(key string, v []int)          { set(p, key, v) }
func (p *preferences) String(key string) string                { return get(p, key, "") }
func (p *preferences) StringWithFallback(key, f string) string { return get(p, key, f) }
func (p *preferences) SetString(key string, v string)          { set(p, key, v) }
func (p *preferences) StringList(key string) []string          { return get[[]string](p, key, nil) }
func (p *preferences) StringListWithFallback(k string, f []string) []string {
	return get(p, k, f)
}
func (p *preferences) SetStringList(key string, v []string) { set(p, key, v) }

func (p *preferences) RemoveValue(key string) {
	p.mu.Lock()
	delete(p.values, key)
	p.mu.Unlock()
}

func (p *preferences) AddChangeListener(l func()) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.listeners = append(p.listeners, l)
}

func (p *preferences) ChangeListeners() []func() {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.listeners
}
