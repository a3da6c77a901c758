package dev.asyncwright.rules.syntax;

import dev.asyncwright.python.ParsedModule;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.SyntaxUse;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * AW002: syntax the target Python cannot parse. The parser accepts the newest Python's syntax, so
 * that a file written for 3.14 gets every other rule's findings too; this rule then says, at each
 * use, which feature needs which version, where an older parser would only have said "syntax error"
 * and stopped.
 */
public final class NewerSyntax implements Rule {

  @Override
  public String code() {
    return "AW002";
  }

  @Override
  public String name() {
    return "newer-syntax";
  }

  @Override
  public String fixSummary() {
    return "advice only (the older spelling, or a newer target)";
  }

  @Override
  public String finds() {
    return "syntax newer than the target Python (a t-string on a 3.11 target)";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "Syntax that the project's target Python (`--target-version`, or what `requires-python`"
            + " declares) cannot parse, at each use, naming the feature and the version that"
            + " introduced it. The features: parenthesized context managers and any expression as"
            + " a decorator (3.9); `match` and unparenthesized assignment expressions in indexes"
            + " and sets (3.10); `except*`, starred expressions in subscripts and `*args`"
            + " annotations (3.11); PEP 695 type parameter lists and `type` statements, and PEP 701"
            + " f-strings (their own quotes, backslashes, comments or line breaks in a replacement"
            + " field) (3.12); PEP 696 type parameter defaults (3.13); t-strings and `except A, B:`"
            + " without parentheses (3.14); lazy imports and unpacking in comprehensions (`[*x for"
            + " x in xs]`) (3.15). Assignment expressions and positional-only parameters (3.8) are"
            + " known too, though every target (py38 on) parses them.",
        "On the Python the project says it supports, the whole file is a syntax error: it cannot"
            + " be imported at all, however rarely the new syntax runs (code under `if"
            + " sys.version_info >= (3, 14):` is parsed on every version). The rest of the file is"
            + " still checked by every other rule.",
        "def parse(text):\n"
            + "    try:\n"
            + "        return int(text)\n"
            + "    except ValueError, TypeError:\n"
            + "        return None",
        "def parse(text):\n"
            + "    try:\n"
            + "        return int(text)\n"
            + "    except (ValueError, TypeError):\n"
            + "        return None\n"
            + "\n"
            + "# or raise the target, when the project no longer supports the older Python:\n"
            + "# requires-python = \">=3.14\" in pyproject.toml",
        "Advice only: only the author knows whether to spell the code for the older Python"
            + " or to drop that Python from the supported ones.",
        "any: what the finding names is the Python the code needs.");
  }

  @Override
  public boolean appliesTo(ParsedModule module, PythonVersion target) {
    return module.syntaxUses().stream().anyMatch(use -> tooNew(use, target));
  }

  @Override
  public void check(RuleContext context) {
    PythonVersion target = context.target();
    // One token may show two features (`a[b := 1]`: a walrus, unparenthesized in an index):
    // the newest is the one to name.
    Map<Integer, SyntaxUse> newestAt = new LinkedHashMap<>();
    for (SyntaxUse use : context.model().module().syntaxUses()) {
      newestAt.merge(
          use.start(),
          use,
          (one, other) ->
              one.feature().introduced().compareTo(other.feature().introduced()) >= 0
                  ? one
                  : other);
    }
    for (SyntaxUse use : newestAt.values()) {
      if (tooNew(use, target)) {
        context.report(
            Finding.of(
                code(),
                use.feature().description()
                    + " need Python "
                    + use.feature().introduced()
                    + "; the target is "
                    + target,
                use.start(),
                use.end()));
      }
    }
  }

  private static boolean tooNew(SyntaxUse use, PythonVersion target) {
    return !target.atLeast(use.feature().introduced());
  }
}
