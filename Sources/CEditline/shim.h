#ifndef DESCENT_CEDITLINE_SHIM_H
#define DESCENT_CEDITLINE_SHIM_H

#include <stdio.h>
#include <histedit.h>

// el_set, el_get and history take variable arguments, which Swift cannot call; these
// wrappers fix one use each. The prompt is kept as the editor's client data, so the
// prompt function needs no global.

static inline EditLine *descent_el_init(const char *program) {
  return el_init(program, stdin, stdout, stderr);
}

static inline char *descent_el_prompt_from_client_data(EditLine *editor) {
  void *prompt = NULL;
  if (el_get(editor, EL_CLIENTDATA, &prompt) != 0 || prompt == NULL) return "";
  return (char *)prompt;
}

/// Shows `prompt` (kept alive by the caller) before each line.
static inline int descent_el_set_prompt(EditLine *editor, char *prompt) {
  if (el_set(editor, EL_CLIENTDATA, (void *)prompt) != 0) return -1;
  return el_set(editor, EL_PROMPT, descent_el_prompt_from_client_data);
}

/// "emacs" or "vi" key bindings.
static inline int descent_el_set_editor(EditLine *editor, const char *mode) {
  return el_set(editor, EL_EDITOR, mode);
}

/// Lets the editor restore the terminal when a signal arrives while it reads.
static inline int descent_el_set_signal(EditLine *editor, int handle) {
  return el_set(editor, EL_SIGNAL, handle);
}

/// Up and down arrows walk the history `h`.
static inline int descent_el_set_history(EditLine *editor, History *h) {
  return el_set(editor, EL_HIST, history, h);
}

static inline int descent_history_set_size(History *h, HistEvent *event, int size) {
  return history(h, event, H_SETSIZE, size);
}

/// Drops a line identical to the one before it.
static inline int descent_history_set_unique(History *h, HistEvent *event, int unique) {
  return history(h, event, H_SETUNIQUE, unique);
}

static inline int descent_history_enter(History *h, HistEvent *event, const char *line) {
  return history(h, event, H_ENTER, line);
}

static inline int descent_history_load(History *h, HistEvent *event, const char *path) {
  return history(h, event, H_LOAD, path);
}

static inline int descent_history_save(History *h, HistEvent *event, const char *path) {
  return history(h, event, H_SAVE, path);
}

#endif
