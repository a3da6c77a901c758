package dev.asyncwright.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeSpansTest {

  @Test
  void splitsTheTextIntoCodeAndProse() {
    assertEquals(
        List.of(
            new CodeSpans.Part("Use ", false),
            new CodeSpans.Part("asyncio.to_thread()", true),
            new CodeSpans.Part(" instead", false)),
        CodeSpans.parts("Use `asyncio.to_thread()` instead"));
  }

  @Test
  void aOneLineLabelShowsTheCodeWithoutItsBackticks() {
    assertEquals(
        "The task create_task() returns is thrown away",
        CodeSpans.plain("The task `create_task()` returns is thrown away"));
  }

  @Test
  void anUnpairedBacktickStaysAsWritten() {
    assertEquals("a b `c", CodeSpans.plain("a `b` `c"));
    assertEquals("no code here", CodeSpans.plain("no code here"));
  }
}
