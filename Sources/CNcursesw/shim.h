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

#endif
