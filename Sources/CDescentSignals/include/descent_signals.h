#ifndef DESCENT_SIGNALS_H
#define DESCENT_SIGNALS_H

#include <signal.h>

// Signals through a self-pipe. The handler only writes the signal's number to a pipe,
// which is async-signal-safe; the event loop polls the pipe beside the keyboard and does
// the real work (restoring the terminal, laying out again). The state lives in signals.c,
// compiled once: static state in a header would exist once per object file, and an
// optimised build that inlines across modules would then read a pipe the handler never
// writes.

enum { descent_signal_count = 4 };

// Installs the handlers for SIGINT, SIGTERM, SIGHUP and SIGWINCH, keeping the old ones in
// saved[0..<descent_signal_count]; returns the pipe's read end (non-blocking), or -1.
int descent_signal_install(struct sigaction *saved);

// Puts back the handlers that descent_signal_install saved.
void descent_signal_restore(const struct sigaction *saved);

// Reads one signal number from the pipe, or returns 0 when none is waiting.
int descent_signal_take(void);

#endif
