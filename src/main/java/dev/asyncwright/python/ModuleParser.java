package dev.asyncwright.python;

import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.python.antlr.PythonLexerBase.LexerError;
import dev.asyncwright.python.antlr.PythonParser;
import dev.asyncwright.python.antlr.PythonParser.FileInputContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses Python files: SLL prediction first, which is fast and right for nearly every file, and
 * full LL only when SLL fails, to tell a real syntax error from a weakness of SLL.
 *
 * <p>Keeps one lexer and one parser: use one instance per thread. ANTLR's prediction cache is
 * static, so every instance in the JVM profits from what the others learned.
 */
public final class ModuleParser {

  private final PythonLexer lexer = new PythonLexer(CharStreams.fromString(""));
  private final PythonParser parser = new PythonParser(null);

  public ModuleParser() {
    lexer.removeErrorListeners();
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
  }

  /** Decodes and parses a file's bytes. */
  public ParseResult parse(String path, byte[] bytes) {
    SourceFile source;
    try {
      source = SourceFile.decode(path, bytes);
    } catch (UndecodableSourceException e) {
      return new SyntaxError(path, e.line(), e.column(), e.getMessage());
    }
    return parse(source);
  }

  public ParseResult parse(SourceFile source) {
    int nul = source.text().indexOf('\0');
    if (nul >= 0) {
      // CPython refuses these before tokenizing, inside string literals too.
      SourceFile.Position at = source.positionOfCodePoint(source.text().codePointCount(0, nul));
      return new SyntaxError(
          source.path(), at.line(), at.column(), "source code cannot contain null bytes");
    }
    try {
      return parseChecked(source);
    } catch (StackOverflowError e) {
      // CPython refuses such nesting too ("too many nested parentheses", "too complex").
      return new SyntaxError(source.path(), 1, 1, "too deeply nested to parse");
    }
  }

  private void lex(SourceFile source, List<Token> tokens, List<Token> visible) {
    lexer.setInputStream(CharStreams.fromString(source.text(), source.path()));
    Token token;
    do {
      token = lexer.nextToken();
      ((WritableToken) token).setTokenIndex(tokens.size());
      tokens.add(token);
      if (token.getChannel() == Token.DEFAULT_CHANNEL) {
        visible.add(token);
      }
    } while (token.getType() != Token.EOF);
  }

  private ParseResult parseChecked(SourceFile source) {
    List<Token> tokens = new ArrayList<>(source.text().length() / 3 + 16);
    List<Token> visible = new ArrayList<>(source.text().length() / 6 + 16);
    lex(source, tokens, visible);
    VisibleTokens stream = new VisibleTokens(lexer, tokens, visible.toArray(new Token[0]));
    LexerError lexerError = lexer.error();

    Attempt sll = attempt(stream, 0, PredictionMode.SLL);
    if (sll.failure() == null) {
      return lexerError == null
          ? module(source, tokens, sll.tree())
          : lexerSyntaxError(source, lexerError);
    }
    // Maybe only SLL's weakness: try again with full LL. The statements before the one SLL
    // failed in parsed, so they are valid and LL gets past them too: it fails (if it does) in
    // the same place when it starts from the statement before that one as when it starts from
    // the top, which for a large file is many times faster.
    int retryFrom = 0;
    if (sll.failure().getCause() instanceof RecognitionException cause) {
      Token first =
          cause instanceof NoViableAltException noViable
              ? noViable.getStartToken()
              : cause.getOffendingToken();
      retryFrom = TopLevelStatements.of(stream.visible()).startBefore(stream.positionOf(first), 1);
    }
    Attempt ll = attempt(stream, retryFrom, PredictionMode.LL);
    if (ll.failure() == null && retryFrom > 0) {
      // valid from there on: the whole file, for its whole tree
      ll = attempt(stream, 0, PredictionMode.LL);
    }
    if (ll.failure() == null) {
      // only SLL's weakness: the file is valid
      return lexerError == null
          ? module(source, tokens, ll.tree())
          : lexerSyntaxError(source, lexerError);
    }
    RecognitionException cause =
        ll.failure().getCause() instanceof RecognitionException e ? e : null;
    Token offending = cause != null ? cause.getOffendingToken() : parser.getCurrentToken();
    if (lexerError != null && lexerError.detectedAt() <= offending.getStartIndex()) {
      return lexerSyntaxError(source, lexerError);
    }
    return parserSyntaxError(source, tokens, offending, cause);
  }

  /** A parse from a visible position: its tree, or how it failed. */
  private record Attempt(FileInputContext tree, ParseCancellationException failure) {}

  private Attempt attempt(VisibleTokens stream, int from, PredictionMode mode) {
    stream.seek(from); // setTokenStream does not rewind
    parser.setTokenStream(stream);
    parser.getInterpreter().setPredictionMode(mode);
    try {
      return new Attempt(parser.fileInput(), null);
    } catch (ParseCancellationException failed) {
      return new Attempt(null, failed);
    }
  }

  private ParseResult module(SourceFile source, List<Token> tokens, FileInputContext tree) {
    Token violationAt = parser.violationAt();
    if (violationAt != null) {
      SourceFile.Position at = source.positionOfCodePoint(violationAt.getStartIndex());
      return new SyntaxError(source.path(), at.line(), at.column(), parser.violation());
    }
    List<SyntaxUse> uses = new ArrayList<>(lexer.uses());
    uses.addAll(parser.uses());
    uses.sort(Comparator.comparingInt(SyntaxUse::start));
    return new ParsedModule(source, tokens, tree, uses);
  }

  private static SyntaxError lexerSyntaxError(SourceFile source, LexerError error) {
    SourceFile.Position at = source.positionOfCodePoint(error.index());
    return new SyntaxError(source.path(), at.line(), at.column(), error.message());
  }

  private SyntaxError parserSyntaxError(
      SourceFile source, List<Token> tokens, Token offending, RecognitionException cause) {
    Token lambda = ReplacementFields.bareLambda(tokens, offending);
    if (lambda != null) {
      SourceFile.Position at = source.positionOfCodePoint(lambda.getStartIndex());
      return new SyntaxError(
          source.path(),
          at.line(),
          at.column(),
          ReplacementFields.kind(tokens, lambda)
              + ": lambda expressions are not allowed without parentheses");
    }
    SourceFile.Position at = source.positionOfCodePoint(offending.getStartIndex());
    IntervalSet expected = cause != null ? cause.getExpectedTokens() : null;
    return new SyntaxError(
        source.path(), at.line(), at.column(), message(tokens, offending, expected));
  }

  private String message(List<Token> tokens, Token offending, IntervalSet expected) {
    int type = offending.getType();
    if (type == PythonLexer.INDENT) {
      return "unexpected indent";
    }
    if (expected != null && expected.contains(PythonLexer.INDENT) && expected.size() == 1) {
      return "expected an indented block";
    }
    if (type == PythonLexer.DEDENT) {
      return "unexpected unindent";
    }
    Token previous = previousVisible(tokens, offending);
    if (previous != null
        && previous.getType() == PythonLexer.NAME
        && (previous.getText().equals("print") || previous.getText().equals("exec"))
        && startsStatement(tokens, previous)
        && type != Token.EOF) {
      return "Missing parentheses in call to '"
          + previous.getText()
          + "'. Did you mean "
          + previous.getText()
          + "(...)?";
    }
    if (type == Token.EOF) {
      return "unexpected end of file";
    }
    String empty = ReplacementFields.emptyField(tokens, offending);
    if (empty != null) {
      return empty;
    }
    if (type == PythonLexer.DOUBLESTAR) {
      List<Token> visible =
          tokens.stream().filter(token -> token.getChannel() == Token.DEFAULT_CHANNEL).toList();
      String unpacking = DictUnpacking.message(visible, visible.indexOf(offending));
      if (unpacking != null) {
        return unpacking;
      }
    }
    if (previous != null
        && previous.getType() == PythonLexer.NUMBER
        && previous.getStopIndex() + 1 == offending.getStartIndex()) {
      // The lexer split a literal that Python would have read as one bad literal.
      if (type == PythonLexer.NUMBER && previous.getText().matches("0[0_]*")) {
        return "leading zeros in decimal integer literals are not permitted;"
            + " use an 0o prefix for octal integers";
      }
      if (type == PythonLexer.NAME) {
        return "invalid decimal literal";
      }
    }
    if (expected != null && expected.size() == 1) {
      int want = expected.getMinElement();
      String literal = PythonParser.VOCABULARY.getLiteralName(want);
      if (literal != null) {
        return "expected " + literal;
      }
    }
    return "invalid syntax";
  }

  private static Token previousVisible(List<Token> tokens, Token token) {
    for (int i = token.getTokenIndex() - 1; i >= 0; i--) {
      Token candidate = tokens.get(i);
      if (candidate.getChannel() == Token.DEFAULT_CHANNEL) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean startsStatement(List<Token> tokens, Token token) {
    Token before = previousVisible(tokens, token);
    if (before == null) {
      return true;
    }
    int type = before.getType();
    return type == PythonLexer.NEWLINE
        || type == PythonLexer.INDENT
        || type == PythonLexer.DEDENT
        || type == PythonLexer.SEMI;
  }
}
