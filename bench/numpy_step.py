#!/usr/bin/env python3
"""The reference column of `descent bench`: the same full-batch gradient-descent step that
descent runs, written the way a numpy notebook would write it, timed on one BLAS thread.

Each iteration computes, exactly as the lecture's vectorised step:
    Z = wᵀX + b,  A = σ(Z),  J = mean cross-entropy (from Z, stable),
    dZ = A − Y,   dw = X dZᵀ / m,  db = mean(dZ),  w -= α dw,  b -= α db

Usage: python3 bench/numpy_step.py DATASET SECONDS [--no-cost]
       python3 bench/numpy_step.py DATASET --steps N
  DATASET: digits (lessons/data/digits.csv, target 3, first 80 % of rows)
           synthetic (n_x = 784, m = 10000, the generator below; descent builds the same)
  --no-cost: leave J out of each step (numpy's best case; descent always records J, since
             the cost curve is drawn from it).
  --steps N: no timing; take exactly N steps from w = 0, b = 0 and print the cost at the
             point reached, {"case", "steps", "cost"}, to check that descent trains on the
             same data with the same step.
Prints one line of JSON: {"case", "n_x", "m", "iterations", "seconds", "iterations_per_second",
"final_cost"}.
"""

import json
import os
import sys
import time

# One BLAS thread, as the single-threaded descent step has; must be set before numpy loads.
for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[name] = "1"

import numpy as np  # noqa: E402

ALPHA = 0.5


def digits():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "lessons", "data", "digits.csv")
    rows = np.loadtxt(path, delimiter=",")
    m_train = int(0.8 * rows.shape[0])
    train = rows[:m_train]
    X = (train[:, :64] / 16.0).T.copy()
    Y = (train[:, 64] == 3).astype(np.float64).reshape(1, -1)
    return X, Y


def synthetic(n_x=784, m=10000):
    """Deterministic pixels in [0, 1]: x[k, j] = ((k·7919 + j·104729 + 17) mod 256) / 255,
    label 1 when x[0, j] + x[1, j] > 1."""
    k = np.arange(n_x, dtype=np.int64).reshape(-1, 1)
    j = np.arange(m, dtype=np.int64).reshape(1, -1)
    X = ((k * 7919 + j * 104729 + 17) % 256).astype(np.float64) / 255.0
    Y = ((X[0] + X[1]) > 1.0).astype(np.float64).reshape(1, -1)
    return X, Y


def step(X, Y, w, b, with_cost=True):
    m = X.shape[1]
    Z = w.T @ X + b
    A = 1.0 / (1.0 + np.exp(-Z))
    J = np.mean(np.logaddexp(0.0, Z) - Y * Z) if with_cost else 0.0
    dZ = A - Y
    dw = X @ dZ.T / m
    db = np.mean(dZ)
    return w - ALPHA * dw, b - ALPHA * db, J


def cost_after(X, Y, steps):
    w = np.zeros((X.shape[0], 1))
    b = 0.0
    for _ in range(steps):
        w, b, _ = step(X, Y, w, b, with_cost=False)
    Z = w.T @ X + b
    return float(np.mean(np.logaddexp(0.0, Z) - Y * Z))


def main():
    args = sys.argv[1:]
    if len(args) == 3 and args[1] == "--steps" and args[0] in ("digits", "synthetic"):
        X, Y = digits() if args[0] == "digits" else synthetic()
        steps = int(args[2])
        print(json.dumps({"case": args[0], "steps": steps, "cost": cost_after(X, Y, steps)}))
        return
    with_cost = "--no-cost" not in args
    args = [a for a in args if a != "--no-cost"]
    if len(args) != 2 or args[0] not in ("digits", "synthetic"):
        sys.exit("usage: numpy_step.py digits|synthetic SECONDS [--no-cost]")
    X, Y = digits() if args[0] == "digits" else synthetic()
    seconds = float(args[1])
    w = np.zeros((X.shape[0], 1))
    b = 0.0
    J = 0.0
    for _ in range(20):  # warm up caches and the allocator
        w, b, J = step(X, Y, w, b, with_cost)

    iterations = 0
    start = time.perf_counter()
    elapsed = 0.0
    while elapsed < seconds:
        for _ in range(10):
            w, b, J = step(X, Y, w, b, with_cost)
        iterations += 10
        elapsed = time.perf_counter() - start

    print(json.dumps({
        "case": args[0], "cost": with_cost, "n_x": X.shape[0], "m": X.shape[1],
        "iterations": iterations,
        "seconds": elapsed, "iterations_per_second": iterations / elapsed,
        "final_cost": float(J),
    }))


if __name__ == "__main__":
    main()
