package dev.asyncwright.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A type as an annotation spells it, its names qualified where the annotation stands: {@code
 * aiohttp.client_reqrep.ClientResponse}, {@code typing.Awaitable[T]}, {@code
 * _BaseRequestContextManager[ClientWebSocketResponse[bool]]}. {@code Optional[X]}, {@code Union[X,
 * None]} and {@code X | None} read as {@code X} (a rule asks what a value is when it is there); any
 * other union, a literal's values, or a name that cannot be qualified read as {@link Unreadable},
 * which no question about a type gets past.
 */
public sealed interface TypeExpression {

  /** What nothing can be told of. */
  Unreadable UNREADABLE = new Unreadable();

  /**
   * A class, a typing form or a type variable (told apart by the index), with its arguments; {@code
   * Callable[[A, B], R]}'s parameter list is a {@code Named} with the empty name.
   */
  record Named(String name, List<TypeExpression> arguments) implements TypeExpression {

    public Named {
      arguments = List.copyOf(arguments);
    }

    public static Named of(String name) {
      return new Named(name, List.of());
    }

    /** The argument at an index, unreadable when there is none. */
    public TypeExpression argument(int index) {
      return index >= 0 && index < arguments.size() ? arguments.get(index) : UNREADABLE;
    }
  }

  /** What cannot be read. */
  record Unreadable() implements TypeExpression {}

  /**
   * What calling a function gives, where the code shows it rather than an annotation: {@code def
   * new_loop(self): return asyncio.new_event_loop()}, {@code self.loop = self.new_loop()}. {@code
   * receiver} names the class whose method {@code callee} is (looked up along its bases), or is
   * null for a qualified function or class.
   */
  record CallResult(String callee, String receiver) implements TypeExpression {}

  /** The named type this is, if it is one. */
  default Optional<Named> named() {
    return this instanceof Named named ? Optional.of(named) : Optional.empty();
  }

  /**
   * Reads an annotation's text (as the tokens spell it; a string holds a forward reference and is
   * read too), qualifying each dotted name's head with {@code qualify} (empty: unknown).
   */
  static TypeExpression parse(String text, Function<String, Optional<String>> qualify) {
    Reader reader = new Reader(text, qualify);
    TypeExpression read = reader.union(0);
    return reader.atEnd() ? read : UNREADABLE;
  }

  /** A recursive-descent reader of the few forms annotations take. */
  final class Reader {
    private static final int MAX_DEPTH = 20;
    private final String text;
    private final Function<String, Optional<String>> qualify;
    private int at;

    Reader(String text, Function<String, Optional<String>> qualify) {
      this.text = text;
      this.qualify = qualify;
    }

    boolean atEnd() {
      skipSpace();
      return at == text.length();
    }

    /** {@code X | None | ...}: the one type other than None, else unreadable. */
    TypeExpression union(int depth) {
      List<TypeExpression> members = new ArrayList<>();
      members.add(atom(depth));
      while (take('|')) {
        members.add(atom(depth));
      }
      return withoutNone(members);
    }

    private TypeExpression atom(int depth) {
      skipSpace();
      if (depth > MAX_DEPTH || at >= text.length()) {
        return fail();
      }
      char first = text.charAt(at);
      if (first == '"' || first == '\'') {
        return quoted(first, depth);
      }
      if (first == '[') {
        at++;
        List<TypeExpression> items = arguments(depth);
        return take(']') ? new Named("", items) : fail();
      }
      if (text.startsWith("...", at)) {
        at += 3;
        return Named.of("builtins.Ellipsis");
      }
      if (!Character.isJavaIdentifierStart(first)) {
        return fail();
      }
      int start = at;
      while (at < text.length()
          && (Character.isJavaIdentifierPart(text.charAt(at)) || text.charAt(at) == '.')) {
        at++;
      }
      String dotted = text.substring(start, at);
      int dot = dotted.indexOf('.');
      String head = dot < 0 ? dotted : dotted.substring(0, dot);
      Optional<String> qualified = dotted.endsWith(".") ? Optional.empty() : qualify.apply(head);
      String name = qualified.map(q -> q + (dot < 0 ? "" : dotted.substring(dot))).orElse(null);
      List<TypeExpression> items = List.of();
      if (take('[')) {
        if (name != null
            && (name.equals("typing.Literal") || name.equals("typing_extensions.Literal"))) {
          return skipTo(']') ? Named.of(name) : fail();
        }
        items = arguments(depth);
        if (!take(']')) {
          return fail();
        }
      }
      if (name == null) {
        return UNREADABLE;
      }
      if (isOptional(name) && items.size() == 1) {
        return items.get(0);
      }
      if (isUnion(name)) {
        return withoutNone(items);
      }
      return new Named(name, items);
    }

    private List<TypeExpression> arguments(int depth) {
      List<TypeExpression> items = new ArrayList<>();
      skipSpace();
      if (at < text.length() && text.charAt(at) == ']') {
        return items;
      }
      items.add(union(depth + 1));
      while (take(',')) {
        skipSpace();
        if (at < text.length() && text.charAt(at) == ']') {
          break; // a trailing comma
        }
        items.add(union(depth + 1));
      }
      return items;
    }

    /** A string: a forward reference, read as code (plain quotes only, no escapes). */
    private TypeExpression quoted(char quote, int depth) {
      int end = text.indexOf(quote, at + 1);
      if (end < 0) {
        return fail();
      }
      String inner = text.substring(at + 1, end);
      at = end + 1;
      if (inner.indexOf('\\') >= 0) {
        return UNREADABLE;
      }
      Reader reader = new Reader(inner, qualify);
      TypeExpression read = reader.union(depth + 1);
      return reader.atEnd() ? read : UNREADABLE;
    }

    private static TypeExpression withoutNone(List<TypeExpression> members) {
      if (members.size() == 1) {
        return members.get(0); // None alone is None
      }
      List<TypeExpression> rest =
          members.stream()
              .filter(member -> !(member instanceof Named named && isNone(named.name())))
              .toList();
      return rest.size() == 1 ? rest.get(0) : UNREADABLE;
    }

    private static boolean isNone(String name) {
      return name.equals("builtins.None") || name.equals("None");
    }

    private static boolean isOptional(String name) {
      return name.equals("typing.Optional") || name.equals("typing_extensions.Optional");
    }

    private static boolean isUnion(String name) {
      return name.equals("typing.Union") || name.equals("typing_extensions.Union");
    }

    private boolean skipTo(char close) {
      int nesting = 0;
      while (at < text.length()) {
        char c = text.charAt(at++);
        if (c == '"' || c == '\'') {
          int end = text.indexOf(c, at);
          if (end < 0) {
            return false;
          }
          at = end + 1; // a literal string: its brackets are not the annotation's
        } else if (c == '[') {
          nesting++;
        } else if (c == close && nesting-- == 0) {
          return true;
        }
      }
      return false;
    }

    private boolean take(char c) {
      skipSpace();
      if (at < text.length() && text.charAt(at) == c) {
        at++;
        return true;
      }
      return false;
    }

    private void skipSpace() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    private TypeExpression fail() {
      at = text.length() + 1; // never at the end again: the whole reading is unreadable
      return UNREADABLE;
    }
  }
}
