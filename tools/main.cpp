// tools/main.cpp — the goro command line.
//
//   goro run FILE.go [args]     compile and run
//   goro disasm FILE.go         bytecode listing with frame sizes and stack maps
//   goro version
#include <gc/gc.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "runtime/g.h"
#include <iostream>

#include "runtime/panic.h"
#include "stdlib/natives.h"
#include "tools/driver.h"
#include "vm/disasm.h"
#include "runtime/trace.h"
#include "vm/interp.h"

static const char* kVersion = "goro 0.1 (Go 1.19 subset)";

static void gcQuiet(char*, GC_word) {}  // Boehm's "repeated allocation of very large block" etc.

// os.Args of the program: FILE, then everything after it on the command line,
// in order (flags included), after subcommand `sub`.
static std::vector<std::string> programArgs(int argc, char** argv, const char* sub, const std::string& file) {
  std::vector<std::string> args{file};
  int i = 1;
  while (i < argc && std::string(argv[i]) != sub) i++;
  for (i++; i < argc && std::string(argv[i]) != file; i++) {
  }
  for (i++; i < argc; i++) args.push_back(argv[i]);
  return args;
}

// How much of the command line is goro's (what CLI11 parses): with `run` or
// `trace`, up to and including FILE, the first argument after the subcommand
// that is neither an option of goro's nor the value of `-o`. The rest is the
// program's, untouched (`-h`, `--` and all), as `go run` passes it on.
static int goroArgc(int argc, char** argv) {
  if (argc < 2) return argc;
  const std::string sub = argv[1];
  if (sub != "run" && sub != "trace") return argc;
  for (int i = 2; i < argc; i++) {
    const std::string a = argv[i];
    if (sub == "trace" && a == "-o") {
      i++;
      continue;
    }
    if (a.size() > 1 && a[0] == '-') continue;
    return i + 1;
  }
  return argc;
}

// goro run / goro trace: compile FILE and run it (its exit status is goro's);
// traceOut: write a trace there (runtime/trace.h).
static int runFile(const std::string& file, const std::vector<std::string>& args, const std::string* traceOut) {
  goro::Program* prog = goro::buildProgram(file);
  if (!prog) {
    goro::flushStdout();
    return 1;
  }
  goro::setProgramArgs(args);
  if (traceOut) goro::trace::start(*traceOut);
  goro::exitProgram(goro::runProgram(prog));
}

int main(int argc, char** argv) {
  GC_INIT();
  GC_set_warn_proc(gcQuiet);
  GC_allow_register_threads();
#ifdef GORO_TSAN
  GC_disable();
#endif
  goro::linkStdlibNatives();
  goro::applyGOGC();
  if (const char* ss = std::getenv("GORO_STACKSTRESS")) goro::gStackStress = ss[0] == '1';
  if (const char* d = std::getenv("GORODEBUG")) goro::gStackDebug = std::string(d).find("stacks=1") != std::string::npos;
  // GORO_GCSTRESS=1: the collector runs far more often than usual (it lets
  // only a sliver of the heap be allocated between collections), to shake
  // out GC/scheduler interplay (tests/CMakeLists.txt: gcstress/ tests).
  if (const char* gs = std::getenv("GORO_GCSTRESS"); gs && gs[0] == '1') GC_set_free_space_divisor(1000);

  CLI::App app{"goro: run Go programs on a Go-like runtime (goroutines, channels, copyable stacks)"};
  app.require_subcommand(0, 1);
  app.set_version_flag("--version", kVersion);
  app.footer(
      "Environment:\n"
      "  GOMAXPROCS=n        number of Ps (default: the CPU count)\n"
      "  GOGC=n|off          collection pacing as runtime/debug.SetGCPercent(n) (default 100)\n"
      "  GOTRACEBACK=none|single|all|system|crash  goroutines in a fatal report (default single)\n"
      "  GODEBUG=schedtrace=MS[,scheddetail=1]  Go's SCHED lines on stderr every MS milliseconds\n"
      "  GORO_STACKSTRESS=1  move every goroutine stack at every call (finds stale stack pointers)\n"
      "  GORODEBUG=stacks=1  print the stack counters at exit: grows, shrinks, bytes in use\n"
      "  GORO_GCSTRESS=1     collect garbage far more often than usual (testing)\n"
      "  GORO_FRONTEND_STACK=MiB  stack of the compiler's thread (default 1024; testing)");

  std::string file;
  std::vector<std::string> progArgs;
  auto* run = app.add_subcommand("run", "compile and run FILE.go; exit status and output as the Go program's");
  run->add_option("file", file, "the .go file (package main)")->required();
  run->add_option("args", progArgs, "arguments for the program (os.Args[1:])");
  run->allow_extras(false);
  run->prefix_command();  // everything after FILE belongs to the program

  std::string traceFile, traceOut;
  std::vector<std::string> traceArgs;
  auto* tr = app.add_subcommand("trace",
                                "run FILE.go and write what the scheduler did as a Chrome/Perfetto trace (JSON)");
  tr->add_option("-o", traceOut, "the trace file to write (open it in ui.perfetto.dev or chrome://tracing)")
      ->required();
  tr->add_option("file", traceFile, "the .go file (package main)")->required();
  tr->add_option("args", traceArgs, "arguments for the program (os.Args[1:])");
  tr->prefix_command();

  std::string disFile;
  auto* dis = app.add_subcommand("disasm", "print the bytecode of FILE.go: frame sizes, stack maps, instructions");
  dis->add_option("file", disFile, "the .go file")->required();

  app.add_subcommand("version", "print goro's version");

  try {
    app.parse(goroArgc(argc, argv), argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }

  if (run->parsed()) {
    // Everything after FILE belongs to the program, in order (flags included).
    return runFile(file, programArgs(argc, argv, "run", file), nullptr);
  }
  if (tr->parsed()) return runFile(traceFile, programArgs(argc, argv, "trace", traceFile), &traceOut);
  if (dis->parsed()) {
    goro::Program* prog = goro::buildProgram(disFile);
    if (!prog) return 1;
    goro::disassemble(*prog, std::cout);
    return 0;
  }
  if (app.got_subcommand("version")) {
    std::cout << kVersion << "\n";
    return 0;
  }
  std::cout << app.help();
  return 0;
}
