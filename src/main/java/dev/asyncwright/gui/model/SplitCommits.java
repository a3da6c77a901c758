package dev.asyncwright.gui.model;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.fix.VerifiedFixes;
import dev.asyncwright.python.ParserThreads;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.UndecodableSourceException;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleRegistry;
import dev.asyncwright.workspace.MigrationCommit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

/**
 * The migration taken apart for review: one commit for the safe fixes, then one per rule of the
 * unsafe ones (in code order), each message saying what its fixes are and, for an unsafe rule,
 * quoting why its fix is unsafe. Each file's state at each commit is its old text with the fixes of
 * that commit and those before applied, re-parsed; the series must end at the bytes the file holds,
 * or it is not made (a file fixed over several applies, whose later fixes were made for the earlier
 * ones' text, is committed whole).
 */
final class SplitCommits {

  /** The commits, or why the fixes cannot be split so (null when they can). */
  record Plan(List<MigrationCommit.Step> steps, String whyNot) {}

  /** A group of fixes that makes one commit: the safe ones, or one unsafe rule's. */
  private record Group(boolean safe, String code) {}

  private SplitCommits() {}

  /**
   * Plans the commits of these files (as the commit dialog holds them), given the applies that
   * wrote each, oldest first.
   */
  static Plan of(
      List<CommitDraft.FileChange> files,
      java.util.function.Function<Path, List<Applies.Apply>> writers,
      String target)
      throws InterruptedException {
    // the groups each file's fixes fall in, and which file has which fixes
    TreeMap<String, Group> groups = new TreeMap<>();
    Map<CommitDraft.FileChange, List<Fix>> fixesOf = new LinkedHashMap<>();
    Map<CommitDraft.FileChange, List<String>> codesOf = new LinkedHashMap<>();
    for (CommitDraft.FileChange file : files) {
      List<Applies.Apply> wrote = writers.apply(file.file());
      if (wrote.size() != 1) {
        return refused(
            file.gitPath()
                + " was fixed in more than one apply (later fixes were made for the text of"
                + " earlier ones): its fixes cannot be taken apart by rule");
      }
      List<Fix> fixes = wrote.get(0).fixes().get(file.file());
      List<String> codes = wrote.get(0).codes().get(file.file());
      fixesOf.put(file, fixes);
      codesOf.put(file, codes);
      for (int i = 0; i < fixes.size(); i++) {
        Group group = groupOf(fixes.get(i), codes.get(i));
        groups.put(key(group), group);
      }
    }
    List<Group> order = new ArrayList<>(groups.values());
    // each file's bytes after each group (null: the group changed nothing there)
    Map<CommitDraft.FileChange, byte[][]> states = new LinkedHashMap<>();
    ExecutorService parser = ParserThreads.pool(1);
    try {
      for (CommitDraft.FileChange file : files) {
        byte[][] state = new byte[order.size()][];
        SourceFile original;
        try {
          original = SourceFile.decode(file.gitPath(), file.before());
        } catch (UndecodableSourceException e) {
          return refused(file.gitPath() + " cannot be read again: " + e.getMessage());
        }
        List<Fix> fixes = fixesOf.get(file);
        List<String> codes = codesOf.get(file);
        byte[] last = file.before();
        for (int g = 0; g < order.size(); g++) {
          List<Fix> upTo = new ArrayList<>();
          boolean grew = false;
          for (int i = 0; i < fixes.size(); i++) {
            int at = order.indexOf(groupOf(fixes.get(i), codes.get(i)));
            if (at <= g) {
              upTo.add(fixes.get(i));
              grew |= at == g;
            }
          }
          if (!grew) {
            continue;
          }
          VerifiedFixes.Result result =
              parser.submit(() -> VerifiedFixes.apply(original, upTo)).get();
          if (result.module().isEmpty()
              || !result.deferred().isEmpty()
              || !result.dropped().isEmpty()) {
            return refused(
                file.gitPath() + ": its fixes of one rule do not stand without those of another");
          }
          last = result.module().get().source().bytes();
          state[g] = last;
        }
        if (!Arrays.equals(last, file.after())) {
          return refused(
              file.gitPath()
                  + ": its fixes taken one rule at a time give other bytes than together");
        }
        states.put(file, state);
      }
    } catch (ExecutionException e) {
      return refused("the fixes cannot be applied again: " + e.getCause());
    } finally {
      parser.shutdownNow();
    }
    List<MigrationCommit.Step> steps = new ArrayList<>();
    for (int g = 0; g < order.size(); g++) {
      Map<String, byte[]> contents = new LinkedHashMap<>();
      List<String> codes = new ArrayList<>();
      for (CommitDraft.FileChange file : files) {
        if (states.get(file)[g] != null) {
          contents.put(file.gitPath(), states.get(file)[g]);
          List<Fix> fixes = fixesOf.get(file);
          for (int i = 0; i < fixes.size(); i++) {
            if (groupOf(fixes.get(i), codesOf.get(file).get(i)).equals(order.get(g))) {
              codes.add(codesOf.get(file).get(i));
            }
          }
        }
      }
      steps.add(
          new MigrationCommit.Step(
              contents, message(order.get(g), codes, contents.size(), target)));
    }
    return new Plan(steps, null);
  }

  private static Group groupOf(Fix fix, String code) {
    return fix.applicability() == Applicability.SAFE
        ? new Group(true, null)
        : new Group(false, code);
  }

  /** The safe fixes first, then the unsafe rules by code. */
  private static String key(Group group) {
    return group.safe() ? "" : group.code();
  }

  private static Plan refused(String why) {
    return new Plan(List.of(), why);
  }

  /** A commit's message: what its fixes are, and for an unsafe rule, why they are unsafe. */
  static String message(Group group, List<String> codes, int files, String target) {
    int fixes = codes.size();
    String counted =
        fixes
            + (fixes == 1 ? " fix" : " fixes")
            + " in "
            + files
            + (files == 1 ? " file)" : " files)");
    StringBuilder message = new StringBuilder();
    if (group.safe()) {
      message.append("Modernise asyncio usage: safe fixes (").append(counted).append("\n\n");
      Map<String, Integer> perRule = new TreeMap<>();
      codes.forEach(code -> perRule.merge(code + " " + name(code), 1, Integer::sum));
      perRule.forEach(
          (rule, count) -> message.append(rule).append(": ").append(count).append('\n'));
      message.append("\nSafe fixes keep the program's behaviour.\n");
    } else {
      message
          .append("Modernise asyncio usage: ")
          .append(group.code())
          .append(' ')
          .append(name(group.code()))
          .append(" (")
          .append(counted)
          .append("\n\n")
          .append(wrapped(firstSentence(group.code())))
          .append('\n');
    }
    message.append("\nTarget Python: ").append(target).append('\n');
    return message.toString();
  }

  private static String name(String code) {
    return RuleRegistry.byCode(code).map(Rule::name).orElse("");
  }

  /** The first sentence of the rule's fix safety, without Markdown's backticks. */
  private static String firstSentence(String code) {
    String safety =
        RuleRegistry.byCode(code).map(rule -> rule.doc().fixSafety().strip()).orElse("");
    java.util.regex.Matcher end =
        java.util.regex.Pattern.compile("[.!?](?=\\s+[A-Z`(]|\\s*$)").matcher(safety);
    String first = end.find() ? safety.substring(0, end.end()) : safety;
    return first.replace("`", "").replaceAll("\\s+", " ");
  }

  /** A paragraph wrapped at 72 columns, as commit bodies are. */
  private static String wrapped(String text) {
    StringBuilder out = new StringBuilder();
    int column = 0;
    for (String word : text.split(" ")) {
      if (column > 0 && column + 1 + word.length() > 72) {
        out.append('\n');
        column = 0;
      } else if (column > 0) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += word.length();
    }
    return out.toString();
  }
}
