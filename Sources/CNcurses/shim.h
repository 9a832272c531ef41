#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H

// SwiftPM drops the -D flags pkg-config gives for ncursesw ("prohibited flags"),
// so the wide-character API (get_wch, mvaddwstr, setcchar) must be switched on here,
// before any system header is included.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <errno.h>
#include <stdio.h>
#include <ncursesw/curses.h>
// openpty: the tests run the backend on a pty (Glibc's module leaves out posix_openpt).
#include <pty.h>

// Not always declared under the feature macros above; Swift needs a prototype to call it.
extern int wcwidth(wchar_t c);

// Mutable C globals (stdscr, stdin, stdout, COLORS) are "not concurrency-safe" under
// Swift 6; reading them through functions keeps the Swift side free of unsafe escapes.
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline FILE *cn_stdin(void) { return stdin; }
static inline FILE *cn_stdout(void) { return stdout; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline WINDOW *cn_curscr(void) { return curscr; }

// getmaxyx, KEY_F are function-like macros, which Swift does not import.
static inline int cn_rows(void) { return getmaxy(stdscr); }
static inline int cn_cols(void) { return getmaxx(stdscr); }
static inline int cn_key_f(int n) { return KEY_F(n); }

// A_* / WA_* are built with NCURSES_BITS (a cast expression), which Swift does not import.
static const attr_t CN_A_NORMAL = A_NORMAL;
static const attr_t CN_A_BOLD = A_BOLD;
static const attr_t CN_A_REVERSE = A_REVERSE;
static const attr_t CN_A_UNDERLINE = A_UNDERLINE;
static const attr_t CN_A_DIM = A_DIM;
static const attr_t CN_WA_NORMAL = WA_NORMAL;
static const attr_t CN_WA_BOLD = WA_BOLD;
static const attr_t CN_WA_REVERSE = WA_REVERSE;
static const attr_t CN_WA_UNDERLINE = WA_UNDERLINE;
static const attr_t CN_WA_DIM = WA_DIM;

// The key code ncurses assigned to an extended terminfo key such as xterm's "kHOM5"
// (Ctrl-Home), or 0 when this terminal has no such key. tigetstr's (char *)-1 sentinel
// is awkward to test for in Swift.
static inline int cn_key_code_for(const char *capname) {
    char *sequence = tigetstr(capname);
    if (sequence == 0 || sequence == (char *)-1) return 0;
    int code = key_defined(sequence);
    return code > 0 ? code : 0;
}

// A string capability such as "kmous", or NULL when this terminal has none.
static inline const char *cn_string_capability(const char *capname) {
    char *value = tigetstr(capname);
    return (value == 0 || value == (char *)-1) ? 0 : value;
}

// Octal in the header; a plain twin avoids depending on how Swift reads the macro.
static const int CN_KEY_CODE_YES = KEY_CODE_YES;

#endif
