package dev.asyncwright.gui;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code `code`} spans of a message as the rules write it (Markdown's backticks, which the CLI
 * prints as they are): where text wraps freely, they show as code; on a one-line label, which has
 * one font, their backticks go, since the code reads plainly without them ({@code
 * asyncio.to_thread()}, not {@code `asyncio.to_thread()`}).
 */
final class CodeSpans {

  /** A run of the text, code or not. */
  record Part(String text, boolean code) {}

  private CodeSpans() {}

  /** The text in runs; an unpaired last backtick stays as it is written. */
  static List<Part> parts(String value) {
    String[] pieces = value.split("`", -1);
    // an odd count of backticks leaves the last one as it is written
    int spans = pieces.length % 2 == 1 ? pieces.length : pieces.length - 1;
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < pieces.length; i++) {
      if (!pieces[i].isEmpty()) {
        parts.add(new Part(i >= spans ? "`" + pieces[i] : pieces[i], i % 2 == 1 && i < spans));
      }
    }
    return parts;
  }

  /** The text without the backticks of its code spans. */
  static String plain(String value) {
    StringBuilder text = new StringBuilder();
    parts(value).forEach(part -> text.append(part.text()));
    return text.toString();
  }
}
