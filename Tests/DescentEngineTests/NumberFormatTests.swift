import DescentEngine
import Testing

@Test(
  "numbers print like %.10g",
  arguments: [
    (33.0, "33"), (4.004001, "4.004001"), (6.003, "6.003"), (0.001, "0.001"), (1e-5, "1e-05"),
    (-0.0, "0"), (25.010001, "25.010001"), (1.0 / 3.0, "0.3333333333"),
  ])
func numberFormat(value: Double, text: String) {
  #expect(formatNumber(value) == text)
}

@Test("non-finite numbers never print as nan or inf")
func nonFinite() {
  #expect(formatNumber(.nan) == "undefined")
  #expect(formatNumber(.infinity) == "+infinity")
  #expect(formatNumber(-.infinity) == "-infinity")
}
