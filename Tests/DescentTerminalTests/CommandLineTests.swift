import Testing

@Suite("the command line")
struct CommandLineTests {
  @Test("--version prints the version")
  func version() throws {
    let result = try Binary.run(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("descent "))
  }

  @Test("--version with anything after it is a usage error")
  func versionWithExtra() throws {
    let result = try Binary.run(["--version", "extra"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "descent: --version takes no arguments, not 'extra'\n")
  }

  @Test("an unknown command is refused with a reason and status 2")
  func unknownCommand() throws {
    let result = try Binary.run(["frobnicate"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("unknown command 'frobnicate'"))
  }
}
