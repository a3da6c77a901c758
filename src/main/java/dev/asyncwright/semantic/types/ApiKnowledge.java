package dev.asyncwright.semantic.types;

import dev.asyncwright.semantic.TypeExpression;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Asyncwright knows of library APIs the scanned code does not show (the stdlib's asyncio,
 * aiohttp...): which methods of a class give a coroutine, which do not, and what some functions
 * return. Read from {@code library.api}, whose format its header describes.
 */
public final class ApiKnowledge {

  /** A class of the knowledge: its name and what its methods give. */
  /**
   * A class of the knowledge: its names, what its methods give (true: a coroutine), what some of
   * them return (awaited, for those giving a coroutine), and the classes of some attributes.
   */
  public record LibraryClass(
      String name,
      List<String> aliases,
      Map<String, Boolean> methods,
      Map<String, String> returns,
      Map<String, String> attributes) {}

  private static final ApiKnowledge BUNDLED = load("library.api");

  private final Map<String, LibraryClass> classes;
  private final Map<String, String> canonical;
  private final Map<String, List<String>> returns;
  private final java.util.Set<String> coroutineFunctions;
  private final Map<String, TypeExpression> typeAliases;

  private ApiKnowledge(
      Map<String, LibraryClass> classes,
      Map<String, String> canonical,
      Map<String, List<String>> returns,
      java.util.Set<String> coroutineFunctions,
      Map<String, TypeExpression> typeAliases) {
    this.classes = classes;
    this.canonical = canonical;
    this.returns = returns;
    this.coroutineFunctions = coroutineFunctions;
    this.typeAliases = typeAliases;
  }

  /** What a library's type alias stands for ({@code pytest_aiohttp.AiohttpClient}), if known. */
  public Optional<TypeExpression> typeAlias(String qualifiedName) {
    return Optional.ofNullable(typeAliases.get(qualifiedName));
  }

  /** Every type alias of the knowledge, each under its names. */
  public Map<String, TypeExpression> typeAliases() {
    return Map.copyOf(typeAliases);
  }

  /** Whether the function's result is had by awaiting its call (a coroutine function). */
  public boolean isCoroutineFunction(String qualifiedFunction) {
    return coroutineFunctions.contains(qualifiedFunction);
  }

  /** The knowledge bundled with Asyncwright. */
  public static ApiKnowledge bundled() {
    return BUNDLED;
  }

  /** The class a qualified name stands for (under any of its names), if known. */
  public Optional<LibraryClass> classNamed(String qualifiedName) {
    return Optional.ofNullable(canonical.get(qualifiedName)).map(classes::get);
  }

  /**
   * Whether calling the method on an instance of the class gives a coroutine: empty when the
   * knowledge says nothing about it.
   */
  public Optional<Boolean> givesCoroutine(String className, String method) {
    return classNamed(className).map(type -> type.methods().get(method));
  }

  /**
   * What the function gives (one type, or the types of the tuple it gives), if known: its call, or
   * for a coroutine function what awaiting its call gives.
   */
  public Optional<List<String>> returnsOf(String qualifiedFunction) {
    return Optional.ofNullable(returns.get(qualifiedFunction));
  }

  /** Every class of the knowledge, in the order written. */
  public List<LibraryClass> classes() {
    return List.copyOf(classes.values());
  }

  /** Every function whose result is known. */
  public Map<String, List<String>> functions() {
    return Map.copyOf(returns);
  }

  static ApiKnowledge load(String resource) {
    try (InputStream in =
        ApiKnowledge.class.getResourceAsStream("/dev/asyncwright/semantic/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ApiKnowledge parse(BufferedReader reader) throws IOException {
    Map<String, LibraryClass> classes = new LinkedHashMap<>();
    Map<String, String> canonical = new HashMap<>();
    Map<String, List<String>> returns = new HashMap<>();
    java.util.Set<String> coroutineFunctions = new java.util.HashSet<>();
    Map<String, TypeExpression> typeAliases = new HashMap<>();
    LibraryClass current = null;
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      int hash = line.indexOf('#');
      String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (text.isEmpty()) {
        continue;
      }
      String[] words = text.split("\\s+");
      switch (words[0]) {
        case "class" -> {
          List<String> names = List.of(words).subList(1, words.length);
          current =
              new LibraryClass(
                  names.get(0),
                  names.subList(1, names.size()),
                  new HashMap<>(),
                  new HashMap<>(),
                  new HashMap<>());
          classes.put(current.name(), current);
          for (String name : names) {
            canonical.put(name, current.name());
          }
        }
        case "coroutine", "plain" -> {
          if (current == null) {
            throw new IllegalStateException("library.api line " + number + ": no class above");
          }
          int returning = List.of(words).indexOf("returns");
          if (returning > 0 && (returning != 2 || words.length != 4)) {
            throw new IllegalStateException("library.api line " + number + ": one method returns");
          }
          for (int i = 1; i < (returning > 0 ? returning : words.length); i++) {
            current.methods().put(words[i], words[0].equals("coroutine"));
          }
          if (returning > 0) {
            current.returns().put(words[1], words[3]);
          }
        }
        case "attribute" -> {
          if (current == null || words.length != 3) {
            throw new IllegalStateException("library.api line " + number + ": attribute NAME TYPE");
          }
          current.attributes().put(words[1], words[2]);
        }
        case "function", "coroutine-function" -> {
          int at = text.indexOf(" returns ");
          String name = words[1];
          List<String> types = new ArrayList<>();
          for (String type : text.substring(at + " returns ".length()).split(",")) {
            types.add(type.strip());
          }
          returns.put(name, List.copyOf(types));
          if (words[0].equals("coroutine-function")) {
            coroutineFunctions.add(name);
          }
          current = null;
        }
        case "type" -> {
          int equals = text.indexOf(" = ");
          TypeExpression type =
              TypeExpression.parse(text.substring(equals + 3).strip(), Optional::of);
          if (equals < 0 || !(type instanceof TypeExpression.Named)) {
            throw new IllegalStateException("library.api line " + number + ": unreadable type");
          }
          for (String name : text.substring("type".length(), equals).strip().split("\\s+")) {
            typeAliases.put(name, type);
          }
          current = null;
        }
        default ->
            throw new IllegalStateException("library.api line " + number + ": " + words[0] + "?");
      }
    }
    return new ApiKnowledge(
        classes, canonical, returns, java.util.Set.copyOf(coroutineFunctions), typeAliases);
  }
}
