#ifndef DESCENT_CNCURSESW_SHIM_H
#define DESCENT_CNCURSESW_SHIM_H

// The wide-character API (add_wch, get_wch, cchar_t) is only declared when this is set.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <ncursesw/curses.h>

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

#endif
