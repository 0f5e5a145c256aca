// Package errors implements functions to manipulate errors (goro's version of
// Go's errors package).
package errors

// New returns an error that formats as the given text.
// Each call to New returns a distinct error value even if the text is identical.
func New(text string) error {
	return &errorString{text}
}

// errorString is a trivial implementation of error.
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// Unwrap returns the result of calling the Unwrap method on err, if err's
// type contains an Unwrap method returning error. Otherwise, Unwrap returns nil.
func Unwrap(err error) error {
	u, ok := err.(interface {
		Unwrap() error
	})
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// equal reports whether err == target, treating a comparison that panics
// (both of the same uncomparable dynamic type) as false. (Go's errors.Is skips
// the comparison when target's type is not comparable; the result is the same.)
func equal(err, target error) (eq bool) {
	defer func() {
		if recover() != nil {
			eq = false
		}
	}()
	return err == target
}

// Is reports whether any error in err's chain matches target.
//
// The chain consists of err itself followed by the sequence of errors obtained
// by repeatedly calling Unwrap. An error is considered to match a target if it
// is equal to that target or if it implements a method Is(error) bool such
// that Is(target) returns true.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	for {
		if equal(err, target) {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// As finds the first error in err's chain that matches target, and if one is
// found, sets target to that error value and returns true. Otherwise, it
// returns false.
//
// An error matches target if the error's concrete value is assignable to the
// value pointed to by target, or if the error has a method As(interface{}) bool
// such that As(target) returns true.
//
// As panics if target is not a non-nil pointer to either a type that
// implements error, or to any interface type.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch asTargetKind(target) {
	case 1:
		panic("errors: target must be a non-nil pointer")
	case 2:
		panic("errors: *target must be interface or implement error")
	}
	for err != nil {
		if asTarget(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

// asTargetKind classifies As's target (a non-nil interface value):
// 0 if it is a non-nil pointer whose element type is an interface type or
// implements error; 1 if it is not a pointer or is a nil pointer; 2 if it is
// a non-nil pointer to a non-interface type that does not implement error.
// Native.
func asTargetKind(target any) int

// asTarget: target is a pointer accepted by asTargetKind and err is non-nil.
// If err's dynamic type is assignable to target's element type E (E is that
// very type, or E is an interface type the dynamic type implements), it
// stores err in *target (the concrete value if E is not an interface, the
// interface value converted to E otherwise) and returns true; else it returns
// false. Native.
func asTarget(err error, target any) bool
