import DescentEngine
import Foundation

extension Command {
  static let train = Command(
    name: "train",
    summary: "train logistic regression by gradient descent on a data set and print the cost",
    help: """
      Usage: descent train [--dataset digits|breast-cancer|PATH] [--target DIGIT]
                           [--alpha α] [--iterations N] [--every K] [--no-scale]

      Trains logistic regression, ŷ = σ(wᵀx + b), by full-batch gradient descent from
      w = 0, b = 0 on the first 80% of the rows, and tests it on the rest. Prints n_x, m_train
      and m_test, then the cost J before the update at iterations 0, K, 2K, … and after the
      last update at N, then the accuracy on the training and the test rows.

      Options:
        --dataset     digits (the default), breast-cancer, or the path of a CSV file whose
                      last column is a 0/1 label (a header line is allowed)
        --target      digits only: the digit 0–9 that counts as y = 1 (default 3)
        --alpha       the learning rate α, a positive number (default 0.5)
        --iterations  how many updates, a whole number 0 or more (default 2000)
        --every       print the cost every K iterations (default 100)
        --no-scale    breast-cancer and CSV files: keep the raw features instead of
                      standardising them with the training rows' mean and deviation
        --timing      also print how long the updates took and how many a second that is

      A run whose cost stops being finite or keeps rising is reported as
      'diverged at iteration K'.

      Example:
        descent train --dataset digits --target 3 --alpha 0.5 --iterations 2000 --every 100
      """,
    run: { words in
      let options = try TrainOptions(words)
      let split: DataSplit
      do throws(DataError) {
        split = try DataSplit.load(options.source, dataDirectory: nil)
      } catch {
        throw CommandError.input(error.description)
      }
      TrainReport.run(split: split, options: options) { print($0) }
      return 0
    }
  )
}
