#!/usr/bin/env python3
"""The numpy reference for descent's training throughput: full-batch gradient-descent
iterations per second, one BLAS thread, on digits and on a larger synthetic set.

The step is the lecture's vectorised one, cost included (the tutor records the cost at every
iteration):

    Z = w.T X + b,  A = sigma(Z),  J = mean(log(1 + e^Z) - Y Z),
    dZ = A - Y,  dw = X dZ.T / m,  db = mean(dZ),  w -= alpha dw,  b -= alpha db.

Run from the package root, with one thread:

    OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 python3 bench/train_numpy.py

Prints one line per data set and step (with the cost, and without it): `name n_x m iterations seconds iterations_per_second`.
"""

import os
import pathlib
import sys
import time

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parent.parent


def digits():
    rows = np.loadtxt(ROOT / "lessons" / "data" / "digits.csv", delimiter=",")
    train = rows[: len(rows) * 4 // 5]
    return train[:, :64].T / 16.0, (train[:, 64] == 3).astype(float)[None, :]


def synthetic(n=784, m=10000):
    """The same deterministic set `descent bench` builds: x_ij = ((i·7919 + j·104729) mod 256)
    / 255 for example i, feature j; y_i = 1 when i mod 3 == 0."""
    i = np.arange(m)[None, :]
    j = np.arange(n)[:, None]
    x = ((i * 7919 + j * 104729) % 256) / 255.0
    y = (np.arange(m) % 3 == 0).astype(float)[None, :]
    return x, y


def step(w, b, x, y, alpha):
    """The step as a numpy notebook writes it, with the cost of every iteration."""
    m = x.shape[1]
    z = w.T @ x + b
    a = 1.0 / (1.0 + np.exp(-z))
    cost = -np.mean(y * np.log(a) + (1.0 - y) * np.log(1.0 - a))
    dz = a - y
    dw = x @ dz.T / m
    db = np.mean(dz)
    return w - alpha * dw, b - alpha * db, cost


def step_without_cost(w, b, x, y, alpha):
    """The bare gradient step, the cost left out: numpy's best case."""
    m = x.shape[1]
    a = 1.0 / (1.0 + np.exp(-(w.T @ x + b)))
    dz = a - y
    return w - alpha * (x @ dz.T / m), b - alpha * np.mean(dz), None


def measure(name, x, y, seconds, step):
    w = np.zeros((x.shape[0], 1))
    b = 0.0
    for _ in range(5):
        step(w, b, x, y, 0.1)
    iterations = 0
    start = time.perf_counter()
    while True:
        for _ in range(20):
            w, b, cost = step(w, b, x, y, 0.1)
        iterations += 20
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            break
    print(f"{name} {x.shape[0]} {x.shape[1]} {iterations} {elapsed:.3f} {iterations / elapsed:.0f}")


def main():
    if os.environ.get("OPENBLAS_NUM_THREADS") != "1":
        print("note: set OPENBLAS_NUM_THREADS=1 for the one-thread figure", file=sys.stderr)
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 3.0
    for name, (x, y) in [("digits", digits()), ("synthetic", synthetic())]:
        measure(name, x, y, seconds, step)
        measure(name + "-without-cost", x, y, seconds, step_without_cost)


if __name__ == "__main__":
    main()
