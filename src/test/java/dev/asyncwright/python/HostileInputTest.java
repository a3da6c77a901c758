package dev.asyncwright.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Input that breaks weaker parsers: huge, binary, truncated or absurdly nested files. Each must
 * give a result (a module or a clear syntax error), never an exception or a hang. The time limit
 * only catches hangs; speed is measured by the benchmark, not here.
 */
class HostileInputTest {

  private static ExecutorService parserThread;

  @BeforeAll
  static void startParserThread() {
    parserThread = ParserThreads.pool(1);
  }

  @AfterAll
  static void stopParserThread() {
    parserThread.shutdownNow();
  }

  private static ParseResult parse(byte[] bytes) throws Exception {
    Future<ParseResult> result =
        parserThread.submit(() -> ParserThreads.parser().parse("hostile.py", bytes));
    // no time limit: a loaded machine must not fail the test (a hang is CI's timeout to catch)
    return result.get();
  }

  private static ParseResult parse(String text) throws Exception {
    return parse(text.getBytes(StandardCharsets.UTF_8));
  }

  private static SyntaxError error(String text) throws Exception {
    return assertInstanceOf(SyntaxError.class, parse(text));
  }

  /** Ten lines of ordinary code, to make large files of. */
  private static final String CHUNK =
      """
      async def fetch(session, url, *, retries=3):
          for attempt in range(retries):
              try:
                  async with session.get(url) as response:
                      return {"status": response.status, "body": await response.text()}
              except (OSError, TimeoutError) as error:  # retry
                  await asyncio.sleep(2 ** attempt)
          raise RuntimeError(f"gave up on {url!r} after {retries} attempts")

      """;

  private static final int TEN_MEGABYTES_OF_CHUNKS = 10_000_000 / CHUNK.length() + 1;

  @Test
  void aTenMegabyteFileParses() throws Exception {
    String big = CHUNK.repeat(TEN_MEGABYTES_OF_CHUNKS);
    ParsedModule module = assertInstanceOf(ParsedModule.class, parse(big));
    assertEquals(big, module.reprint());
  }

  @Test
  void aTenMegabyteFileWithAnErrorAtTheEndNamesTheLine() throws Exception {
    String big = CHUNK.repeat(TEN_MEGABYTES_OF_CHUNKS);
    SyntaxError error = error(big + "x = = 1\n");
    assertEquals(big.split("\n", -1).length, error.line());
  }

  @Test
  void randomBytesAreAnError() throws Exception {
    Random random = new Random(20261125);
    for (int i = 0; i < 20; i++) {
      byte[] bytes = new byte[1 + random.nextInt(200_000)];
      random.nextBytes(bytes);
      assertInstanceOf(SyntaxError.class, parse(bytes));
    }
  }

  @Test
  void randomAsciiNeverThrows() throws Exception {
    Random random = new Random(7);
    String alphabet = "abc _:=()[]{}'\"\\#\n\t\r.,;+-*/%@!<>fr0123456789";
    for (int i = 0; i < 300; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(400);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      ParseResult result = parse(text.toString());
      if (result instanceof ParsedModule module) {
        assertEquals(text.toString(), module.reprint());
      }
    }
  }

  @Test
  void aNulByteIsNamed() throws Exception {
    SyntaxError error = error("x = 1\n\0\n");
    assertEquals(2, error.line());
    assertTrue(error.message().contains("null bytes"), error::toString);
  }

  @Test
  void aTruncatedStringIsNamed() throws Exception {
    SyntaxError error = error("x = 1\ny = '''never closed\n" + "z = 2\n".repeat(100_000));
    assertEquals(2, error.line());
    assertTrue(error.message().contains("unterminated triple-quoted string"), error::toString);
  }

  @Test
  void tenThousandOpenParenthesesAreTooMany() throws Exception {
    SyntaxError error = error("x = " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "\n");
    assertTrue(error.message().contains("too many nested parentheses"), error::toString);
  }

  @Test
  void aMillionUnaryOperatorsGiveAResult() throws Exception {
    ParseResult result = parse("x = " + "-".repeat(1_000_000) + "1\n");
    if (result instanceof SyntaxError error) {
      assertTrue(error.message().contains("too deeply nested"), error::toString);
    }
  }

  @Test
  void aHundredLevelsOfIndentationAreTooMany() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int level = 0; level < 101; level++) {
      text.append(" ".repeat(level)).append("if x:\n");
    }
    text.append(" ".repeat(101)).append("pass\n");
    SyntaxError error = error(text.toString());
    assertTrue(error.message().contains("too many levels of indentation"), error::toString);
  }

  @Test
  void deeplyNestedButLegalCodeParses() throws Exception {
    String lists = "x = " + "[".repeat(190) + "]".repeat(190) + "\n";
    assertInstanceOf(ParsedModule.class, parse(lists));
    StringBuilder blocks = new StringBuilder();
    for (int level = 0; level < 98; level++) {
      blocks.append(" ".repeat(level)).append("if x:\n");
    }
    blocks.append(" ".repeat(98)).append("pass\n");
    assertInstanceOf(ParsedModule.class, parse(blocks.toString()));
  }

  @Test
  void aLongSingleLineParses() throws Exception {
    // 900 KB on one line: a parser that recursed per element, or went quadratic, would not
    // come back
    String line = "x = [" + "1, ".repeat(300_000) + "]\n";
    assertInstanceOf(ParsedModule.class, parse(line));
  }

  @Test
  void python2IsAnErrorNotACrash() throws Exception {
    SyntaxError error =
        error("def f():\n    print 'hello'\n    exec code in ns\n    return `x` <> 0777\n");
    assertEquals(2, error.line());
  }

  @Test
  void theParserIsReusableAfterAnError() throws Exception {
    error("x = (\n");
    assertInstanceOf(ParsedModule.class, parse("x = 1\n"));
    error("x = " + "-".repeat(1_000_000) + "\n");
    assertInstanceOf(ParsedModule.class, parse("y = (1,\n     2)\n"));
  }
}
