#!/usr/bin/env python3
"""Training fixtures for descent's tests, computed independently with numpy.

Reads the data files with numpy, applies the same rules as the lecture (split: the first
floor(0.8 m) rows train; digits x = pixel / 16, y = 1 for the target; breast cancer
standardised with the training rows' mean and population standard deviation), and runs
full-batch gradient descent from w = 0, b = 0 in matrix form:

    Z = w.T X + b,  A = sigma(Z),  J = mean(log(1 + e^Z) - Y Z),
    dZ = A - Y,  dw = X dZ.T / m,  db = mean(dZ),  w -= alpha dw,  b -= alpha db.

Writes Tests/DescentEngineTests/Fixtures/training.json. Run from the package root:

    python3 bench/fixtures.py
"""

import json
import pathlib

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "lessons" / "data"
OUT = ROOT / "Tests" / "DescentEngineTests" / "Fixtures" / "training.json"


def split(rows):
    cut = len(rows) * 4 // 5
    return rows[:cut], rows[cut:]


def digits(target):
    rows = np.loadtxt(DATA / "digits.csv", delimiter=",")
    train, test = split(rows)
    prepare = lambda r: (r[:, :64].T / 16.0, (r[:, 64] == target).astype(float)[None, :])
    return prepare(train), prepare(test)


def breast_cancer(scaled):
    rows = np.loadtxt(DATA / "breast_cancer.csv", delimiter=",", skiprows=1)
    train, test = split(rows)
    x_train, y_train = train[:, :-1].T, train[:, -1][None, :]
    x_test, y_test = test[:, :-1].T, test[:, -1][None, :]
    if scaled:
        mean = x_train.mean(axis=1, keepdims=True)
        std = x_train.std(axis=1, keepdims=True)  # population: divides by m
        std[std == 0] = 1
        x_train = (x_train - mean) / std
        x_test = (x_test - mean) / std
    return (x_train, y_train), (x_test, y_test)


def sigmoid(z):
    # sigma(z) = exp(-log(1 + e^-z)), finite for every z.
    return np.exp(-np.logaddexp(0.0, -z))


def cost(w, b, x, y):
    z = w.T @ x + b
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def accuracy(w, b, x, y):
    return float(np.mean((sigmoid(w.T @ x + b) > 0.5) == (y == 1)))


def train(data, alpha, iterations, record):
    (x, y), (x_test, y_test) = data
    n, m = x.shape
    w = np.zeros((n, 1))
    b = 0.0
    costs = {}
    for k in range(iterations):
        z = w.T @ x + b
        a = sigmoid(z)
        if k in record:
            costs[k] = float(np.mean(np.logaddexp(0.0, z) - y * z))
        dz = a - y
        dw = x @ dz.T / m
        db = float(np.mean(dz))
        w = w - alpha * dw
        b = b - alpha * db
    costs[iterations] = cost(w, b, x, y)
    return {
        "learningRate": alpha,
        "iterations": iterations,
        "costs": [{"iteration": k, "cost": costs[k]} for k in sorted(costs)],
        "weights": [float(v) for v in w[:, 0]],
        "bias": float(b),
        "trainAccuracy": accuracy(w, b, x, y),
        "testAccuracy": accuracy(w, b, x_test, y_test),
    }


def main():
    record = {0, 1, 2, 5, 10, 50, 100, 250}
    cases = [
        ("digits", {"target": 3}, digits(3), 0.5, 500),
        ("digits", {"target": 8}, digits(8), 0.05, 150),
        ("breast-cancer", {"scaled": True}, breast_cancer(True), 1.0, 300),
        ("breast-cancer", {"scaled": True}, breast_cancer(True), 0.01, 200),
        ("breast-cancer", {"scaled": False}, breast_cancer(False), 1e-6, 40),
        # Raw features and a large step: z reaches the thousands and the sigmoid saturates.
        ("breast-cancer", {"scaled": False}, breast_cancer(False), 0.001, 20),
    ]
    fixtures = []
    for dataset, options, data, alpha, iterations in cases:
        with np.errstate(over="ignore"):
            result = train(data, alpha, iterations, record)
        fixtures.append({"dataset": dataset, **options, **result})
    OUT.write_text(json.dumps({"numpy": np.__version__, "cases": fixtures}, indent=1) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(fixtures)} cases")


if __name__ == "__main__":
    main()
