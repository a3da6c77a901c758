package dev.asyncwright.python;

import static dev.asyncwright.python.Snippets.invalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.asyncwright.python.Snippets.Invalid;
import dev.asyncwright.testing.Pythons;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per syntax feature: valid snippets must parse and print back unchanged; invalid ones
 * must fail with the line, column and message given. The newest CPython on the machine (3.13 here)
 * checks that the cases themselves are right.
 */
class SyntaxFeaturesTest {

  private final ModuleParser parser = new ModuleParser();

  static Stream<Valid> validCases() {
    return VALID.stream();
  }

  static Stream<Invalid> invalidCases() {
    return INVALID.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validCases")
  void parsesAndPrintsBack(Valid snippet) {
    ParseResult result =
        parser.parse(SourceFile.ofText("<" + snippet.name() + ">", snippet.code()));
    ParsedModule module = assertInstanceOf(ParsedModule.class, result, () -> result.toString());
    assertEquals(snippet.code(), module.reprint());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCases")
  void reportsTheError(Invalid snippet) {
    Snippets.assertRefused(parser, snippet);
  }

  @Test
  void cpythonAgreesWithEveryCase() throws IOException {
    Optional<Pythons.Interpreter> python = Pythons.newest(13);
    assumeTrue(python.isPresent(), "needs Python 3.13 or newer");
    List<String> codes = new ArrayList<>();
    VALID.forEach(snippet -> codes.add(snippet.code()));
    INVALID.forEach(snippet -> codes.add(snippet.code()));
    List<String> lines = Snippets.verdicts(python.get(), codes);
    for (int i = 0; i < VALID.size(); i++) {
      assertEquals("ok", lines.get(i), "CPython rejects valid case " + VALID.get(i).name());
    }
    for (int i = 0; i < INVALID.size(); i++) {
      assertEquals(
          "error",
          lines.get(VALID.size() + i),
          "CPython accepts invalid case " + INVALID.get(i).name());
    }
  }

  record Valid(String name, String code) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Valid valid(String name, String code) {
    return new Valid(name, code);
  }

  static final List<Valid> VALID =
      List.of(
          valid("empty file", ""),
          valid("comment only, no newline", "# just a comment"),
          valid("blank lines and comments", "\n\n# a\n   # indented comment\n\nx = 1\n"),
          valid("no final newline", "if x:\n    y = 1"),
          valid("nested blocks dedent at end of file", "def f():\n    if x:\n        return 1"),
          valid("CRLF newlines", "if x:\r\n    y = 1\r\nz = 2\r\n"),
          valid("CR newlines", "if x:\r    y = 1\rz = 2\r"),
          valid("tabs", "if x:\n\tif y:\n\t\tpass\n\tz = 1\n"),
          valid("tab block and space block", "if a:\n\tpass\nif b:\n    pass\n"),
          valid("tab then spaces consistent", "if a:\n\tif b:\n\t    pass\n"),
          valid("form feed before a line", "x = 1\n\f\nif x:\n    pass\n"),
          valid("form feed resets the indentation column", "if x:\n  \f    pass\n"),
          valid("backslash continuation", "x = 1 + \\\n    2\nif a and \\\n   b:\n    pass\n"),
          valid("implicit line joining", "x = (1 +\n  2)\ny = [\n  1,\n# c\n  2,\n]\n"),
          valid("comment after colon", "if x:  # why\n    pass\n"),
          valid("one-line suites", "if x: pass\nwhile y: break\nfor a in b: continue\n"),
          valid("semicolons", "a = 1; b = 2;\n"),
          valid("dedent to outer level", "if a:\n    if b:\n        c\nd\n"),
          valid(
              "string prefixes",
              "a = r'x' u'y' R\"z\" U'w'\nb = b'v' B\"u\" br't' rb's' Br'r' rB'q' bR'p'\n"),
          valid("long strings", "s = '''a\n'b'\n''' + \"\"\"c \"\" \"\"\"\n"),
          valid("escapes", "s = 'it\\'s' + \"q\\\"\" + '\\\\'\n"),
          valid("backslash newline in strings", "s = 'a\\\nb'\nt = b'a\\\nb'\n"),
          valid("raw string backslash quote", "s = r'\\'' + r\"\\\\\"\n"),
          valid("bytes with escapes", "b = b'\\xff\\x00'\n"),
          valid("implicit concatenation", "s = ('a'\n     'b' f'{c}' \"d\")\n"),
          valid("f-string basics", "s = f'{a} and {b!r} and {c:>10}'\n"),
          valid("f-string doubled braces", "s = f'{{literal}} {x}'\n"),
          valid("f-string nested same quotes", "s = f\"{\"a\"} {d[\"key\"]}\"\n"),
          valid("f-string nested f-string", "s = f\"{f'{x}'} {f\"{f'{y}'}\"}\"\n"),
          valid("f-string format spec with fields", "s = f'{x:{width}.{precision}f}'\n"),
          valid("f-string conversion and spec", "s = f'{x!r:^{w}}'\n"),
          valid("f-string self-documenting", "s = f'{x=} {x = } {x=!r:>10}'\n"),
          valid("f-string colon equals is a spec", "s = f'{x:=10}'\n"),
          valid("f-string walrus in parentheses", "s = f'{(x:=10)}'\n"),
          valid("f-string conditional", "s = f\"{'a' if x else 'b'}\"\n"),
          valid("f-string dict and slice", "s = f'{ {\"a\": 1}[\"a\"] } {a[1:2]}'\n"),
          valid("f-string not equal", "s = f'{a!=b}'\n"),
          valid("f-string named escape", "s = f'\\N{BULLET} {x}'\n"),
          valid("raw f-string braces after backslash", "s = rf'\\{x}' + fr'\\d{y}'\n"),
          valid(
              "f-string multi-line field with comment",
              "s = f'''{\n    x  # a comment\n    + 1\n}'''\n"),
          valid("f-string backslash in field", "s = f\"{'\\n'.join(a)}\"\n"),
          valid("f-string empty format spec", "s = f'{x:}'\n"),
          valid("f-string spec with literal text", "s = f'{now:%Y-%m-%d %H:%M}'\n"),
          valid("f-string in triple quotes", "s = f'''a {x}\nb \"{y}\" c'''\n"),
          valid("f-string lambda in parentheses", "s = f'{(lambda: 1)()}'\n"),
          valid("f-string yield", "def g():\n    s = f'{yield}'\n"),
          valid("f-string prefixes", "s = F'{a}' + Rf'{b}' + fR'{c}' + rF'{d}'\n"),
          valid("match as a call", "match(x)\n"),
          valid("match as a name", "match = re.match(p, s)\nmatch.group(1)\n"),
          valid("match subscript statement", "match[a].b = 1\n"),
          valid("match statement with list subject", "match [a].b:\n    case 1:\n        pass\n"),
          valid(
              "match statement patterns",
              "match command.split():\n"
                  + "    case [action]:\n"
                  + "        pass\n"
                  + "    case [a, *_]:\n"
                  + "        pass\n"
                  + "    case Point(x=0, y=_) | Point(0, 0) as p:\n"
                  + "        pass\n"
                  + "    case {'a': 1, 'b': [c, d], **rest}:\n"
                  + "        pass\n"
                  + "    case Color.RED | -1 | 1.5 | -1+2j | 'text' | None | True:\n"
                  + "        pass\n"
                  + "    case (1 | 2) if guard(x):\n"
                  + "        pass\n"
                  + "    case (a, b, *others):\n"
                  + "        pass\n"
                  + "    case _:\n"
                  + "        pass\n"),
          valid("match tuple subject", "match a, b:\n    case x, y:\n        pass\n"),
          valid("case and _ as names", "case = 1\n_ = case\nprint(_)\n"),
          valid("type as a call", "type(1)\nt = type\n"),
          valid("type as a name", "type = 5\n"),
          valid("type alias", "type X[T] = list[T]\ntype Y = int\n"),
          valid("type parameter defaults", "type A[T = int, *Ts = *tuple[int], **P = [int]] = T\n"),
          valid(
              "generic function and class",
              "def f[T: int, *Ts, **P](x: T) -> T:\n    return x\n"
                  + "class C[T: (int, str)](Base[T]):\n    pass\n"),
          valid("walrus in if", "if (n := len(a)) > 10:\n    pass\n"),
          valid("walrus in while", "while chunk := read():\n    pass\n"),
          valid("walrus in comprehension", "r = [y for x in a if (y := f(x))]\n"),
          valid("walrus as argument and index", "f(x := 1)\na[b := 2]\n"),
          valid(
              "decorators of any expression",
              "@buttons[0].clicked.connect\n@(lambda f: f)\ndef g():\n    pass\n"),
          valid("decorated class", "@dataclass(frozen=True)\nclass A:\n    x: int = 0\n"),
          valid("star in subscript", "a[*b]\nx: tuple[int, *Ts]\n"),
          valid("star annotation", "def f(*args: *Ts):\n    pass\n"),
          valid(
              "except star",
              "try:\n    pass\nexcept* ValueError as e:\n    pass\nexcept* (TypeError, KeyError):\n    pass\n"),
          valid(
              "try forms",
              "try:\n    a\nexcept E as e:\n    b\nexcept:\n    c\nelse:\n    d\nfinally:\n    e\n"
                  + "try:\n    a\nfinally:\n    b\n"),
          valid(
              "parenthesised context managers",
              "with (open(a) as f, open(b) as g,):\n    pass\n"
                  + "with (a, b):\n    pass\n"
                  + "with (a) as b, c:\n    pass\n"
                  + "with (a, b) as c:\n    pass\n"),
          valid(
              "async forms",
              "async def f():\n"
                  + "    await g()\n"
                  + "    async with a as b:\n        pass\n"
                  + "    async for x in y:\n        pass\n"
                  + "    r = [x async for x in aiter() if await x]\n"
                  + "    return await asyncio.gather(*[h(u) for u in us])\n"),
          valid("await binds tighter than power", "async def f():\n    return -await x ** 2\n"),
          valid("print chevron is Python 3", "print >>f, x\n"),
          valid("unicode identifiers", "café = 1\nλ = lambda: 0\n变量 = café\n"),
          valid(
              "numbers",
              "n = [1_000, 0x_FF, 0o17, 0b1010, 1e-10, 1.5j, .5, 1., 0777.5, 00, 0_0, 1E+3J, 0xdead_beef]\n"),
          valid(
              "parameters",
              "def f(a, /, b, *, c, **k):\n    pass\n"
                  + "def g(*, a=1, b: int = 2, **kw: str) -> None:\n    pass\n"
                  + "def h(a, b=1, /, c=2, *args, d, e=3, **kwargs):\n    pass\n"),
          valid("lambdas", "f = lambda: 0\ng = lambda *a, **k: 0\nh = lambda a, /, b, *, c=1: a\n"),
          valid(
              "simple statements",
              "global a, b\nnonlocal_ = 1\ndel a, b[0], c.d\nassert x, 'msg'\nraise E from e\n"
                  + "raise\npass\n"),
          valid("nonlocal", "def f():\n    x = 1\n    def g():\n        nonlocal x\n"),
          valid(
              "yield forms",
              "def g():\n    yield\n    yield 1, 2\n    x = yield\n    yield from h()\n"),
          valid("star expressions", "*a, b = c\na = *b, c\nfor x in *a, *b:\n    pass\n"),
          valid("return star", "def f():\n    return *a, b\n"),
          valid("slices", "a[1:2, ::3]\na[:, None]\na[...]\na[::]\na[x:y:z]\n"),
          valid(
              "dicts and sets",
              "d = {}\ns = {1}\nd = {**a, 'b': 1}\ns = {*a, *b}\nd = {k: v for k, v in x}\ns = {x for x in y}\n"),
          valid("generator argument", "f(x for x in y)\nsum(x for x in y if x)\n"),
          valid(
              "comparisons", "a < b <= c != d == e > f >= g\na not in b\na is not b\nnot a in b\n"),
          valid("conditional expressions", "x = a if b else c if d else e\n"),
          valid(
              "annotated assignments",
              "x: int\nx: int = 1\n(y): int = 1\na.b: int\na[0]: int = 1\n"),
          valid(
              "augmented assignments",
              "a += 1\na -= 1\na *= 1\na @= 1\na /= 1\na %= 1\na &= 1\na |= 1\na ^= 1\n"
                  + "a <<= 1\na >>= 1\na **= 1\na //= 1\n"),
          valid("chained assignment", "a = b = c = 1\n"),
          valid(
              "imports",
              "import a.b.c as d, e\nfrom . import a\nfrom ...pkg import (a as b, c,)\n"
                  + "from .mod import *\nfrom __future__ import annotations\nfrom .. import x\n"),
          valid(
              "class arguments",
              "class A(B, metaclass=M, **kw):\n    pass\nclass C():\n    pass\n"),
          valid("ellipsis", "def f(): ...\nx = ...\n"),
          valid(
              "operators", "x = -a ** -b * c // d % e @ f + g - h << i >> j & k ^ l | m\ny = ~a\n"),
          valid("keywords as attributes", "a.match\na.type\na.case\na._\n"),
          valid("bom", "\uFEFFx = 1\n"),
          valid("comment in brackets", "f(a,  # first\n  b)\n"),
          valid("keyword arguments", "f(a, b=1, *c, d=2, **e)\n"),
          valid(
              "for else and while else",
              "for a in b:\n    pass\nelse:\n    pass\nwhile a:\n    pass\nelse:\n    pass\n"),
          valid("if elif else", "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n"),
          valid(
              "nested functions and classes",
              "class A:\n    def f(self):\n        class B:\n            def g(self):\n                return 1\n        return B\n"),
          valid("200 nested parentheses", "x = " + "(".repeat(200) + "1" + ")".repeat(200) + "\n"),
          valid(
              "lazy is a name",
              "lazy = 1\nlazy.attr\ndef lazy(): pass\nlazy(1)\nimport lazy\n"
                  + "from lazy import lazy as lazy\nlazy [0]\n"),
          valid("starred match subject with a comma", "match *x,:\n    case 1: pass\n"),
          valid("generator argument with a walrus", "call(x := 1 for i in y)\n"),
          valid(
              "character names, aliases, any case, raw and bytes",
              "x = '\\N{LF}\\N{nbsp}\\N{latin small letter a}\\N{CJK UNIFIED IDEOGRAPH-4E00}'\n"
                  + "y = f'\\N{BULLET}{x}' + rf'\\N{x}' + r'\\N{INVALID}' + '\\\\N{INVALID}'\n"),
          valid("starred yield tuple", "def f():\n    yield *x, y\n"),
          valid("starred call argument with or", "print(*a or b)\n"),
          valid(
              "except with a parenthesized tuple and as",
              "try:\n    pass\nexcept (A, B) as e:\n    pass\n"));

  static final List<Invalid> INVALID =
      List.of(
          invalid(
              "print statement", "print \"x\"\n", 1, 7, "Missing parentheses in call to 'print'"),
          invalid(
              "octal without prefix",
              "x = 0777\n",
              1,
              6,
              "leading zeros in decimal integer literals"),
          invalid("letters after a number", "x = 12abc\n", 1, 7, "invalid decimal literal"),
          invalid("diamond operator", "a <> b\n", 1, 4, "invalid syntax"),
          invalid("backticks", "x = `a`\n", 1, 5, "backticks"),
          invalid("ur prefix", "s = ur'x'\n", 1, 7, "invalid syntax"),
          invalid(
              "inconsistent dedent",
              "if x:\n    a\n  b\n",
              3,
              3,
              "unindent does not match any outer indentation level"),
          invalid(
              "tab and spaces inconsistent",
              "if x:\n        a\n\tb\n",
              3,
              2,
              "inconsistent use of tabs and spaces"),
          invalid("unexpected indent", "x = 1\n    y = 2\n", 2, 5, "unexpected indent"),
          invalid("indented first line", "  x = 1\n", 1, 3, "unexpected indent"),
          invalid("expected indented block", "if x:\npass\n", 2, 1, "expected an indented block"),
          invalid("unterminated string", "s = 'abc\n", 1, 5, "unterminated string literal"),
          invalid(
              "unterminated triple-quoted string",
              "s = '''abc\n\n",
              1,
              5,
              "unterminated triple-quoted string literal"),
          invalid("unclosed parenthesis", "f(1,\n", 1, 2, "'(' was never closed"),
          invalid("walrus statement", "x := 1\n", 1, 3, "invalid syntax"),
          invalid("bad parameter", "def f(:\n    pass\n", 1, 7, "expected ')'"),
          invalid("null byte", "x = 1\ny = '\0'\n", 2, 6, "null bytes"),
          invalid("single closing brace in f-string", "s = f'}'\n", 1, 7, "single '}'"),
          invalid("unterminated f-string", "s = f'{x}\n", 1, 10, "unterminated f-string"),
          invalid("incomplete expression", "x = 1 +\n", 1, 8, "invalid syntax"),
          invalid("non-ASCII bytes", "b = b'\u00e9'\n", 1, 5, "bytes can only contain ASCII"),
          invalid("else alone", "else:\n    pass\n", 1, 1, "invalid syntax"),
          invalid("double equals sign", "a = = 1\n", 1, 5, "invalid syntax"),
          invalid("missing colon", "if x\n    pass\n", 1, 5, "expected ':'"),
          invalid("invalid character", "a = 1 $ 2\n", 1, 7, "invalid character '$'"),
          invalid("continuation then text", "x = 1 \\ 2\n", 1, 7, "after line continuation"),
          invalid(
              "too many nested parentheses",
              "x = " + "(".repeat(201) + "1" + ")".repeat(201) + "\n",
              1,
              205,
              "too many nested parentheses"),
          invalid("f() = 1", "f() = 1\n", 1, 1, "cannot assign to function call"),
          invalid("a + 1 = 2", "a + 1 = 2\n", 1, 1, "cannot assign to expression"),
          invalid("1 = x", "1 = x\n", 1, 1, "cannot assign to literal"),
          invalid("(a, f()) = 1", "(a, f()) = 1\n", 1, 5, "cannot assign to function call"),
          invalid("del f()", "del f()\n", 1, 5, "cannot delete function call"),
          invalid(
              "for f() in x: pass", "for f() in x: pass\n", 1, 5, "cannot assign to function call"),
          invalid(
              "with a as f(): pass",
              "with a as f(): pass\n",
              1,
              11,
              "cannot assign to function call"),
          invalid(
              "a, b += 1",
              "a, b += 1\n",
              1,
              1,
              "'tuple' is an illegal expression for augmented assignment"),
          invalid(
              "a, b: int", "a, b: int\n", 1, 1, "only single target (not tuple) can be annotated"),
          invalid(
              "x = yield = 1",
              "x = yield = 1\n",
              1,
              5,
              "assignment to yield expression not possible"),
          invalid("True = 1", "True = 1\n", 1, 1, "cannot assign to True"),
          invalid("b'a' 'b'", "b'a' 'b'\n", 1, 6, "cannot mix bytes and nonbytes literals"),
          invalid("f'a' b'b'", "f'a' b'b'\n", 1, 6, "cannot mix bytes and nonbytes literals"),
          invalid("f(a=1, b)", "f(a=1, b)\n", 1, 8, "positional argument follows keyword argument"),
          invalid(
              "f(**k, *a)",
              "f(**k, *a)\n",
              1,
              8,
              "iterable argument unpacking follows keyword argument unpacking"),
          invalid(
              "f(**k, a)",
              "f(**k, a)\n",
              1,
              8,
              "positional argument follows keyword argument unpacking"),
          invalid(
              "f(x for x in y, 1)",
              "f(x for x in y, 1)\n",
              1,
              3,
              "Generator expression must be parenthesized"),
          invalid(
              "f(1, x for x in y)",
              "f(1, x for x in y)\n",
              1,
              6,
              "Generator expression must be parenthesized"),
          invalid(
              "class A(x for x in y): pass",
              "class A(x for x in y): pass\n",
              1,
              9,
              "invalid syntax"),
          invalid(
              "def f(a=1, b): pass",
              "def f(a=1, b): pass\n",
              1,
              12,
              "parameter without a default follows parameter with a default"),
          invalid(
              "def f(*, **k): pass",
              "def f(*, **k): pass\n",
              1,
              7,
              "named arguments must follow bare *"),
          invalid("def f(*): pass", "def f(*): pass\n", 1, 7, "named arguments must follow bare *"),
          invalid(
              "def f(**k, a): pass",
              "def f(**k, a): pass\n",
              1,
              12,
              "arguments cannot follow var-keyword argument"),
          invalid(
              "def f(*a, *b): pass",
              "def f(*a, *b): pass\n",
              1,
              11,
              "* argument may appear only once"),
          invalid(
              "def f(/, a): pass",
              "def f(/, a): pass\n",
              1,
              7,
              "at least one argument must precede /"),
          invalid(
              "def f(a, /, /): pass", "def f(a, /, /): pass\n", 1, 13, "/ may appear only once"),
          invalid("def f(*a, /): pass", "def f(*a, /): pass\n", 1, 11, "/ must be ahead of *"),
          invalid(
              "lambda a=1, b: 0",
              "lambda a=1, b: 0\n",
              1,
              13,
              "parameter without a default follows parameter with a default"),
          invalid("lambda *: 0", "lambda *: 0\n", 1, 8, "named arguments must follow bare *"),
          invalid("del *a", "del *a\n", 1, 5, "invalid syntax"),
          invalid("f() += 1", "f() += 1\n", 1, 1, "illegal expression for augmented assignment"),
          invalid(
              "[a, b] += 1", "[a, b] += 1\n", 1, 1, "illegal expression for augmented assignment"),
          invalid("[x for f() in y]", "[x for f() in y]\n", 1, 8, "cannot assign to function call"),
          invalid("a = b = f() = 1", "a = b = f() = 1\n", 1, 9, "cannot assign to function call"),
          invalid("(yield) = 1", "(yield) = 1\n", 1, 1, "cannot assign to yield expression"),
          invalid("await x = 1", "await x = 1\n", 1, 1, "cannot assign to await expression"),
          invalid("{a := 1: 2}", "{a := 1: 2}\n", 1, 8, "invalid syntax"),
          invalid("a[b:=1:2]", "a[b:=1:2]\n", 1, 7, "expected ']'"),
          invalid("(a := 1) = 2", "(a := 1) = 2\n", 1, 2, "cannot assign to named expression"),
          invalid(
              "x = a if b else c = 1",
              "x = a if b else c = 1\n",
              1,
              5,
              "cannot assign to conditional expression"),
          invalid("lambda: 0 = 1", "lambda: 0 = 1\n", 1, 1, "cannot assign to lambda"),
          invalid("... = 1", "... = 1\n", 1, 1, "cannot assign to ellipsis"),
          invalid("f'{a}' = 1", "f'{a}' = 1\n", 1, 1, "cannot assign to f-string expression"),
          invalid("x: int, y: int = 1, 2", "x: int, y: int = 1, 2\n", 1, 7, "invalid syntax"),
          invalid("not as an operand of plus", "x = a + not b\n", 1, 9, "invalid syntax"),
          invalid("not after unary minus", "x = -not b\n", 1, 6, "invalid syntax"),
          invalid("not after comparison", "x = a == not b\n", 1, 10, "invalid syntax"),
          invalid("byte-order mark inside", "x = 1\n\uFEFFy = 2\n", 2, 1, "U+FEFF"),
          invalid(
              "unknown conversion character",
              "f\"{x!z}\"\n",
              1,
              6,
              "f-string: invalid conversion character 'z': expected 's', 'r', or 'a'"),
          invalid(
              "space after the conversion's !",
              "f\"{x! r}\"\n",
              1,
              5,
              "f-string: conversion type must come right after the exclamanation mark"),
          invalid(
              "_ as the target of an as-pattern",
              "match x:\n    case 1 as _: pass\n",
              2,
              15,
              "cannot use '_' as a target"),
          invalid(
              "_ as a double-star pattern",
              "match x:\n    case {**_}: pass\n",
              2,
              13,
              "invalid syntax"),
          invalid(
              "starred match subject alone",
              "match *x:\n    case 1: pass\n",
              1,
              9,
              "invalid syntax"),
          invalid(
              "starred yield in parentheses",
              "def f(): yield (*x)\n",
              1,
              17,
              "cannot use starred expression here"),
          invalid(
              "starred and in a yield", "def f(): yield *x and y, z\n", 1, 19, "invalid syntax"),
          invalid(
              "empty field",
              "x = f\"a{}b\"\n",
              1,
              9,
              "f-string: valid expression required before '}'"),
          invalid(
              "field without expression",
              "f'{=x}'\n",
              1,
              4,
              "f-string: valid expression required before '='"),
          invalid(
              "empty field in a format spec",
              "f'{x:{}}'\n",
              1,
              7,
              "f-string: valid expression required before '}'"),
          invalid(
              "lambda in a field",
              "f'{ lambda x, y: x}'\n",
              1,
              5,
              "f-string: lambda expressions are not allowed without parentheses"),
          invalid(
              "except types and as without parentheses",
              "try:\n    pass\nexcept A, B as e:\n    pass\n",
              3,
              8,
              "multiple exception types must be parenthesized"),
          invalid("field left open at the quote", "x = f\"{a\"\n", 1, 9, "f-string: expecting '}'"),
          invalid(
              "conversion left open at the quote", "f'{a!r'\n", 1, 6, "f-string: expecting '}'"),
          invalid(
              "unknown character name",
              "x = 'a\u00e9\\N{INVALID}'\n",
              1,
              5,
              "(unicode error) 'unicodeescape' codec can't decode bytes in position 11-21:"
                  + " unknown Unicode character name"),
          invalid(
              "unknown character name in an f-string",
              "x = f\"{y}a\\N{INVALID}\"\n",
              1,
              22,
              "can't decode bytes in position 1-11: unknown Unicode character name"),
          invalid(
              "empty character name",
              "x = '\\N{}'\n",
              1,
              5,
              "can't decode bytes in position 0-2: malformed \\N character escape"),
          invalid(
              "unclosed character name in an f-string",
              "x = f'a\\N{abc'\n",
              1,
              14,
              "can't decode bytes in position 1-6: malformed \\N character escape"),
          invalid(
              "starred alone in parentheses",
              "(*x)\n",
              1,
              2,
              "cannot use starred expression here"));
}
