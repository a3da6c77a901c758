package dev.asyncwright.fix;

import dev.asyncwright.python.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * What the rewrites that put statements into a new {@code async with ...:} block share (AW301,
 * AW302, AW501, AW801): the block's header line, the lines moved one level deeper, the blank lines
 * around them, and a whole range rewritten as one edit. On offsets and tokens only: the rules find
 * the statements, this class edits their lines.
 */
public final class BlockRewrite {

  private static final String ASYNC_WITH = "async with ";

  private BlockRewrite() {}

  /** The header of the new block: {@code async with <manager>:}. */
  public static String asyncWith(String manager) {
    return ASYNC_WITH + manager + ":";
  }

  /** How far the manager's text starts from the header's start, for lines that move with it. */
  public static int managerColumn() {
    return ASYNC_WITH.length();
  }

  /**
   * The header of a new block that takes a statement's place, followed by the line break and the
   * block's indentation: the statement's text then goes on as the block's first line.
   */
  public static String opening(String manager, String newline, Indentation indentation) {
    return asyncWith(manager) + newline + indentation.inner();
  }

  /**
   * Insertions that move every line starting between two offsets one unit deeper, to go into a new
   * block: the unit goes after {@code indent} (the block's old indentation) where the line starts
   * with it, else at the line's start (a continuation line). Blank lines stay blank, and a line
   * that starts inside a string keeps the string's text.
   */
  public static List<Edit> indentLines(
      SourceFile source, List<Token> tokens, int from, int to, String indent, String unit) {
    String text = source.text();
    List<Edit> edits = new ArrayList<>();
    int at = source.charIndex(from);
    int stop = source.charIndex(to);
    while (at < stop) {
      int lineEnd = at;
      while (lineEnd < text.length()
          && text.charAt(lineEnd) != '\n'
          && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      int offset = source.codePointIndex(at);
      if (!text.substring(at, lineEnd).isBlank() && !StringSpans.insideString(tokens, offset)) {
        edits.add(
            Edit.insert(text.startsWith(indent, at) ? offset + indent.length() : offset, unit));
      }
      at = lineEnd;
      if (at < text.length() && text.charAt(at) == '\r') {
        at++;
      }
      if (at < text.length() && text.charAt(at) == '\n') {
        at++;
      }
    }
    return edits;
  }

  /**
   * Edits that move the lines from {@code from} (the start of the line after the new block's
   * header) up to {@code to} into the block: blank lines that would open it go, the others move one
   * unit deeper (see {@link #indentLines}).
   */
  public static List<Edit> moveIntoBlock(
      SourceFile source, List<Token> tokens, int from, int to, Indentation indentation) {
    List<Edit> edits = new ArrayList<>();
    int first = from;
    while (first < to && blankLineAt(source, first)) {
      first = nextLine(source, first);
    }
    if (first > from && first < to) {
      // blank lines that parted the header from what follows would open the new block
      edits.add(Edit.delete(from, first));
    }
    edits.addAll(indentLines(source, tokens, first, to, indentation.indent(), indentation.unit()));
    return edits;
  }

  /**
   * The text between two offsets with edits made inside it (each within the range, none touching
   * another): how a rewrite that replaces a whole range keeps every byte it does not change.
   */
  public static String rewritten(SourceFile source, int start, int end, List<Edit> edits) {
    StringBuilder text = new StringBuilder();
    int at = start;
    for (Edit edit : edits.stream().sorted(Comparator.comparingInt(Edit::start)).toList()) {
      text.append(source.slice(at, edit.start())).append(edit.content());
      at = edit.end();
    }
    return text.append(source.slice(at, end)).toString();
  }

  /** The offset where the line after the one holding {@code offset} starts. */
  public static int nextLine(SourceFile source, int offset) {
    String text = source.text();
    int at = source.charIndex(offset);
    while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
      at++;
    }
    if (at < text.length() && text.charAt(at) == '\r') {
      at++;
    }
    if (at < text.length() && text.charAt(at) == '\n') {
      at++;
    }
    return source.codePointIndex(at);
  }

  /** Whether the line starting at the offset is blank (and there is one). */
  public static boolean blankLineAt(SourceFile source, int lineStart) {
    String text = source.text();
    int at = source.charIndex(lineStart);
    if (at >= text.length()) {
      return false;
    }
    while (at < text.length() && " \t\f".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    return at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r');
  }
}
