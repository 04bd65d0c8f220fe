#ifndef DESCENT_CNCURSESW_SHIM_H
#define DESCENT_CNCURSESW_SHIM_H

// The wide-character API (add_wch, get_wch, cchar_t) is only declared when this is set.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <pthread.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Swift cannot import function-like macros or some globals; these wrap them.

static inline WINDOW *descent_stdscr(void) { return stdscr; }
static inline int descent_lines(void) { return LINES; }
static inline int descent_cols(void) { return COLS; }
static inline int descent_colors(void) { return COLORS; }
static inline int descent_err(void) { return ERR; }
static inline int descent_key_code_yes(void) { return KEY_CODE_YES; }
static inline int descent_key_resize(void) { return KEY_RESIZE; }

static inline attr_t descent_a_normal(void) { return A_NORMAL; }
static inline attr_t descent_a_bold(void) { return A_BOLD; }
static inline attr_t descent_a_dim(void) { return A_DIM; }
static inline attr_t descent_a_reverse(void) { return A_REVERSE; }
static inline attr_t descent_a_underline(void) { return A_UNDERLINE; }
static inline attr_t descent_color_pair(short pair) { return COLOR_PAIR(pair); }

static inline int descent_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int descent_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline int descent_key_f0(void) { return KEY_F0; }

// Starts curses on stdout and stdin (Swift cannot touch the C streams' globals safely).
static inline SCREEN *descent_newterm(void) { return newterm(NULL, stdout, stdin); }

// Writes up to n wide characters at (row, col) with the given attributes and colour pair.
static inline int descent_put(int row, int col, const wchar_t *text, int n, attr_t attrs,
                              short pair) {
  attr_set(attrs, pair, NULL);
  return mvaddnwstr(row, col, text, n);
}

// Reads one key: returns OK with a character, KEY_CODE_YES with a key code, or ERR.
static inline int descent_get_wch(int *code) {
  wint_t ch = 0;
  int result = get_wch(&ch);
  *code = (int)ch;
  return result;
}

// True when the locale's character set (after setlocale) is UTF-8.
static inline int descent_locale_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && strcmp(codeset, "UTF-8") == 0;
}

// The terminal's size as the kernel knows it; returns 0 on success.
static inline int descent_window_size(int fd, int *rows, int *cols) {
  struct winsize size;
  if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return -1;
  *rows = size.ws_row;
  *cols = size.ws_col;
  return 0;
}

// True when TERM names a terminal the terminfo database describes; prints nothing.
static inline int descent_terminal_is_known(const char *term) {
  int status = 0;
  if (setupterm(term, STDOUT_FILENO, &status) != OK) return 0;
  del_curterm(cur_term);
  return status == 1;
}

// Signals through a self-pipe. The handler only writes the signal's number to a pipe,
// which is async-signal-safe; the event loop polls the pipe beside the keyboard and does
// the real work (restoring the terminal, re-laying out). These statics exist once per
// object file, so only one Swift file may call the descent_signal_* functions.

static int descent_signal_pipe[2] = {-1, -1};
enum { descent_signal_count = 4 };
static const int descent_signal_numbers[descent_signal_count] = {SIGINT, SIGTERM, SIGHUP, SIGWINCH};

static void descent_signal_handler(int number) {
  int saved_errno = errno;
  unsigned char byte = (unsigned char)number;
  if (descent_signal_pipe[1] >= 0) (void)write(descent_signal_pipe[1], &byte, 1);
  errno = saved_errno;
}

// Installs the handlers for SIGINT, SIGTERM, SIGHUP and SIGWINCH, keeping the old ones in
// saved[0..<descent_signal_count]; returns the pipe's read end (non-blocking), or -1.
static inline int descent_signal_install(struct sigaction *saved) {
  if (descent_signal_pipe[0] < 0) {
    if (pipe(descent_signal_pipe) != 0) return -1;
    for (int i = 0; i < 2; i++) {
      fcntl(descent_signal_pipe[i], F_SETFL, fcntl(descent_signal_pipe[i], F_GETFL) | O_NONBLOCK);
      fcntl(descent_signal_pipe[i], F_SETFD, FD_CLOEXEC);
    }
  }
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = descent_signal_handler;
  sigemptyset(&action.sa_mask);
  sigset_t wanted;
  sigemptyset(&wanted);
  for (int i = 0; i < descent_signal_count; i++) {
    sigaction(descent_signal_numbers[i], &action, &saved[i]);
    sigaddset(&wanted, descent_signal_numbers[i]);
  }
  // A parent may have started us with these blocked; the loop must hear them.
  pthread_sigmask(SIG_UNBLOCK, &wanted, NULL);
  return descent_signal_pipe[0];
}

// Puts back the handlers that descent_signal_install saved.
static inline void descent_signal_restore(const struct sigaction *saved) {
  for (int i = 0; i < descent_signal_count; i++) sigaction(descent_signal_numbers[i], &saved[i], NULL);
}

// Reads one signal number from the pipe, or returns 0 when none is waiting.
static inline int descent_signal_take(void) {
  unsigned char byte = 0;
  if (descent_signal_pipe[0] < 0) return 0;
  return read(descent_signal_pipe[0], &byte, 1) == 1 ? (int)byte : 0;
}

#endif
