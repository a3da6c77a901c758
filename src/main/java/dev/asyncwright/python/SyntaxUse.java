package dev.asyncwright.python;

/**
 * Where a file uses version-gated syntax: the code point range of the token that shows it (the
 * {@code t} of a t-string, the {@code :=}, the {@code lazy}).
 */
public record SyntaxUse(SyntaxFeature feature, int start, int end) {}
