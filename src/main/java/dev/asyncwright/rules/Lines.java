package dev.asyncwright.rules;

import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Indentation;
import dev.asyncwright.fix.StringSpans;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.python.antlr.PythonParser.BlockContext;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Whole lines, as fixes that add or remove statements see them: the indentation in front of a
 * statement, the indentation unit in use at that spot (tabs or spaces, and the width the enclosing
 * block uses), where a statement's logical line ends, and edits that insert lines in the file's own
 * line break.
 */
public final class Lines {

  private Lines() {}

  /** The line break the file uses. */
  public static String newline(SourceFile source) {
    return source.lineEnding().text();
  }

  /**
   * The code-point offset where the physical line holding {@code offset} starts. The first line
   * starts after a byte-order mark: the mark belongs to the file, not to the line's indentation,
   * and deleting the line must leave it.
   */
  public static int lineStart(SourceFile source, int offset) {
    String text = source.text();
    int first = text.startsWith("\uFEFF") ? 1 : 0;
    int at = source.charIndex(offset);
    while (at > first && text.charAt(at - 1) != '\n' && text.charAt(at - 1) != '\r') {
      at--;
    }
    return source.codePointIndex(at);
  }

  /**
   * The whitespace between the start of the line and {@code offset}, if nothing else stands there
   * (the node starts its line).
   */
  public static Optional<String> indentation(SourceFile source, int offset) {
    String before = source.slice(lineStart(source, offset), offset);
    for (int i = 0; i < before.length(); i++) {
      if (" \t\f".indexOf(before.charAt(i)) < 0) {
        return Optional.empty();
      }
    }
    return Optional.of(before);
  }

  /** The indentation of the line a node starts, if the node starts its line. */
  public static Optional<String> indentation(SourceFile source, ParserRuleContext node) {
    return indentation(source, RuleContext.start(node));
  }

  /**
   * The indentation unit at a node: the indentation of the statement it starts, less that of the
   * header ({@code def}, {@code if}, {@code except}...) of the indented block it stands in. Empty
   * when the node does not start its line, stands in a one-line suite ({@code if x: y}) or at
   * module level, or when the two indentations do not nest (tabs against spaces).
   */
  public static Optional<String> unit(SourceFile source, ParserRuleContext node) {
    Optional<String> own = indentation(source, node);
    Optional<BlockContext> block = Statements.ancestor(node, BlockContext.class);
    if (own.isEmpty() || block.isEmpty() || block.get().INDENT() == null) {
      return Optional.empty();
    }
    ParserRuleContext header = block.get().getParent();
    Optional<String> outer = indentation(source, header);
    if (outer.isEmpty()
        || !own.get().startsWith(outer.get())
        || own.get().length() == outer.get().length()) {
      return Optional.empty();
    }
    return Optional.of(own.get().substring(outer.get().length()));
  }

  /**
   * The indentation of a node and the unit of the indented block it stands in, if it starts its
   * line there (see {@link #unit}): what a new block in its place is indented with.
   */
  public static Optional<Indentation> blockIndentation(SourceFile source, ParserRuleContext node) {
    Optional<String> indent = indentation(source, node);
    Optional<String> unit = unit(source, node);
    if (indent.isEmpty() || unit.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Indentation(indent.get(), unit.get()));
  }

  /**
   * The token that ends the logical line a node ends on: its {@code NEWLINE}. For a compound
   * statement, the line break of its last line. At the end of a file without a final line break, a
   * zero-width token (stop index before start index).
   */
  public static Token lineBreak(List<Token> tokens, ParserRuleContext node) {
    Token stop = node.getStop();
    int index = stop.getTokenIndex();
    if (stop.getType() == PythonLexer.DEDENT) {
      while (index > 0 && !isLineBreak(tokens.get(index))) {
        index--;
      }
      return tokens.get(index);
    }
    while (index < tokens.size() - 1 && !isLineBreak(tokens.get(index))) {
      index++;
    }
    return tokens.get(index);
  }

  private static boolean isLineBreak(Token token) {
    return token.getType() == PythonLexer.NEWLINE && token.getChannel() == Token.DEFAULT_CHANNEL;
  }

  /** Whether the token is the zero-width line break of a file that does not end with one. */
  public static boolean isMissingLineBreak(Token lineBreak) {
    return lineBreak.getStopIndex() < lineBreak.getStartIndex();
  }

  /**
   * An edit that inserts lines, each with the given indentation and the file's line break, before
   * the line on which {@code node} starts.
   */
  public static Edit insertBefore(
      SourceFile source, ParserRuleContext node, String indent, List<String> lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(indent).append(line).append(newline(source));
    }
    return Edit.insert(lineStart(source, RuleContext.start(node)), text.toString());
  }

  /**
   * An edit that inserts lines, each with the given indentation, after the logical line on which
   * {@code node} ends (after its comment, if any), in the file's line break; it adds the line break
   * a file without a final one lacks.
   */
  public static Edit insertAfter(
      SourceFile source,
      List<Token> tokens,
      ParserRuleContext node,
      String indent,
      List<String> lines) {
    Token lineBreak = lineBreak(tokens, node);
    String newline = newline(source);
    StringBuilder text = new StringBuilder();
    if (isMissingLineBreak(lineBreak)) {
      for (String line : lines) {
        text.append(newline).append(indent).append(line);
      }
      return Edit.insert(lineBreak.getStartIndex(), text.toString());
    }
    for (String line : lines) {
      text.append(indent).append(line).append(newline);
    }
    return Edit.insert(lineBreak.getStopIndex() + 1, text.toString());
  }

  /**
   * The text of a node that moves to a new spot, its continuation lines moved with it. When the
   * node's first line ends with an opening bracket (a hanging indent), they follow the indentation
   * of the line: the old line's indentation in front of them becomes {@code newIndent} (tabs stay
   * tabs). Otherwise they align with something on the first line and move by as many columns as its
   * start does, from its old column to {@code newColumn}, but never left of {@code newIndent} (the
   * block the node now stands in). Unchanged when a string spans lines (its text must not change)
   * or the node has one line.
   */
  public static String moved(
      RuleContext context, ParserRuleContext node, int newColumn, String newIndent) {
    return moved(context, node, context.text(node), newColumn, newIndent);
  }

  /**
   * Like {@link #moved(RuleContext, ParserRuleContext, int, String)}, for the node's text with
   * changes inside its lines ({@code text} has the node's line breaks, and no other).
   */
  public static String moved(
      RuleContext context, ParserRuleContext node, String text, int newColumn, String newIndent) {
    List<Token> tokens = context.model().module().tokens();
    if (StringSpans.spansStringLines(tokens, node)) {
      return text;
    }
    String[] lines = text.split("\\r\\n|\\r|\\n", -1);
    if (lines.length == 1) {
      return text;
    }
    SourceFile source = context.source();
    int start = RuleContext.start(node);
    int lineStart = lineStart(source, start);
    String before = source.slice(lineStart, start);
    String oldIndent = before.substring(0, before.length() - before.stripLeading().length());
    boolean hanging = endsWithOpeningBracket(tokens, node);
    int delta = hanging ? newIndent.length() - oldIndent.length() : newColumn - (start - lineStart);
    StringBuilder out = new StringBuilder(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      out.append(newline(source));
      if (line.isBlank()) {
        out.append(line);
      } else if (hanging && line.startsWith(oldIndent)) {
        out.append(newIndent).append(line, oldIndent.length(), line.length());
      } else {
        out.append(atLeast(shifted(line, delta), newIndent));
      }
    }
    return out.toString();
  }

  /** A line moved right by adding spaces, or left by taking off (at most) its indentation. */
  private static String shifted(String line, int delta) {
    if (delta >= 0) {
      return " ".repeat(delta) + line;
    }
    int cut = 0;
    while (cut < -delta && cut < line.length() && " \t".indexOf(line.charAt(cut)) >= 0) {
      cut++;
    }
    return line.substring(cut);
  }

  /**
   * A continuation line indented at least as far as the block it now stands in: moved far to the
   * left, it would otherwise end up left of the statement it continues (at column 0, even).
   */
  private static String atLeast(String line, String indent) {
    int lead = 0;
    while (lead < line.length() && " \t\f".indexOf(line.charAt(lead)) >= 0) {
      lead++;
    }
    return lead < indent.length() ? indent + line.substring(lead) : line;
  }

  /** Whether the last token the parser sees on a node's first line opens a bracket. */
  private static boolean endsWithOpeningBracket(List<Token> tokens, ParserRuleContext node) {
    Token last = null;
    for (int i = node.getStart().getTokenIndex(); i <= node.getStop().getTokenIndex(); i++) {
      Token token = tokens.get(i);
      int type = token.getType();
      if (type == PythonLexer.NL || type == PythonLexer.NEWLINE || type == PythonLexer.LINE_JOIN) {
        break;
      }
      if (token.getChannel() == Token.DEFAULT_CHANNEL) {
        last = token;
      }
    }
    return last != null && "([{".contains(last.getText()) && last.getText().length() == 1;
  }

  /**
   * An edit that deletes a statement's whole line(s), its indentation included, or empty if a
   * comment would go with them or another statement shares them.
   */
  public static Optional<Edit> deleteLines(
      SourceFile source, List<Token> tokens, ParserRuleContext statement) {
    int first = statement.getStart().getTokenIndex();
    Token lineBreak = lineBreak(tokens, statement);
    for (int i = first; i <= lineBreak.getTokenIndex(); i++) {
      if (tokens.get(i).getType() == PythonLexer.COMMENT) {
        return Optional.empty();
      }
    }
    if (indentation(source, statement).isEmpty()) {
      return Optional.empty();
    }
    int start = lineStart(source, RuleContext.start(statement));
    return Optional.of(Edit.delete(start, lineBreak.getStopIndex() + 1));
  }
}
