package runtime

// GOOS is the running program's operating system target. goro runs on Linux.
const GOOS string = "linux"

// Compiler is the name of the toolchain whose behaviour the program sees:
// goro follows gc's (its semantics, error texts and panics), and programs
// test Compiler to tell gc from gccgo.
const Compiler = "gc"

// GOARCH (the architecture goro was built for) is in goarch_$GOARCH.go; the
// build embeds only the host's file, as `go build` picks files by suffix.
