#ifndef FEDTUI_CCURSES_SHIM_H
#define FEDTUI_CCURSES_SHIM_H
// ncurses for Swift 6: function-like macros and mutable globals do not import,
// so the few we need are wrapped in static inline functions.
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>

static inline WINDOW *fed_stdscr(void) { return stdscr; }
static inline int fed_cols(void) { return COLS; }
static inline int fed_lines(void) { return LINES; }
static inline attr_t fed_a_bold(void) { return A_BOLD; }
static inline attr_t fed_a_reverse(void) { return A_REVERSE; }
static inline attr_t fed_a_underline(void) { return A_UNDERLINE; }
static inline attr_t fed_a_dim(void) { return A_DIM; }
static inline attr_t fed_color_pair(int n) { return COLOR_PAIR(n); }
static inline int fed_key_resize(void) { return KEY_RESIZE; }
static inline int fed_setlocale_all(void) { return setlocale(LC_ALL, "") != 0; }
/// Like initscr, but returns NULL (instead of exiting the process) when the terminal cannot be
/// set up, e.g. an unknown TERM.
static inline SCREEN *fed_newterm(void) {
  SCREEN *screen = newterm(NULL, stdout, stdin);
  if (screen) set_term(screen);
  return screen;
}
/// Writes one cell: a wide-character string with attributes and colour pair.
static inline int fed_mvadd_wchstr(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
  cchar_t c;
  if (setcchar(&c, wch, attrs, pair, NULL) != OK) return ERR;
  return mvadd_wch(y, x, &c);
}
#endif
