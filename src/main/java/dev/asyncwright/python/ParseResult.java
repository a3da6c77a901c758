package dev.asyncwright.python;

/** What parsing one file gives: a module, or the reason it is not valid Python. */
public sealed interface ParseResult permits ParsedModule, SyntaxError {}
