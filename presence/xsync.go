//go:build !windows

package presence

import (
	"errors"
	"sync"
	"time"

	"github.com/jezek/xgb"
	"github.com/jezek/xgb/xproto"
)

// The X SYNC extension's IDLETIME counter is how long since the last
// input, in milliseconds, and its alarms make the X server say when the
// counter crosses a value: up, at a break's length without input (the
// user has gone), and down again, at their first input after (they are
// back). So neither is polled, and a return is seen at once. GNOME's idle
// monitor did this on X11. xgb has no binding for SYNC, so the few
// requests used are written here, as the extension's protocol gives them.
const syncName = "SYNC"

// The SYNC requests used, by their minor opcodes.
const (
	syncInitialize         = 0
	syncListSystemCounters = 1
	syncQueryCounter       = 5
	syncCreateAlarm        = 8
	syncChangeAlarm        = 9
)

// An alarm's attributes, in the order of their bits in a value mask; and
// the values used.
const (
	alarmCounter = 1 << iota
	alarmValueType
	alarmValue
	alarmTestType
	alarmDelta
	alarmEvents

	absolute           = 0
	positiveTransition = 0
	negativeTransition = 1
)

// alarmNotify is SYNC's AlarmNotify event: an alarm went off, with the
// counter's value then.
type alarmNotify struct {
	buf     []byte
	alarm   uint32
	counter int64
}

func (a alarmNotify) Bytes() []byte  { return a.buf }
func (a alarmNotify) String() string { return "SYNC AlarmNotify" }

func init() {
	xgb.NewExtEventFuncs[syncName] = map[int]xgb.NewEventFun{
		1: func(buf []byte) xgb.Event { // AlarmNotify, the extension's second event
			return alarmNotify{buf: buf, alarm: xgb.Get32(buf[4:]), counter: get64(buf[8:])}
		},
	}
}

// syncIdle follows the IDLETIME counter by two alarms at the threshold.
type syncIdle struct {
	conn    *xgb.Conn
	major   byte
	counter uint32
	changed func()

	mu         sync.Mutex
	threshold  time.Duration
	gone, back uint32    // the alarms for going idle and coming back
	idleSince  time.Time // zero while the user is active
}

// followSyncIdle sets the alarms up at threshold, if the server has SYNC
// and its IDLETIME counter. It must be called before the display's events
// are read.
func followSyncIdle(conn *xgb.Conn, threshold time.Duration, changed func()) (*syncIdle, error) {
	ext, err := xproto.QueryExtension(conn, uint16(len(syncName)), syncName).Reply()
	if err != nil || !ext.Present {
		return nil, errors.New("the X server has no SYNC extension")
	}
	for n, f := range xgb.NewExtEventFuncs[syncName] {
		xgb.NewEventFuncs[int(ext.FirstEvent)+n] = f
	}
	s := &syncIdle{conn: conn, major: ext.MajorOpcode, changed: changed, threshold: threshold}
	if _, err := s.ask(syncInitialize, []byte{3, 1, 0, 0}); err != nil {
		return nil, err
	}
	if s.counter, err = s.idleCounter(); err != nil {
		return nil, err
	}
	if s.gone, err = conn.NewId(); err != nil {
		return nil, err
	}
	if s.back, err = conn.NewId(); err != nil {
		return nil, err
	}
	s.alarm(syncCreateAlarm, s.gone, alarmCounter|alarmValueType|alarmValue|alarmTestType|alarmDelta|alarmEvents, threshold, positiveTransition)
	s.alarm(syncCreateAlarm, s.back, alarmCounter|alarmValueType|alarmValue|alarmTestType|alarmDelta|alarmEvents, threshold, negativeTransition)
	if err := s.readNow(); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *syncIdle) polled() bool { return false }

func (s *syncIdle) since(time.Time) time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.idleSince
}

// setThreshold moves both alarms to d, and reads whether the user is
// already idle that long. It waits on the X server, so it does that on
// its own goroutine: the daemon's loop never waits on another program.
func (s *syncIdle) setThreshold(d time.Duration) {
	s.mu.Lock()
	s.threshold = d
	s.mu.Unlock()
	go func() {
		s.alarm(syncChangeAlarm, s.gone, alarmValue, d, 0)
		s.alarm(syncChangeAlarm, s.back, alarmValue, d, 0)
		s.readNow()
	}()
}

// readNow reads the counter, and takes the user as gone if it is past
// the threshold: the alarms fire only as it crosses.
func (s *syncIdle) readNow() error {
	body := make([]byte, 4)
	xgb.Put32(body, s.counter)
	reply, err := s.ask(syncQueryCounter, body)
	if err != nil || len(reply) < 16 {
		return errors.Join(err, errors.New("the X server did not say the idle time"))
	}
	s.saw(get64(reply[8:]))
	return nil
}

// saw acts on the counter's value: idle for ms milliseconds.
func (s *syncIdle) saw(ms int64) {
	idle := time.Duration(ms) * time.Millisecond
	s.mu.Lock()
	was := !s.idleSince.IsZero()
	gone := idle >= s.threshold
	switch {
	case gone && !was:
		s.idleSince = time.Now().Add(-idle)
	case !gone:
		s.idleSince = time.Time{}
	}
	s.mu.Unlock()
	if gone != was {
		s.changed()
	}
}

// fired is an AlarmNotify from the display's events.
func (s *syncIdle) fired(a alarmNotify) {
	if a.alarm == s.gone || a.alarm == s.back {
		s.saw(a.counter)
	}
}

// idleCounter finds the IDLETIME system counter.
func (s *syncIdle) idleCounter() (uint32, error) {
	reply, err := s.ask(syncListSystemCounters, nil)
	if err != nil || len(reply) < 32 {
		return 0, errors.Join(err, errors.New("the X server did not list its counters"))
	}
	n := int(xgb.Get32(reply[8:]))
	list := reply[32:]
	for range n {
		if len(list) < 14 {
			break
		}
		id, size := xgb.Get32(list), int(xgb.Get16(list[12:]))
		if len(list) < 14+size {
			break
		}
		if string(list[14:14+size]) == "IDLETIME" {
			return id, nil
		}
		list = list[(14+size+3)&^3:]
	}
	return 0, errors.New("the X server has no IDLETIME counter")
}

// alarm creates or changes an alarm on the idle counter at d, or moves
// one to d: the attributes mask names, in their order.
func (s *syncIdle) alarm(opcode byte, id, mask uint32, d time.Duration, test uint32) {
	body := put32(nil, id, mask)
	if mask&alarmCounter != 0 {
		body = put32(body, s.counter)
	}
	if mask&alarmValueType != 0 {
		body = put32(body, absolute)
	}
	if mask&alarmValue != 0 {
		body = put64(body, d.Milliseconds())
	}
	if mask&alarmTestType != 0 {
		body = put32(body, test)
	}
	if mask&alarmDelta != 0 {
		body = put64(body, 0) // a transition alarm stays set: it fires at every crossing
	}
	if mask&alarmEvents != 0 {
		body = put32(body, 1)
	}
	cookie := s.conn.NewCookie(false, false)
	s.conn.NewRequest(s.request(opcode, body), cookie)
}

// ask sends a request that has a reply, and waits for it.
func (s *syncIdle) ask(opcode byte, body []byte) ([]byte, error) {
	cookie := s.conn.NewCookie(true, true)
	s.conn.NewRequest(s.request(opcode, body), cookie)
	return cookie.Reply()
}

// request is a SYNC request: the extension's opcode, the request's, its
// length in 4-byte words, and its body (whose length is a multiple of 4).
func (s *syncIdle) request(opcode byte, body []byte) []byte {
	buf := make([]byte, 4, 4+len(body))
	buf[0], buf[1] = s.major, opcode
	xgb.Put16(buf[2:], uint16((4+len(body))/4))
	return append(buf, body...)
}

func put32(buf []byte, vs ...uint32) []byte {
	for _, v := range vs {
		var w [4]byte
		xgb.Put32(w[:], v)
		buf = append(buf, w[:]...)
	}
	return buf
}

// put64 and get64 write and read SYNC's INT64: the high word, signed,
// then the low.
func put64(buf []byte, v int64) []byte { return put32(buf, uint32(v>>32), uint32(v)) }
func get64(buf []byte) int64 {
	return int64(int32(xgb.Get32(buf)))<<32 | int64(xgb.Get32(buf[4:]))
}
