package time

// Natives of package time implemented in stdlib/time_natives.cpp (now is
// declared in time.go; Sleep, runtimeNano and the timer functions are the
// scheduler's, stdlib/rt_natives.cpp).

// readFileNative reads the whole file name: its contents and errno 0; or nil
// and the errno of the failing open/read; or nil and -1 if the file is
// larger than max bytes.
func readFileNative(name string, max int) (data []byte, errno int)

// getenv returns the value of the environment variable key and whether it
// is set.
func getenv(key string) (value string, ok bool)
