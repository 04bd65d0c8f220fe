extension Command {
  static let bench = Command(
    name: "bench",
    summary: "measure training speed beside numpy, frame cost, CPU at rest, start and memory",
    help: """
      Usage: descent bench [--quick] [--only CASE] [--ascii]

      Measures descent on this machine and prints the machine and the toolchain, then a
      table: for each case descent's figure, the reference's figure where there is one,
      their ratio, and the goal, met or not; then notes on how each figure was taken. Run
      it from the package folder on a release build:

        swift build -c release && .build/release/descent bench

      A debug build says so above the table; its figures say little.

      Cases (names for --only):
        training  full-batch gradient-descent iterations a second, one thread, on digits
                  (64 × 1437) and a synthetic set (784 × 10000), beside the same step in
                  numpy (bench/numpy_step.py, one BLAS thread; needs python3 and numpy),
                  and the share of the machine's peak (numpy's one-thread dgemm rate)
        frame     time to draw one playground frame at 200 × 60 in memory, with cost
                  histories of 10³ and 10⁶ points
        rest      CPU used in tmux over 10 s by the tutor and the playground, paused, and
                  by the playground animating
        start     time from launch to the first frame in tmux; descent --version
        memory    peak resident memory of the tutor showing its digits playground, and of
                  descent play training on digits

      Options:
        --quick   short runs, for a smoke test; the figures are rough
        --only    run one case
        --ascii   write the table in ASCII only (also chosen when the locale is not UTF-8)

      Needs tmux for rest, start and memory. Takes about two minutes in full.
      """,
    run: { words in try BenchOptions(words).run() }
  )
}
