package dev.asyncwright.rules;

import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.semantic.ModuleModel;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads of some qualified names ({@code asyncio.TimeoutError}, {@code asyncio.get_child_watcher})
 * however the module spells them: a name imported under any alias, or the name or a dotted path of
 * up to two attributes ({@code aio.exceptions.TimeoutError}).
 */
public final class References {

  /** The primary reads {@code qualified} through its first {@code attributes} attributes. */
  public record Reference(PrimaryContext primary, int attributes, String qualified) {

    /** The primary's trailers (the attributes, then what follows them). */
    public List<TrailerContext> trailers() {
      return primary.getRuleContexts(TrailerContext.class);
    }
  }

  private References() {}

  /**
   * Whether the primary is worth resolving: it starts with one of {@code heads}, or one of its
   * first two attributes is named one of {@code attributes}. Resolving every name of a module would
   * be a rule's whole cost.
   */
  public static boolean mayRead(PrimaryContext primary, Set<String> heads, Set<String> attributes) {
    if (heads.contains(primary.getStart().getText())) {
      return true;
    }
    List<TrailerContext> trailers = primary.getRuleContexts(TrailerContext.class);
    for (int i = 0; i < Math.min(2, trailers.size()); i++) {
      if (trailers.get(i) instanceof AttributeContext attribute
          && attributes.contains(attribute.name().getStart().getText())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The qualified name of the set that the primary reads, the name itself or through up to two
   * attributes; empty when it reads none, or is the target of an assignment or {@code del}.
   */
  public static Optional<Reference> to(
      ModuleModel model, PrimaryContext primary, Set<String> qualified) {
    List<TrailerContext> trailers = primary.getRuleContexts(TrailerContext.class);
    for (int attributes = 0; attributes <= Math.min(2, trailers.size()); attributes++) {
      if (attributes > 0 && !(trailers.get(attributes - 1) instanceof AttributeContext)) {
        return Optional.empty();
      }
      String name = model.qualifiedName(primary, attributes).orElse("");
      if (!qualified.contains(name)) {
        continue;
      }
      if (Targets.isTarget(primary) && attributes == trailers.size()) {
        return Optional.empty(); // assigned or deleted, not read
      }
      return Optional.of(new Reference(primary, attributes, name));
    }
    return Optional.empty();
  }
}
