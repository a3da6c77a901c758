package dev.asyncwright.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncwright.semantic.TypeExpression.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Annotations read as a type checker reads them, names qualified by the module's imports. */
class TypeExpressionTest {

  private static final Map<String, String> IMPORTS =
      Map.of(
          "Optional", "typing.Optional",
          "Union", "typing.Union",
          "Literal", "typing.Literal",
          "Callable", "typing.Callable",
          "Awaitable", "typing.Awaitable",
          "web", "aiohttp.web",
          "Response", "pkg.Response",
          "None", "builtins.None",
          "str", "builtins.str");

  private static TypeExpression read(String text) {
    return TypeExpression.parse(text, head -> Optional.ofNullable(IMPORTS.get(head)));
  }

  private static Named named(String name, TypeExpression... arguments) {
    return new Named(name, List.of(arguments));
  }

  @Test
  void aDottedNameIsQualifiedByItsHead() {
    assertEquals(named("aiohttp.web.Request"), read("web.Request"));
  }

  @Test
  void optionalAndUnionsWithNoneAreTheirOneType() {
    assertEquals(named("pkg.Response"), read("Optional[Response]"));
    assertEquals(named("pkg.Response"), read("Response | None"));
    assertEquals(named("pkg.Response"), read("None | Response"));
    assertEquals(named("pkg.Response"), read("Union[Response, None]"));
  }

  @Test
  void otherUnionsAreUnreadable() {
    assertEquals(TypeExpression.UNREADABLE, read("Union[Response, str]"));
    assertEquals(TypeExpression.UNREADABLE, read("Response | str"));
  }

  @Test
  void forwardReferencesAreReadAsCode() {
    assertEquals(named("pkg.Response"), read("\"Response\""));
    assertEquals(named("pkg.Response"), read("Optional['Response']"));
    assertEquals(named("aiohttp.web.Base", named("pkg.Response")), read("'web.Base[Response]'"));
  }

  @Test
  void genericsKeepTheirArgumentsAndCallableItsParameterList() {
    assertEquals(
        named(
            "typing.Callable",
            named("", named("builtins.str")),
            named("typing.Awaitable", named("pkg.Response"))),
        read("Callable[[str], Awaitable[Response]]"));
    assertEquals(
        named("typing.Callable", named("builtins.Ellipsis"), named("pkg.Response")),
        read("Callable[..., Response]"));
  }

  @Test
  void literalValuesAreSkippedNotRead() {
    assertEquals(
        named("aiohttp.web.Socket", named("typing.Literal")),
        read("web.Socket[Literal[True, 'a]']]"));
  }

  @Test
  void whatCannotBeQualifiedOrParsedIsUnreadable() {
    assertEquals(TypeExpression.UNREADABLE, read("local.Thing"));
    assertEquals(TypeExpression.UNREADABLE, read("Response["));
    assertEquals(TypeExpression.UNREADABLE, read("Response()"));
    assertEquals(TypeExpression.UNREADABLE, read("'Resp\\\\onse'"));
  }
}
