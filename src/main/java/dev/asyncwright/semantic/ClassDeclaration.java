package dev.asyncwright.semantic;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A class: its bases (null: one that cannot be named) and the same as types (with their arguments,
 * {@code Coroutine[Any, Any, T]}), the names its type parameters may have (each a type variable if
 * the index knows one of that name: {@code Generic[T]}'s, else those its bases' arguments name),
 * its members (true: bound by plain {@code async def}s only), the types its attributes are declared
 * with, and its properties.
 */
public record ClassDeclaration(
    List<String> bases,
    List<TypeExpression> baseTypes,
    List<String> parameters,
    Map<String, Boolean> members,
    Map<String, TypeExpression> attributes,
    Set<String> properties) {}
