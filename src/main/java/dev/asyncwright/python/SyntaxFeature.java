package dev.asyncwright.python;

/**
 * Syntax that only newer Pythons parse, from 3.8 on: the parser accepts all of it and records where
 * a file uses it, so that a file written for a newer Python than its project targets gets one
 * finding per use that names the feature and its version, rather than a bare syntax error.
 */
public enum SyntaxFeature {
  WALRUS("assignment expressions (`:=`)", 8),
  POSITIONAL_ONLY_PARAMETERS("positional-only parameters (`/`)", 8),
  // Grammar changes of 3.9 (PEG parser) let it parse them; 3.10 documents them.
  PARENTHESIZED_CONTEXT_MANAGERS("parenthesized context managers", 9),
  DECORATOR_EXPRESSIONS("decorators other than a dotted name and one call (PEP 614)", 9),
  WALRUS_IN_INDEX_OR_SET("unparenthesized assignment expressions in indexes and sets", 10),
  MATCH_STATEMENT("`match` statements", 10),
  EXCEPT_STAR("`except*` clauses", 11),
  STARRED_SUBSCRIPT("starred expressions in subscripts (PEP 646)", 11),
  STARRED_ARGS_ANNOTATION("starred annotations of `*args` (PEP 646)", 11),
  TYPE_PARAMETERS("type parameter lists (PEP 695)", 12),
  TYPE_STATEMENT("`type` statements", 12),
  FSTRING_SAME_QUOTES("f-strings nesting their own quotes (PEP 701)", 12),
  FSTRING_BACKSLASH("backslashes in f-string expressions (PEP 701)", 12),
  FSTRING_COMMENT("comments in f-string expressions (PEP 701)", 12),
  FSTRING_LINE_BREAK("line breaks in single-quoted f-string expressions (PEP 701)", 12),
  TYPE_PARAMETER_DEFAULTS("type parameter defaults (PEP 696)", 13),
  TSTRING("t-strings", 14),
  EXCEPT_WITHOUT_PARENTHESES("several exception types without parentheses (PEP 758)", 14),
  LAZY_IMPORT("lazy imports (PEP 810)", 15),
  UNPACKING_IN_COMPREHENSION("unpacking in comprehensions (PEP 798)", 15);

  private final String description;
  private final PythonVersion introduced;

  SyntaxFeature(String description, int minor) {
    this.description = description;
    this.introduced = new PythonVersion(minor);
  }

  /** A plural noun phrase: "t-strings". */
  public String description() {
    return description;
  }

  /** The first Python that parses it. */
  public PythonVersion introduced() {
    return introduced;
  }
}
