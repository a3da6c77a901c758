package dev.asyncwright.python.antlr;

import dev.asyncwright.python.SyntaxFeature;
import dev.asyncwright.python.SyntaxUse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * What the generated {@code PythonLexer} cannot say in rules: indentation, which newlines matter,
 * and the literal parts of f-strings and t-strings.
 *
 * <p>Indentation follows CPython's tokenizer: the width of a line's leading whitespace is computed
 * twice, with tab stops of 8 and of 1, and indentation is an error only when the two comparisons
 * with the enclosing level disagree. INDENT and DEDENT tokens are zero-width with empty text so
 * that the token texts still join to the file.
 *
 * <p>F-strings (PEP 701) are tracked on a stack of frames: an f-string frame scans its literal text
 * by hand; a replacement field frame lets the grammar rules lex the expression until the field's
 * top-level {@code :} (format spec, scanned by hand again) or its closing {@code }}. Fields nest
 * inside format specs, and f-strings nest inside fields. A t-string (PEP 750) is scanned the same
 * way; only its token types and the word in its messages differ. What a replacement field of an
 * f-string holds that Pythons before 3.12 refused (PEP 701: the f-string's own quotes, backslashes,
 * comments, line breaks in a single-quoted f-string) is recorded as a use of newer syntax.
 *
 * <p>The first error stops the lexer: it emits an {@code ERRORCHAR} token, records the message, and
 * then only end of file. One clear error is worth more than a cascade.
 */
public abstract class PythonLexerBase extends Lexer {

  /** CPython's limits: deeper nesting is a syntax error there too. */
  private static final int MAX_BRACKET_DEPTH = 200;

  private static final int MAX_INDENT_DEPTH = 100;

  private final Deque<Token> pending = new ArrayDeque<>();
  private final Deque<Frame> frames = new ArrayDeque<>();
  private final Deque<Token> openBrackets = new ArrayDeque<>();
  private int[] indentColumns = new int[16];
  private int[] indentAltColumns = new int[16];
  private int indentLevel;
  private boolean atLineStart;
  private boolean atPhysicalLineStart;
  private String lineIndent;
  private boolean sawStatement;
  private boolean stopped;
  private LexerError error;
  private List<SyntaxUse> uses;

  protected PythonLexerBase(CharStream input) {
    super(input);
    setTokenFactory(new TextCachingToken.Factory());
    resetState();
  }

  /** Where the f-strings lexed use PEP 701's freedoms, in the order met. */
  public List<SyntaxUse> uses() {
    return List.copyOf(uses);
  }

  /** The first error this lexer met, or {@code null}. */
  public LexerError error() {
    return error;
  }

  @Override
  public void reset() {
    super.reset();
    resetState();
  }

  private void resetState() {
    pending.clear();
    frames.clear();
    openBrackets.clear();
    indentLevel = 0;
    atLineStart = true;
    atPhysicalLineStart = true;
    lineIndent = "";
    sawStatement = false;
    stopped = false;
    error = null;
    uses = new ArrayList<>();
  }

  @Override
  public Token nextToken() {
    if (pending.isEmpty()) {
      produce();
    }
    return pending.removeFirst();
  }

  private void produce() {
    Token token = stopped ? endOfFile() : scan();
    switch (token.getType()) {
      case Token.EOF -> finish(token);
      case PythonLexer.NEWLINE -> newline((CommonToken) token);
      case PythonLexer.WS -> {
        hide(token);
        if (atPhysicalLineStart) {
          lineIndent = token.getText();
        }
        atPhysicalLineStart = false;
        pending.add(token);
      }
      case PythonLexer.BOM -> {
        hide(token);
        if (token.getStartIndex() != 0) {
          // Only the first character of a file may be a byte-order mark.
          fail("invalid non-printable character U+FEFF", token);
          stopped = true;
        }
        pending.add(token);
      }
      case PythonLexer.COMMENT, PythonLexer.LINE_JOIN -> {
        hide(token);
        atPhysicalLineStart = false;
        pending.add(token);
      }
      case PythonLexer.UNTERMINATED_STRING -> {
        fail(unterminatedMessage(token), token);
        pending.add(token);
        stopped = true;
      }
      case PythonLexer.NON_ASCII_BYTES -> {
        fail("bytes can only contain ASCII literal characters", token);
        pending.add(token);
        stopped = true;
      }
      case PythonLexer.ERRORCHAR -> {
        if (error == null) {
          fail(errorCharMessage(token), token);
        }
        pending.add(token);
        stopped = true;
      }
      default -> significant(token);
    }
  }

  private String unterminatedMessage(Token quote) {
    String text = quote.getText();
    boolean triple = text.endsWith("'''") || text.endsWith("\"\"\"");
    if (!triple && frames.peek() instanceof FieldFrame) {
      FStringFrame fstring = enclosingFString();
      if (!fstring.triple && text.charAt(text.length() - 1) == fstring.quote) {
        // `f'{x'`: the quote that was to end the f-string, its field still open
        return fstring.kind() + ": expecting '}'";
      }
    }
    return (triple ? "unterminated triple-quoted string literal" : "unterminated string literal")
        + " (detected at line "
        + (triple ? lastLine() : quote.getLine())
        + ")";
  }

  private static void hide(Token token) {
    ((CommonToken) token).setChannel(Token.HIDDEN_CHANNEL);
  }

  private void newline(CommonToken token) {
    if (atLineStart || !openBrackets.isEmpty()) {
      // A blank line, a comment-only line, or a line break inside brackets.
      token.setType(PythonLexer.NL);
      token.setChannel(Token.HIDDEN_CHANNEL);
    } else {
      atLineStart = true;
    }
    atPhysicalLineStart = true;
    lineIndent = "";
    pending.add(token);
  }

  private void significant(Token token) {
    if (atLineStart) {
      indent(token);
      atLineStart = false;
      sawStatement = true;
    }
    atPhysicalLineStart = false;
    pending.add(token);
  }

  private void indent(Token first) {
    int column = 0;
    int altColumn = 0;
    for (int i = 0; i < lineIndent.length(); i++) {
      switch (lineIndent.charAt(i)) {
        case ' ' -> {
          column++;
          altColumn++;
        }
        case '\t' -> {
          column = (column / 8 + 1) * 8;
          altColumn++;
        }
        default -> { // form feed: CPython starts counting again
          column = 0;
          altColumn = 0;
        }
      }
    }
    int current = indentColumns[indentLevel];
    int currentAlt = indentAltColumns[indentLevel];
    if (column == current) {
      if (altColumn != currentAlt) {
        inconsistentTabs(first);
      }
    } else if (column > current) {
      if (altColumn <= currentAlt) {
        inconsistentTabs(first);
        return;
      }
      if (indentLevel + 1 >= MAX_INDENT_DEPTH) {
        failAt("too many levels of indentation", first);
        return;
      }
      if (indentLevel + 1 == indentColumns.length) {
        indentColumns = java.util.Arrays.copyOf(indentColumns, indentLevel * 2);
        indentAltColumns = java.util.Arrays.copyOf(indentAltColumns, indentLevel * 2);
      }
      indentLevel++;
      indentColumns[indentLevel] = column;
      indentAltColumns[indentLevel] = altColumn;
      pending.add(zeroWidth(PythonLexer.INDENT, first));
    } else {
      while (indentLevel > 0 && column < indentColumns[indentLevel]) {
        indentLevel--;
        pending.add(zeroWidth(PythonLexer.DEDENT, first));
      }
      if (column != indentColumns[indentLevel]) {
        failAt("unindent does not match any outer indentation level", first);
      } else if (altColumn != indentAltColumns[indentLevel]) {
        inconsistentTabs(first);
      }
    }
  }

  private void inconsistentTabs(Token at) {
    failAt("inconsistent use of tabs and spaces in indentation", at);
  }

  /** Records an error found at a token that is itself fine, and stops. */
  private void failAt(String message, Token at) {
    fail(message, at);
    pending.add(zeroWidth(PythonLexer.ERRORCHAR, at));
    stopped = true;
  }

  private void fail(String message, Token at) {
    if (error == null) {
      error = new LexerError(message, at.getStartIndex(), at.getStartIndex());
    }
  }

  private void finish(Token eof) {
    if (error == null && !openBrackets.isEmpty()) {
      Token bracket = openBrackets.peek();
      error =
          new LexerError(
              "'" + bracket.getText() + "' was never closed",
              bracket.getStartIndex(),
              eof.getStartIndex());
    }
    if (sawStatement && !atLineStart) {
      // A file without a final newline still ends its last statement.
      pending.add(zeroWidth(PythonLexer.NEWLINE, eof));
      atLineStart = true;
    }
    while (indentLevel > 0) {
      indentLevel--;
      pending.add(zeroWidth(PythonLexer.DEDENT, eof));
    }
    pending.add(eof);
  }

  private Token endOfFile() {
    int here = _input.index();
    return _factory.create(
        _tokenFactorySourcePair,
        Token.EOF,
        "<EOF>",
        Token.DEFAULT_CHANNEL,
        here,
        here - 1,
        getLine(),
        getCharPositionInLine());
  }

  private Token zeroWidth(int type, Token at) {
    return _factory.create(
        _tokenFactorySourcePair,
        type,
        "",
        Token.DEFAULT_CHANNEL,
        at.getStartIndex(),
        at.getStartIndex() - 1,
        at.getLine(),
        at.getCharPositionInLine());
  }

  // ---- f-strings and brackets ----

  /** The next raw token: f-string literal text scanned here, everything else by the rules. */
  private Token scan() {
    Frame top = frames.peek();
    if (top instanceof FStringFrame fstring) {
      return checkNameEscapes(fstring, scanFStringLiteral(fstring));
    }
    if (top instanceof FieldFrame field && field.inFormatSpec) {
      return scanFormatSpec(field);
    }
    Token token = super.nextToken();
    if (top instanceof FieldFrame) {
      noteFieldSyntax(token);
    }
    switch (token.getType()) {
      case PythonLexer.STRING -> checkNameEscapes(token);
      case PythonLexer.FSTRING_START -> frames.push(new FStringFrame(token.getText(), false));
      case PythonLexer.TSTRING_START -> frames.push(new FStringFrame(token.getText(), true));
      case PythonLexer.LPAR, PythonLexer.LSQB, PythonLexer.LBRACE -> open(token);
      case PythonLexer.RPAR, PythonLexer.RSQB -> close();
      case PythonLexer.RBRACE -> {
        if (top instanceof FieldFrame field && openBrackets.size() == field.depth + 1) {
          frames.pop();
        }
        close();
      }
      case PythonLexer.COLON, PythonLexer.COLONEQUAL -> {
        if (top instanceof FieldFrame field && openBrackets.size() == field.depth + 1) {
          // A top-level colon in a replacement field starts its format spec, even in
          // `{x:=10}`, where the spec is `=10`.
          field.inFormatSpec = true;
          if (token.getType() == PythonLexer.COLONEQUAL) {
            token = splitColon((CommonToken) token);
          }
        }
      }
      default -> {}
    }
    return token;
  }

  /** A token in a replacement field: is it something only PEP 701 (3.12) allows there? */
  private void noteFieldSyntax(Token token) {
    FStringFrame fstring = enclosingFString();
    if (fstring.template) {
      return; // t-strings are newer still: nothing to say about their fields
    }
    switch (token.getType()) {
      case PythonLexer.STRING, PythonLexer.FSTRING_START, PythonLexer.TSTRING_START -> {
        String text = token.getText();
        if (reusesEnclosingQuotes(text)) {
          use(SyntaxFeature.FSTRING_SAME_QUOTES, token);
        } else if (text.indexOf('\\') >= 0) {
          use(SyntaxFeature.FSTRING_BACKSLASH, token);
        }
      }
      case PythonLexer.LINE_JOIN -> use(SyntaxFeature.FSTRING_BACKSLASH, token);
      case PythonLexer.COMMENT -> use(SyntaxFeature.FSTRING_COMMENT, token);
      case PythonLexer.NEWLINE -> {
        if (!fstring.triple) {
          use(SyntaxFeature.FSTRING_LINE_BREAK, token);
        }
      }
      default -> {}
    }
  }

  /** Before 3.12 a literal inside a field ended every f-string around it at their quotes. */
  private boolean reusesEnclosingQuotes(String literal) {
    for (Frame frame : frames) {
      if (frame instanceof FStringFrame outer && !outer.template) {
        String closing = String.valueOf((char) outer.quote).repeat(outer.quoteLength);
        if (literal.contains(closing)) {
          return true;
        }
      }
    }
    return false;
  }

  private void use(SyntaxFeature feature, Token at) {
    uses.add(new SyntaxUse(feature, at.getStartIndex(), at.getStopIndex() + 1));
  }

  private void open(Token bracket) {
    openBrackets.push(bracket);
    if (openBrackets.size() > MAX_BRACKET_DEPTH && error == null) {
      error =
          new LexerError(
              "too many nested parentheses", bracket.getStartIndex(), bracket.getStartIndex());
      stopped = true;
    }
  }

  private void close() {
    if (!openBrackets.isEmpty()) {
      openBrackets.pop();
    }
  }

  private Token splitColon(CommonToken colonEqual) {
    colonEqual.setType(PythonLexer.COLON);
    colonEqual.setStopIndex(colonEqual.getStartIndex());
    colonEqual.setText(":");
    _input.seek(colonEqual.getStartIndex() + 1);
    getInterpreter().setCharPositionInLine(colonEqual.getCharPositionInLine() + 1);
    return colonEqual;
  }

  private Token scanFStringLiteral(FStringFrame fstring) {
    int start = _input.index();
    int line = getLine();
    int column = getCharPositionInLine();
    while (true) {
      int c = _input.LA(1);
      if (c == CharStream.EOF) {
        return unterminatedFString(fstring, start, line, column);
      }
      if (c == fstring.quote && closesAt(fstring)) {
        if (_input.index() > start) {
          return make(fstring.middleType(), start, line, column);
        }
        for (int i = 0; i < fstring.quoteLength; i++) {
          consumeChar();
        }
        frames.pop();
        return make(fstring.endType(), start, line, column);
      }
      if ((c == '\n' || c == '\r') && !fstring.triple) {
        return unterminatedFString(fstring, start, line, column);
      }
      if (c == '{' || c == '}') {
        if (_input.LA(2) == c) {
          consumeChar();
          consumeChar();
          continue;
        }
        if (_input.index() > start) {
          return make(fstring.middleType(), start, line, column);
        }
        if (c == '}') {
          return errorAtHere(fstring.kind() + ": single '}' is not allowed");
        }
        return openField(start, line, column);
      }
      if (c == '\\') {
        consumeEscape(fstring);
        continue;
      }
      consumeChar();
    }
  }

  // ---- \N{...} escapes ----

  /**
   * A string literal's {@code \N{NAME}} escapes must name characters: CPython refuses the file
   * otherwise, at the literal. Raw strings and bytes have no such escape.
   */
  private void checkNameEscapes(Token literal) {
    String text = literal.getText();
    if (text.indexOf("\\N") < 0) {
      return;
    }
    int prefix = 0;
    while (text.charAt(prefix) != '\'' && text.charAt(prefix) != '"') {
      char letter = Character.toLowerCase(text.charAt(prefix));
      if (letter == 'r' || letter == 'b') {
        return;
      }
      prefix++;
    }
    int quotes = text.startsWith("\"\"\"", prefix) || text.startsWith("'''", prefix) ? 3 : 1;
    String problem = NameEscapes.firstProblem(text, prefix + quotes, text.length() - quotes);
    if (problem != null) {
      fail(problem, literal);
      stopped = true;
    }
  }

  /**
   * The same in an f-string's or t-string's literal text; CPython refuses it where the literal
   * ends, so the first problem waits in the frame until then.
   */
  private Token checkNameEscapes(FStringFrame fstring, Token token) {
    if (token.getType() == fstring.middleType() && !fstring.raw && fstring.nameProblem == null) {
      String text = token.getText();
      if (text.indexOf("\\N") >= 0) {
        fstring.nameProblem = NameEscapes.firstProblem(text, 0, text.length());
      }
    } else if (token.getType() == fstring.endType() && fstring.nameProblem != null) {
      fail(fstring.nameProblem, token);
      stopped = true;
    }
    return token;
  }

  private Token scanFormatSpec(FieldFrame field) {
    FStringFrame fstring = enclosingFString();
    int start = _input.index();
    int line = getLine();
    int column = getCharPositionInLine();
    while (true) {
      int c = _input.LA(1);
      if (c == CharStream.EOF) {
        return unterminatedFString(fstring, start, line, column);
      }
      if ((c == '\n' || c == '\r') && !fstring.triple) {
        // 3.14's words; 3.12 and 3.13 let the spec run on to the next line
        return errorAtHere(
            fstring.kind()
                + ": newlines are not allowed in format specifiers for single quoted "
                + fstring.kind()
                + "s");
      }
      if (c == fstring.quote && closesAt(fstring)) {
        if (_input.index() > start) {
          return make(fstring.middleType(), start, line, column);
        }
        return errorAtHere(fstring.kind() + ": expecting '}'");
      }
      if (c == '{' || c == '}') {
        if (_input.index() > start) {
          return make(fstring.middleType(), start, line, column);
        }
        if (c == '{') {
          return openField(start, line, column);
        }
        consumeChar();
        frames.pop();
        close();
        return make(PythonLexer.RBRACE, start, line, column);
      }
      if (c == '\\') {
        consumeEscape(fstring);
        continue;
      }
      consumeChar();
    }
  }

  private Token openField(int start, int line, int column) {
    consumeChar();
    Token brace = make(PythonLexer.LBRACE, start, line, column);
    frames.push(new FieldFrame(openBrackets.size()));
    open(brace);
    return brace;
  }

  /**
   * A backslash in f-string text: it never escapes a brace, and `\N{...}` names a character (except
   * in raw f-strings, where the braces open a field).
   */
  private void consumeEscape(FStringFrame fstring) {
    int next = _input.LA(2);
    consumeChar();
    if (next == '{' || next == '}' || next == CharStream.EOF) {
      return;
    }
    if (!fstring.raw && next == 'N' && _input.LA(2) == '{') {
      consumeChar();
      // a name holds no quote: `f'\N{abc'` ends at its quote, with a malformed escape
      while (_input.LA(1) != '}'
          && _input.LA(1) != CharStream.EOF
          && _input.LA(1) != '\n'
          && _input.LA(1) != fstring.quote) {
        consumeChar();
      }
      if (_input.LA(1) == '}') {
        consumeChar();
      }
      return;
    }
    consumeChar();
    if (next == '\r' && _input.LA(1) == '\n') {
      consumeChar();
    }
  }

  private boolean closesAt(FStringFrame fstring) {
    if (!fstring.triple) {
      return true;
    }
    return _input.LA(2) == fstring.quote && _input.LA(3) == fstring.quote;
  }

  private FStringFrame enclosingFString() {
    for (Frame frame : frames) {
      if (frame instanceof FStringFrame fstring) {
        return fstring;
      }
    }
    throw new IllegalStateException("a replacement field outside an f-string");
  }

  private Token unterminatedFString(FStringFrame fstring, int start, int line, int column) {
    if (_input.index() > start) {
      return make(fstring.middleType(), start, line, column);
    }
    String what =
        fstring.triple
            ? "unterminated triple-quoted " + fstring.kind() + " literal"
            : "unterminated " + fstring.kind() + " literal";
    return errorAtHere(what + " (detected at line " + getLine() + ")");
  }

  /** An error at the current position: a zero-width error token, and the lexer stops. */
  private Token errorAtHere(String message) {
    int here = _input.index();
    if (error == null) {
      error = new LexerError(message, here, here);
    }
    stopped = true;
    frames.clear();
    return _factory.create(
        _tokenFactorySourcePair,
        PythonLexer.ERRORCHAR,
        "",
        Token.DEFAULT_CHANNEL,
        here,
        here - 1,
        getLine(),
        getCharPositionInLine());
  }

  /** The number of the file's last line, for "detected at line N". */
  private int lastLine() {
    String rest = _input.getText(Interval.of(_input.index(), _input.size() - 1));
    return getLine() + (int) rest.chars().filter(c -> c == '\n').count();
  }

  private void consumeChar() {
    getInterpreter().consume(_input);
  }

  private Token make(int type, int start, int line, int column) {
    return _factory.create(
        _tokenFactorySourcePair,
        type,
        null,
        Token.DEFAULT_CHANNEL,
        start,
        _input.index() - 1,
        line,
        column);
  }

  private String errorCharMessage(Token token) {
    String text = token.getText();
    int c = text.codePointAt(0);
    int index = token.getStartIndex();
    switch (c) {
      case '\'', '"' -> {
        boolean triple = _input.LA(1) == c && _input.LA(2) == c;
        return triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
      }
      case '\\' -> {
        return "unexpected character after line continuation character";
      }
      case 0 -> {
        return "source code cannot contain null bytes";
      }
      case '`' -> {
        return "invalid syntax: backticks are Python 2 (use repr())";
      }
      default -> {
        if (Character.isISOControl(c)
            || Character.getType(c) == Character.FORMAT
            || Character.isSpaceChar(c)) {
          return String.format("invalid non-printable character U+%04X", c);
        }
        return String.format("invalid character '%s' (U+%04X)", text, c);
      }
    }
  }

  /** What the lexer found wrong, at a code point index, and where it noticed. */
  public record LexerError(String message, int index, int detectedAt) {}

  private sealed interface Frame permits FStringFrame, FieldFrame {}

  private static final class FStringFrame implements Frame {
    final int quote;
    final int quoteLength;
    final boolean triple;
    final boolean raw;

    /** A t-string: the same scanning, other token types. */
    final boolean template;

    /** The first bad {@code \N{...}} escape of the literal text, reported at its end. */
    String nameProblem;

    FStringFrame(String start, boolean template) {
      this.template = template;
      int prefixLength = 0;
      boolean isRaw = false;
      while (start.charAt(prefixLength) != '\'' && start.charAt(prefixLength) != '"') {
        isRaw |= Character.toLowerCase(start.charAt(prefixLength)) == 'r';
        prefixLength++;
      }
      this.quote = start.charAt(prefixLength);
      this.quoteLength = start.length() - prefixLength;
      this.triple = quoteLength == 3;
      this.raw = isRaw;
    }

    int middleType() {
      return template ? PythonLexer.TSTRING_MIDDLE : PythonLexer.FSTRING_MIDDLE;
    }

    int endType() {
      return template ? PythonLexer.TSTRING_END : PythonLexer.FSTRING_END;
    }

    /** How CPython's messages name the literal. */
    String kind() {
      return template ? "t-string" : "f-string";
    }
  }

  private static final class FieldFrame implements Frame {
    /** How many brackets were open outside this field's own brace. */
    final int depth;

    boolean inFormatSpec;

    FieldFrame(int depth) {
      this.depth = depth;
    }
  }
}
