package dev.asyncwright.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncwright.python.antlr.PythonLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The token stream {@link PythonLexer} produces: indentation, significant and hidden newlines,
 * f-string pieces, soft keywords; and that every token covers exactly its own stretch of the input,
 * so that the tokens print back the input.
 */
class LexerTokensTest {

  /** Input and the default-channel token types it lexes to (EOF left out). */
  record Types(String name, String code, String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Input and the default-channel tokens it lexes to as TYPE[text] (EOF left out). */
  record Texts(String name, String code, String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final List<Types> TYPES =
      List.of(
          new Types("simple statement", "x = 1\n", "NAME EQUAL NUMBER NEWLINE"),
          new Types(
              "indent and dedent",
              "if x:\n    y = 1\nz\n",
              "IF NAME COLON NEWLINE INDENT NAME EQUAL NUMBER NEWLINE DEDENT NAME NEWLINE"),
          new Types(
              "three dedents at once",
              "def f():\n  if x:\n    if y:\n      a\nb\n",
              "DEF NAME LPAR RPAR COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT IF NAME COLON"
                  + " NEWLINE INDENT NAME NEWLINE DEDENT DEDENT DEDENT NAME NEWLINE"),
          new Types(
              "dedents at end of file",
              "if x:\n  if y:\n    a\n",
              "IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT"
                  + " DEDENT"),
          new Types(
              "dedent to a middle level",
              "if a:\n  if b:\n    c\n  d\ne\n",
              "IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT NAME"
                  + " NEWLINE DEDENT NAME NEWLINE"),
          new Types("no final newline", "x = 1", "NAME EQUAL NUMBER NEWLINE"),
          new Types(
              "no final newline in a block",
              "if x:\n    y",
              "IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT"),
          new Types("empty file", "", ""),
          new Types("only a comment", "# nothing here", ""),
          new Types("only blank lines", "\n\n  \n", ""),
          new Types(
              "blank and comment lines inside a block",
              "if x:\n\n    # c\n  \n        # deeper\n    y\n\n# out\n    z\n",
              "IF NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT"),
          new Types(
              "comment after the last line of a block",
              "if x:\n    y\n    # c",
              "IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT"),
          new Types(
              "newlines inside brackets",
              "x = (1,\n     2)\ny = [\n  3,\n]\nz = {\n}\n",
              "NAME EQUAL LPAR NUMBER COMMA NUMBER RPAR NEWLINE NAME EQUAL LSQB NUMBER COMMA RSQB"
                  + " NEWLINE NAME EQUAL LBRACE RBRACE NEWLINE"),
          new Types(
              "indentation inside brackets is not indentation",
              "if x:\n    f(1,\n2)\n    y\n",
              "IF NAME COLON NEWLINE INDENT NAME LPAR NUMBER COMMA NUMBER RPAR NEWLINE NAME NEWLINE"
                  + " DEDENT"),
          new Types(
              "backslash continuation",
              "x = 1 + \\\n        2\ny\n",
              "NAME EQUAL NUMBER PLUS NUMBER NEWLINE NAME NEWLINE"),
          new Types(
              "crlf and cr newlines",
              "if x:\r\n    y\r\rz\r",
              "IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE"),
          new Types(
              "tab indentation",
              "if x:\n\ty\n\tif z:\n\t\tw\n",
              "IF NAME COLON NEWLINE INDENT NAME NEWLINE IF NAME COLON NEWLINE INDENT NAME NEWLINE"
                  + " DEDENT DEDENT"),
          new Types("bom and comment first", "\ufeff# coding: utf-8\nx\n", "NAME NEWLINE"),
          new Types(
              "f-string with conversion and spec",
              "f'a{x!r:>10}b'\n",
              "FSTRING_START FSTRING_MIDDLE LBRACE NAME EXCLAMATION NAME COLON FSTRING_MIDDLE RBRACE"
                  + " FSTRING_MIDDLE FSTRING_END NEWLINE"),
          new Types(
              "f-string with a call and a subscript",
              "f\"{d['k']} and {g(1, 2)}\"\n",
              "FSTRING_START LBRACE NAME LSQB STRING RSQB RBRACE FSTRING_MIDDLE LBRACE NAME LPAR"
                  + " NUMBER COMMA NUMBER RPAR RBRACE FSTRING_END NEWLINE"),
          new Types(
              "f-string with a dict display",
              "f\"{ {'a': 1}['a'] }\"\n",
              "FSTRING_START LBRACE LBRACE STRING COLON NUMBER RBRACE LSQB STRING RSQB RBRACE"
                  + " FSTRING_END NEWLINE"),
          new Types(
              "walrus in parentheses inside an f-string",
              "f'{(x:=10)}'\n",
              "FSTRING_START LBRACE LPAR NAME COLONEQUAL NUMBER RPAR RBRACE FSTRING_END NEWLINE"),
          new Types(
              "self-documenting f-string",
              "f'{x = !r}'\n",
              "FSTRING_START LBRACE NAME EQUAL EXCLAMATION NAME RBRACE FSTRING_END NEWLINE"),
          new Types(
              "not-equal inside an f-string",
              "f'{a != b}'\n",
              "FSTRING_START LBRACE NAME NOTEQUAL NAME RBRACE FSTRING_END NEWLINE"),
          new Types(
              "f-string in brackets across lines",
              "x = (f'{a}'\n     f'{b}')\n",
              "NAME EQUAL LPAR FSTRING_START LBRACE NAME RBRACE FSTRING_END FSTRING_START LBRACE"
                  + " NAME RBRACE FSTRING_END RPAR NEWLINE"),
          new Types(
              "t-string with conversion and spec",
              "t'a{x!r:>10}b'\n",
              "TSTRING_START TSTRING_MIDDLE LBRACE NAME EXCLAMATION NAME COLON TSTRING_MIDDLE RBRACE"
                  + " TSTRING_MIDDLE TSTRING_END NEWLINE"),
          new Types(
              "raw triple-quoted t-string around an f-string",
              "Rt\"\"\"{f'{x}'}\\\n\"\"\"\n",
              "TSTRING_START LBRACE FSTRING_START LBRACE NAME RBRACE FSTRING_END RBRACE"
                  + " TSTRING_MIDDLE TSTRING_END NEWLINE"),
          new Types(
              "t is a name before anything but a quote",
              "t = tr + rt\n",
              "NAME EQUAL NAME PLUS NAME NEWLINE"),
          new Types(
              "lazy import and lazy as a name",
              "lazy import x\nlazy = 1\n",
              "LAZY IMPORT NAME NEWLINE LAZY EQUAL NUMBER NEWLINE"),
          new Types(
              "match statement with soft keywords",
              "match x:\n    case _:\n        pass\n",
              "MATCH NAME COLON NEWLINE INDENT CASE UNDERSCORE COLON NEWLINE INDENT PASS NEWLINE"
                  + " DEDENT DEDENT"),
          new Types(
              "soft keywords used as names",
              "match = case = type = _ = 1\nmatch(x)\ntype(1)\n",
              "MATCH EQUAL CASE EQUAL TYPE EQUAL UNDERSCORE EQUAL NUMBER NEWLINE MATCH LPAR NAME RPAR"
                  + " NEWLINE TYPE LPAR NUMBER RPAR NEWLINE"),
          new Types(
              "type alias statement",
              "type Point[T] = tuple[T, T]\n",
              "TYPE NAME LSQB NAME RSQB EQUAL NAME LSQB NAME COMMA NAME RSQB NEWLINE"),
          new Types(
              "names that start with keywords",
              "iffy = matches + typed + _x + __ + Trueish + android + classy + nothing\n",
              "NAME EQUAL NAME PLUS NAME PLUS NAME PLUS NAME PLUS NAME PLUS NAME PLUS NAME PLUS NAME"
                  + " NEWLINE"),
          new Types(
              "keywords",
              "async def f(): await g() if True else None or not False and x is y in z\n",
              "ASYNC DEF NAME LPAR RPAR COLON AWAIT NAME LPAR RPAR IF TRUE ELSE NONE OR NOT FALSE AND"
                  + " NAME IS NAME IN NAME NEWLINE"),
          new Types(
              "keywords are case-sensitive", "true none If Match\n", "NAME NAME NAME NAME NEWLINE"),
          new Types(
              "unicode identifiers",
              "caf\u00e9 = \u03c0\u1d62 + \u540d\u524d\n",
              "NAME EQUAL NAME PLUS NAME NEWLINE"),
          new Types(
              "operators",
              "a **= b // c -> d := e ... f @= g <<= h != i\n",
              "NAME DOUBLESTAREQUAL NAME DOUBLESLASH NAME RARROW NAME COLONEQUAL NAME ELLIPSIS NAME"
                  + " ATEQUAL NAME LEFTSHIFTEQUAL NAME NOTEQUAL NAME NEWLINE"));

  static final List<Texts> TEXTS =
      List.of(
          new Texts(
              "f-string pieces",
              "f\"a{x!r:>10}b\"",
              "FSTRING_START[f\"] FSTRING_MIDDLE[a] LBRACE[{] NAME[x] EXCLAMATION[!] NAME[r] COLON[:]"
                  + " FSTRING_MIDDLE[>10] RBRACE[}] FSTRING_MIDDLE[b] FSTRING_END[\"] NEWLINE[]"),
          new Texts(
              "a colon-equals in a field starts the format spec",
              "f\"{x:=10}\"\n",
              "FSTRING_START[f\"] LBRACE[{] NAME[x] COLON[:] FSTRING_MIDDLE[=10] RBRACE[}]"
                  + " FSTRING_END[\"] NEWLINE[\n]"),
          new Texts(
              "doubled braces stay in the literal text",
              "f'{{a}} {b} }}{{'\n",
              "FSTRING_START[f'] FSTRING_MIDDLE[{{a}} ] LBRACE[{] NAME[b] RBRACE[}]"
                  + " FSTRING_MIDDLE[ }}{{] FSTRING_END['] NEWLINE[\n]"),
          new Texts(
              "nested fields in a format spec",
              "f'{x:{w}.{p}f}'\n",
              "FSTRING_START[f'] LBRACE[{] NAME[x] COLON[:] LBRACE[{] NAME[w] RBRACE[}]"
                  + " FSTRING_MIDDLE[.] LBRACE[{] NAME[p] RBRACE[}] FSTRING_MIDDLE[f] RBRACE[}]"
                  + " FSTRING_END['] NEWLINE[\n]"),
          new Texts(
              "same quotes nested (PEP 701)",
              "f\"{f\"{x}\"}\"\n",
              "FSTRING_START[f\"] LBRACE[{] FSTRING_START[f\"] LBRACE[{] NAME[x] RBRACE[}]"
                  + " FSTRING_END[\"] RBRACE[}] FSTRING_END[\"] NEWLINE[\n]"),
          new Texts(
              "conditional expression with strings in a field",
              "f\"{'a' if x else 'b'}\"\n",
              "FSTRING_START[f\"] LBRACE[{] STRING['a'] IF[if] NAME[x] ELSE[else] STRING['b']"
                  + " RBRACE[}] FSTRING_END[\"] NEWLINE[\n]"),
          new Texts(
              "triple-quoted f-string across lines",
              "F'''a\n{x}\nb'''\n",
              "FSTRING_START[F'''] FSTRING_MIDDLE[a\n] LBRACE[{] NAME[x] RBRACE[}]"
                  + " FSTRING_MIDDLE[\nb] FSTRING_END['''] NEWLINE[\n]"),
          new Texts(
              "raw f-string keeps backslashes in its text",
              "rf'\\d{n}\\w'\n",
              "FSTRING_START[rf'] FSTRING_MIDDLE[\\d] LBRACE[{] NAME[n] RBRACE[}]"
                  + " FSTRING_MIDDLE[\\w] FSTRING_END['] NEWLINE[\n]"),
          new Texts(
              "a named unicode escape is not a field",
              "f'\\N{DIGIT ONE}{x}'\n",
              "FSTRING_START[f'] FSTRING_MIDDLE[\\N{DIGIT ONE}] LBRACE[{] NAME[x] RBRACE[}]"
                  + " FSTRING_END['] NEWLINE[\n]"),
          new Texts(
              "soft keywords keep their text",
              "match _:\n case type: pass\n",
              "MATCH[match] UNDERSCORE[_] COLON[:] NEWLINE[\n] INDENT[] CASE[case] TYPE[type]"
                  + " COLON[:] PASS[pass] NEWLINE[\n] DEDENT[]"),
          new Texts(
              "strings and bytes are single tokens",
              "s = b'x' + rb\"\\d\" + u'\u00e9' + '''a\nb'''\n",
              "NAME[s] EQUAL[=] STRING[b'x'] PLUS[+] STRING[rb\"\\d\"] PLUS[+] STRING[u'\u00e9']"
                  + " PLUS[+] STRING['''a\nb'''] NEWLINE[\n]"));

  /** More inputs for the lossless checks: odd whitespace, mixed newlines, non-BMP text. */
  static final List<String> EXTRA_INPUTS =
      List.of(
          "\ufeffimport os\r\nx = 1\r\n",
          "if x:\n\f    y\n",
          "x = '\ud83d\ude00'  # \ud83d\ude00\ny = f'{\"\ud83d\ude00\"}\ud83d\ude00'\n",
          "def f(\n    a,  # first\n    b,\n):\n    return a \\\r\n        + b\r",
          "class C:\n    '''doc\n    string'''\n\n\n    def m(self): ...\n",
          "   \n\t\n# c\n",
          "x = [i async for i in aiter() if await i]\n",
          "print >>f, x\n");

  static Stream<Types> typeCases() {
    return TYPES.stream();
  }

  static Stream<Texts> textCases() {
    return TEXTS.stream();
  }

  static Stream<String> allInputs() {
    return Stream.of(
            TYPES.stream().map(Types::code), TEXTS.stream().map(Texts::code), EXTRA_INPUTS.stream())
        .flatMap(s -> s);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("typeCases")
  void lexesToTheseTypes(Types example) {
    Lexed lexed = lex(example.code());
    assertNull(lexed.error(), () -> "lexer error: " + lexed.error());
    assertEquals(example.expected(), types(lexed.visible()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textCases")
  void lexesToTheseTexts(Texts example) {
    Lexed lexed = lex(example.code());
    assertNull(lexed.error(), () -> "lexer error: " + lexed.error());
    assertEquals(example.expected(), typesAndTexts(lexed.visible()));
  }

  @ParameterizedTest
  @MethodSource("allInputs")
  void printsBackTheInput(String code) {
    List<Token> tokens = lex(code).all();
    StringBuilder printed = new StringBuilder();
    for (Token token : tokens) {
      if (token.getType() != Token.EOF) {
        printed.append(token.getText());
      }
    }
    assertEquals(code, printed.toString());
    assertEquals(Token.EOF, tokens.get(tokens.size() - 1).getType());
  }

  @ParameterizedTest
  @MethodSource("allInputs")
  void tokensTileTheInput(String code) {
    int[] codePoints = code.codePoints().toArray();
    List<Token> tokens = lex(code).all();
    int next = 0;
    for (Token token : tokens) {
      String where = describe(token);
      if (token.getType() == Token.EOF) {
        assertEquals(codePoints.length, token.getStartIndex(), where);
        continue;
      }
      assertEquals(next, token.getStartIndex(), () -> "gap or overlap at " + where);
      assertTrue(token.getStopIndex() >= token.getStartIndex() - 1, where);
      String covered =
          new String(
              codePoints, token.getStartIndex(), token.getStopIndex() - token.getStartIndex() + 1);
      assertEquals(covered, token.getText(), where);
      next = token.getStopIndex() + 1;
    }
    assertEquals(codePoints.length, next, "the tokens end before the input does");
  }

  @ParameterizedTest
  @MethodSource("allInputs")
  void onlyLayoutTokensAreEmpty(String code) {
    for (Token token : lex(code).all()) {
      String name = PythonLexer.VOCABULARY.getSymbolicName(token.getType());
      boolean mayBeEmpty =
          token.getType() == Token.EOF
              || token.getType() == PythonLexer.INDENT
              || token.getType() == PythonLexer.DEDENT
              || token.getType() == PythonLexer.NEWLINE;
      if (!mayBeEmpty) {
        assertTrue(!token.getText().isEmpty(), () -> "empty " + name);
      }
      if (token.getType() == PythonLexer.INDENT || token.getType() == PythonLexer.DEDENT) {
        assertEquals("", token.getText(), describe(token));
        assertEquals(Token.DEFAULT_CHANNEL, token.getChannel(), describe(token));
      }
    }
  }

  @Test
  void indentAndDedentSitAtTheFirstTokenOfTheirLine() {
    String code = "if x:\n    y = 1\nz = 2\n";
    List<Token> visible = lex(code).visible();
    Token indent = only(visible, PythonLexer.INDENT);
    Token y = visible.get(visible.indexOf(indent) + 1);
    assertEquals("y", y.getText());
    assertEquals(code.indexOf('y'), indent.getStartIndex());
    assertEquals(indent.getStartIndex() - 1, indent.getStopIndex());
    assertEquals(2, indent.getLine());
    assertEquals(4, indent.getCharPositionInLine());

    Token dedent = only(visible, PythonLexer.DEDENT);
    assertEquals("", dedent.getText());
    assertEquals(code.indexOf('z'), dedent.getStartIndex());
    assertEquals(dedent.getStartIndex() - 1, dedent.getStopIndex());
    assertEquals(3, dedent.getLine());
    assertEquals(0, dedent.getCharPositionInLine());
    assertEquals("z", visible.get(visible.indexOf(dedent) + 1).getText());
  }

  @Test
  void severalDedentsShareOnePosition() {
    String code = "if a:\n  if b:\n    if c:\n      d\ne\n";
    List<Token> dedents =
        lex(code).visible().stream().filter(t -> t.getType() == PythonLexer.DEDENT).toList();
    assertEquals(3, dedents.size());
    for (Token dedent : dedents) {
      assertEquals(code.indexOf('e'), dedent.getStartIndex(), describe(dedent));
      assertEquals(5, dedent.getLine());
    }
  }

  @Test
  void theNewlineAddedAtEndOfFileIsZeroWidth() {
    String code = "if x:\n    y = 1";
    List<Token> all = lex(code).all();
    Token eof = all.get(all.size() - 1);
    Token dedent = all.get(all.size() - 2);
    Token newline = all.get(all.size() - 3);
    assertEquals(PythonLexer.NEWLINE, newline.getType());
    assertEquals("", newline.getText());
    assertEquals(code.length(), newline.getStartIndex());
    assertEquals(code.length() - 1, newline.getStopIndex());
    assertEquals(PythonLexer.DEDENT, dedent.getType());
    assertEquals(code.length(), dedent.getStartIndex());
    assertEquals(Token.EOF, eof.getType());
    assertEquals(code.length(), eof.getStartIndex());
  }

  @Test
  void blankAndCommentLinesGiveHiddenNlTokens() {
    String code = "if x:\n\n    # c\n  \n    y\n";
    List<Token> all = lex(code).all();
    List<Token> nl = all.stream().filter(t -> t.getType() == PythonLexer.NL).toList();
    assertEquals(3, nl.size(), () -> types(all));
    for (Token token : nl) {
      assertEquals(Token.HIDDEN_CHANNEL, token.getChannel());
      assertEquals("\n", token.getText());
    }
    assertEquals(
        2, all.stream().filter(t -> t.getType() == PythonLexer.NEWLINE).count(), types(all));
  }

  @Test
  void newlinesInBracketsAreHiddenNlTokens() {
    String code = "x = (1,\r\n     2,\r     3)\n";
    List<Token> nl = lex(code).all().stream().filter(t -> t.getType() == PythonLexer.NL).toList();
    assertEquals(List.of("\r\n", "\r"), nl.stream().map(Token::getText).toList());
    for (Token token : nl) {
      assertEquals(Token.HIDDEN_CHANNEL, token.getChannel());
    }
  }

  @Test
  void whitespaceCommentsContinuationsAndBomAreHidden() {
    String code = "\ufeffx = 1 + \\\n  2  # two\n";
    List<Token> hidden =
        lex(code).all().stream().filter(t -> t.getChannel() == Token.HIDDEN_CHANNEL).toList();
    assertEquals("BOM WS WS WS WS LINE_JOIN WS WS COMMENT", types(hidden));
  }

  // ---- helpers ----

  record Lexed(List<Token> all, PythonLexer lexer) {
    List<Token> visible() {
      return all.stream()
          .filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF)
          .toList();
    }

    Object error() {
      return lexer.error();
    }
  }

  private static Lexed lex(String code) {
    PythonLexer lexer = new PythonLexer(CharStreams.fromString(code));
    lexer.removeErrorListeners();
    CommonTokenStream stream = new CommonTokenStream(lexer);
    stream.fill();
    return new Lexed(new ArrayList<>(stream.getTokens()), lexer);
  }

  private static String name(Token token) {
    return token.getType() == Token.EOF
        ? "EOF"
        : PythonLexer.VOCABULARY.getSymbolicName(token.getType());
  }

  private static String types(List<Token> tokens) {
    return tokens.stream().map(LexerTokensTest::name).collect(Collectors.joining(" "));
  }

  private static String typesAndTexts(List<Token> tokens) {
    return tokens.stream()
        .map(t -> name(t) + "[" + t.getText() + "]")
        .collect(Collectors.joining(" "));
  }

  private static String describe(Token token) {
    return name(token)
        + "["
        + token.getText()
        + "]@"
        + token.getStartIndex()
        + ".."
        + token.getStopIndex()
        + " line "
        + token.getLine()
        + ":"
        + token.getCharPositionInLine();
  }

  private static Token only(List<Token> tokens, int type) {
    List<Token> found = tokens.stream().filter(t -> t.getType() == type).toList();
    assertEquals(1, found.size(), () -> types(tokens));
    return found.get(0);
  }
}
