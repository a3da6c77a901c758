package dev.asyncwright.rules;

/**
 * A rule's documentation, in the sections every rule has: what it finds, why that is a problem, an
 * example, what to use instead, how safe the fix is, and the Python it needs.
 */
public record RuleDoc(
    String summary,
    String why,
    String example,
    String useInstead,
    String fixSafety,
    String pythonVersion) {}
