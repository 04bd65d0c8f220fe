#!/usr/bin/env python3
"""The reference peak of `descent bench`: the floating-point rate numpy reaches on one core
multiplying two large Float64 matrices (dgemm), which is close to what the core can do.

Usage: python3 bench/peak_dgemm.py SECONDS
Prints one line of JSON: {"n", "products", "seconds", "gflops"}, where gflops is the best
single product's 2·n³ operations over its time.
"""

import json
import os
import sys
import time

# One BLAS thread, as the single-threaded descent step has; must be set before numpy loads.
for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[name] = "1"

import numpy as np  # noqa: E402

N = 1500


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: peak_dgemm.py SECONDS")
    seconds = float(sys.argv[1])
    rng = np.random.default_rng(0)
    a = rng.random((N, N))
    b = rng.random((N, N))
    c = a @ b  # warm up
    best = float("inf")
    products = 0
    start = time.perf_counter()
    while products < 2 or time.perf_counter() - start < seconds:
        t0 = time.perf_counter()
        c = a @ b
        best = min(best, time.perf_counter() - t0)
        products += 1
    print(json.dumps({
        "n": N, "products": products, "seconds": time.perf_counter() - start,
        "gflops": 2.0 * N ** 3 / best / 1e9, "check": float(c[0, 0]),
    }))


if __name__ == "__main__":
    main()
