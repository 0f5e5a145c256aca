// Package trace is goro's runtime/trace: the user annotations of Go's
// execution tracer (tasks, regions, logs) go into the Chrome/Perfetto trace
// that `goro trace -o OUT.json FILE.go` writes, beside the scheduler's
// events: each goroutine that annotates gets a lane (process "Goroutines")
// with its regions as nested slices and its logs as instant events; tasks are
// async spans (process "Tasks"). Under `goro run` tracing is off: IsEnabled
// reports false, and the annotations cost a call each and record nothing.
//
// Start and Stop: goro does not write Go's binary trace format. Under
// `goro trace`, Start(w) turns the annotations' part of the trace on (w gets
// nothing: the trace is the JSON file) and Stop turns it off again; under
// `goro run`, Start returns an error that says so.
package trace

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync/atomic"
)

// Start enables tracing for the current program (goro: the annotations of the
// `goro trace` file; w gets nothing). While tracing, regions, tasks and logs
// are recorded. Start returns an error if tracing is already enabled, or when
// the program does not run under `goro trace`.
func Start(w io.Writer) error {
	_ = w
	switch start() {
	case 1:
		return errors.New("tracing is already enabled")
	case 2:
		return errors.New("runtime/trace: goro does not write Go's binary trace format; run the program under `goro trace -o OUT.json` (tasks, regions and logs appear there)")
	}
	return nil
}

// Stop stops the current tracing, if any.
func Stop() { stop() }

// IsEnabled reports whether tracing is enabled. The information is advisory
// only: the tracing status may have changed by the time this function returns.
func IsEnabled() bool { return enabled() }

// Task is a logical operation: its regions and logs, on any goroutine, are
// recorded under its id. Create one with NewTask.
type Task struct {
	id uint64
}

type traceContextKey struct{}

// NewTask creates a task instance with the type taskType and returns it
// along with a Context that carries the task. If the input context contains
// a task, the new task is its subtask. End the task with End.
func NewTask(pctx context.Context, taskType string) (ctx context.Context, task *Task) {
	pid := fromContext(pctx).id
	id := newID()
	userTaskCreate(id, pid, taskType)
	s := &Task{id: id}
	return context.WithValue(pctx, traceContextKey{}, s), s
}

func fromContext(ctx context.Context) *Task {
	if s, ok := ctx.Value(traceContextKey{}).(*Task); ok {
		return s
	}
	return &bgTask
}

// End marks the end of the operation represented by the Task.
func (t *Task) End() { userTaskEnd(t.id) }

var bgTask = Task{id: uint64(0)}

var lastID uint64

func newID() uint64 { return atomic.AddUint64(&lastID, 1) }

// Log emits a one-off event with the given category and message. Category
// can be empty. The event is recorded under the task of ctx, if any.
func Log(ctx context.Context, category, message string) {
	userLog(fromContext(ctx).id, category, message)
}

// Logf is like Log, but the message is formatted using the format and args.
func Logf(ctx context.Context, category, format string, args ...any) {
	if IsEnabled() {
		userLog(fromContext(ctx).id, category, fmt.Sprintf(format, args...))
	}
}

const (
	regionStartCode = uint64(0)
	regionEndCode   = uint64(1)
)

// WithRegion starts a region associated with its calling goroutine, runs fn,
// and then ends the region. A region on a goroutine must end on it, and
// nested regions end before the enclosing one.
func WithRegion(ctx context.Context, regionType string, fn func()) {
	id := fromContext(ctx).id
	userRegion(id, regionStartCode, regionType)
	defer userRegion(id, regionEndCode, regionType)
	fn()
}

// Region is a time interval of a goroutine's execution: create it with
// StartRegion and end it, on the same goroutine, with End.
type Region struct {
	id         uint64
	regionType string
}

var noopRegion = &Region{}

// StartRegion starts a region and returns it. The returned Region's End
// method must be called from the same goroutine where the region was
// started. Within each goroutine, regions must nest.
func StartRegion(ctx context.Context, regionType string) *Region {
	if !IsEnabled() {
		return noopRegion
	}
	id := fromContext(ctx).id
	userRegion(id, regionStartCode, regionType)
	return &Region{id, regionType}
}

// End marks the end of the traced code region.
func (r *Region) End() {
	if r == noopRegion {
		return
	}
	userRegion(r.id, regionEndCode, r.regionType)
}

// Natives (stdlib/rt_trace_natives.cpp; runtime/trace.h records).
func start() int // 0: started, 1: already on, 2: not under `goro trace`
func stop()
func enabled() bool
func userTaskCreate(id, parentID uint64, taskType string)
func userTaskEnd(id uint64)
func userRegion(id, mode uint64, regionType string)
func userLog(id uint64, category, message string)
