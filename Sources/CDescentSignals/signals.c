#include "descent_signals.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <string.h>
#include <unistd.h>

static int signal_pipe[2] = {-1, -1};
static const int signal_numbers[descent_signal_count] = {SIGINT, SIGTERM, SIGHUP, SIGWINCH};

static void signal_handler(int number) {
  int saved_errno = errno;
  unsigned char byte = (unsigned char)number;
  if (signal_pipe[1] >= 0) (void)write(signal_pipe[1], &byte, 1);
  errno = saved_errno;
}

int descent_signal_install(struct sigaction *saved) {
  if (signal_pipe[0] < 0) {
    if (pipe(signal_pipe) != 0) return -1;
    for (int i = 0; i < 2; i++) {
      fcntl(signal_pipe[i], F_SETFL, fcntl(signal_pipe[i], F_GETFL) | O_NONBLOCK);
      fcntl(signal_pipe[i], F_SETFD, FD_CLOEXEC);
    }
  }
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = signal_handler;
  sigemptyset(&action.sa_mask);
  sigset_t wanted;
  sigemptyset(&wanted);
  for (int i = 0; i < descent_signal_count; i++) {
    sigaction(signal_numbers[i], &action, &saved[i]);
    sigaddset(&wanted, signal_numbers[i]);
  }
  // A parent may have started us with these blocked; the loop must hear them.
  pthread_sigmask(SIG_UNBLOCK, &wanted, NULL);
  return signal_pipe[0];
}

void descent_signal_restore(const struct sigaction *saved) {
  for (int i = 0; i < descent_signal_count; i++) sigaction(signal_numbers[i], &saved[i], NULL);
}

int descent_signal_take(void) {
  unsigned char byte = 0;
  if (signal_pipe[0] < 0) return 0;
  return read(signal_pipe[0], &byte, 1) == 1 ? (int)byte : 0;
}
