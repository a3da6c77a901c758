package dev.asyncwright.fix;

import dev.asyncwright.python.ParseResult;
import dev.asyncwright.python.ParsedModule;
import dev.asyncwright.python.ParserThreads;
import dev.asyncwright.python.SourceFile;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fixes applied to a source as far as the result parses: the one way a rewritten text comes to be,
 * for {@code check --fix} and for the window's Apply alike, so that a fix whose result would not
 * parse is dropped on its own in both, and the fixes around it are kept. Runs on a parser thread
 * ({@link ParserThreads}): it parses.
 */
public final class VerifiedFixes {

  /** A fix left out for good, and why (a clause: "its result would not parse"). */
  public record Dropped(Fix fix, String why) {

    /** "a fix for AW302 at line 4 was dropped: its result would not parse" */
    public String describe(String code, int line) {
      return "a fix for " + code + " at line " + line + " was dropped: " + why;
    }
  }

  /**
   * What came of the fixes: the parsed result (empty when none could be applied), the fixes in it,
   * those left for another round (they touch one applied, or broke the parse only together with the
   * others), and those dropped.
   */
  public record Result(
      Optional<ParsedModule> module,
      List<Fix> applied,
      List<Fix> deferred,
      List<Dropped> dropped) {}

  private VerifiedFixes() {}

  /**
   * Applies the fixes that touch no other ({@link FixApplier}) and parses the result. When it does
   * not parse, each fix is tried alone on the source (the offsets of all of them refer to it) and
   * each whose result does not parse is dropped; the others are applied together, or, should they
   * break the parse only together, the first of them, leaving the rest to another round.
   */
  public static Result apply(SourceFile source, List<Fix> fixes) {
    FixApplier.Result all = FixApplier.apply(source, fixes);
    List<Fix> deferred = new ArrayList<>(all.deferred());
    Attempt together = attempt(source, all.text());
    if (together.module().isPresent()) {
      return new Result(together.module(), all.applied(), deferred, List.of());
    }
    List<Fix> survivors = new ArrayList<>();
    List<Dropped> dropped = new ArrayList<>();
    for (Fix fix : all.applied()) {
      Attempt alone = attempt(source, FixApplier.apply(source, List.of(fix)).text());
      if (alone.module().isPresent()) {
        survivors.add(fix);
      } else {
        dropped.add(new Dropped(fix, alone.why()));
      }
    }
    if (survivors.isEmpty()) {
      return new Result(Optional.empty(), List.of(), deferred, dropped);
    }
    FixApplier.Result kept = FixApplier.apply(source, survivors);
    Optional<ParsedModule> module = attempt(source, kept.text()).module();
    if (module.isEmpty()) {
      kept = FixApplier.apply(source, survivors.subList(0, 1));
      module = attempt(source, kept.text()).module();
      deferred.addAll(survivors.subList(1, survivors.size()));
    }
    return new Result(module, kept.applied(), deferred, dropped);
  }

  /** A text parsed in the source's place, or why it cannot stand there. */
  private record Attempt(Optional<ParsedModule> module, String why) {}

  private static Attempt attempt(SourceFile source, String text) {
    SourceFile fixed;
    try {
      fixed = source.withText(text);
    } catch (CharacterCodingException e) {
      return new Attempt(
          Optional.empty(),
          "the file's encoding (" + source.charset().name() + ") cannot hold its result");
    }
    ParseResult parsed = ParserThreads.parser().parse(fixed);
    return parsed instanceof ParsedModule module
        ? new Attempt(Optional.of(module), null)
        : new Attempt(Optional.empty(), "its result would not parse");
  }
}
