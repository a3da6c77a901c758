package dev.asyncwright.rules.tasks;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.BlockRewrite;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.fix.Indentation;
import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.python.antlr.PythonParser.ComprehensionContext;
import dev.asyncwright.python.antlr.PythonParser.ComprehensionForContext;
import dev.asyncwright.python.antlr.PythonParser.ElementsContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.OperationContext;
import dev.asyncwright.python.antlr.PythonParser.ParenthesizedContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.StarArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.StarExpressionsContext;
import dev.asyncwright.python.antlr.PythonParser.StarTargetContext;
import dev.asyncwright.rules.FixProposal;
import dev.asyncwright.rules.Lines;
import dev.asyncwright.rules.Names;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.Statements;
import dev.asyncwright.rules.tasks.TaskGroups.AwaitStatement;
import dev.asyncwright.rules.tasks.TaskGroups.TaskGroupClass;
import dev.asyncwright.rules.tasks.TaskGroups.Use;
import dev.asyncwright.semantic.CallSite;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * AW302's rewrite of one {@code await asyncio.gather(...)} statement into an {@code async with
 * asyncio.TaskGroup() as tg:} block, once {@link Gather} has found it possible: task names, the
 * block's text, results in the shape the statement had, and the comments between the arguments.
 */
final class GatherRewrite {

  private final RuleContext context;
  private final CallSite call;
  private final AwaitStatement statement;
  private final String indent;
  private final String unit;
  private final String inner;
  private final FunctionDefContext function;
  private final String newline;
  private final Set<String> taken = new HashSet<>();
  private final String tg;
  private final TaskGroupClass taskGroup;

  GatherRewrite(
      RuleContext context,
      CallSite call,
      AwaitStatement statement,
      Indentation indentation,
      FunctionDefContext function) {
    this.context = context;
    this.call = call;
    this.statement = statement;
    this.indent = indentation.indent();
    this.unit = indentation.unit();
    this.inner = indentation.inner();
    this.function = function;
    this.newline = Lines.newline(context.source());
    this.tg = name("tg", false);
    this.taskGroup = TaskGroups.taskGroupClass(context, call.primary());
  }

  private String name(String base, boolean numbered) {
    String name = TaskGroups.freeName(context.model(), function, base, numbered, taken);
    taken.add(name);
    return name;
  }

  /** {@code gather(a(), b())}: one task per argument. */
  FixProposal plain(List<ExpressionContext> coroutines) {
    Comments comments = new Comments(context, call, coroutines);
    List<String> names = new ArrayList<>();
    if (statement.use() != Use.DISCARDED) {
      Map<String, Integer> counts = new HashMap<>();
      List<String> bases = new ArrayList<>();
      for (ExpressionContext coroutine : coroutines) {
        String base = taskBase(Awaitables.callIn(coroutine).orElseThrow());
        bases.add(base);
        counts.merge(base, 1, Integer::sum);
      }
      for (String base : bases) {
        names.add(name(base, counts.get(base) > 1));
      }
    }
    StringBuilder out = header(comments.header);
    for (int i = 0; i < coroutines.size(); i++) {
      for (Token comment : comments.leading.get(i)) {
        out.append(newline).append(inner).append(comment.getText());
      }
      String start = (names.isEmpty() ? "" : names.get(i) + " = ") + tg + ".create_task(";
      out.append(newline)
          .append(inner)
          .append(start)
          .append(Lines.moved(context, coroutines.get(i), inner.length() + start.length(), inner))
          .append(')');
      comments.trailing.get(i).ifPresent(comment -> out.append(comment));
    }
    for (Token comment : comments.closing) {
      out.append(newline).append(inner).append(comment.getText());
    }
    if (statement.use() != Use.DISCARDED) {
      List<String> results = names.stream().map(name -> name + ".result()").toList();
      out.append(newline)
          .append(indent)
          .append(statement.prefix(context))
          .append(
              unpacksInto(names.size())
                  ? String.join(", ", results)
                  : "[" + String.join(", ", results) + "]");
    }
    return fix(out);
  }

  /** Whether the statement unpacks the results into that many targets: {@code x, y = ...}. */
  private boolean unpacksInto(int count) {
    if (count < 2 || statement.targets().isEmpty()) {
      return false;
    }
    StarExpressionsContext targets = statement.targets().get();
    return !targets.COMMA().isEmpty()
        && targets.starExpression().size() == count
        && targets.starExpression().stream().allMatch(target -> target.expression() != null);
  }

  /** {@code gather(*[f(u) for u in us])}: one task per item, made in the comprehension. */
  FixProposal comprehension(StarArgumentContext star) {
    Optional<ExpressionContext> comprehended = Awaitables.comprehensionElement(star);
    if (comprehended.isEmpty()) {
      return FixProposal.withhold(
          "an argument is unpacked: its items may be futures, which `create_task()` refuses");
    }
    Optional<PrimaryContext> display = Statements.soleOperand(star.expression());
    ElementsContext elements = Awaitables.unpackedDisplay(star).orElseThrow();
    if (hasCommentBetween(star.getStart(), display.get().getStart())) {
      return FixProposal.withhold("a comment stands between `*` and what it unpacks");
    }
    ExpressionContext element = comprehended.get();
    Optional<String> why = Gather.notACoroutine(context, element);
    if (why.isPresent()) {
      return FixProposal.withhold(why.get());
    }
    Comments comments = new Comments(context, call, List.of(display.get()));
    StringBuilder out = header(comments.header);
    for (Token comment : comments.leading.get(0)) {
      out.append(newline).append(inner).append(comment.getText());
    }
    Optional<String> loop =
        statement.use() == Use.DISCARDED ? loop(display.get(), elements) : Optional.empty();
    if (loop.isEmpty() && statement.use() == Use.DISCARDED) {
      // `tasks = [...]` with nobody reading `tasks` would be a dead name
      return FixProposal.withhold(
          "the results are thrown away, and the comprehension cannot become a `for` loop (its"
              + " names are used elsewhere in the function, or it has more than one `for`, a"
              + " clause over several lines or a comment)");
    }
    String tasks = loop.isPresent() ? null : name("tasks", false);
    if (loop.isPresent()) {
      out.append(loop.get());
    } else {
      List<Edit> inside = new ArrayList<>();
      if (display.get() instanceof ParenthesizedContext) {
        Token open = display.get().getStart();
        Token close = display.get().getStop();
        inside.add(new Edit(open.getStartIndex(), open.getStopIndex() + 1, "["));
        inside.add(new Edit(close.getStartIndex(), close.getStopIndex() + 1, "]"));
      }
      inside.add(Edit.insert(RuleContext.start(element), tg + ".create_task("));
      inside.add(Edit.insert(RuleContext.end(element), ")"));
      String text =
          BlockRewrite.rewritten(
              context.source(),
              RuleContext.start(display.get()),
              RuleContext.end(display.get()),
              inside);
      String start = tasks + " = ";
      // lines aligned with the element's arguments follow them as `tg.create_task(` pushes
      // them right
      int pushed =
          element.getStart().getLine() == display.get().getStart().getLine()
              ? (tg + ".create_task(").length()
              : 0;
      out.append(newline)
          .append(inner)
          .append(start)
          .append(
              Lines.moved(
                  context, display.get(), text, inner.length() + start.length() + pushed, inner));
    }
    comments.trailing.get(0).ifPresent(out::append);
    for (Token comment : comments.closing) {
      out.append(newline).append(inner).append(comment.getText());
    }
    if (statement.use() != Use.DISCARDED) {
      out.append(newline)
          .append(indent)
          .append(statement.prefix(context))
          .append("[t.result() for t in ")
          .append(tasks)
          .append(']');
    }
    return fix(out);
  }

  /**
   * For a comprehension whose tasks nobody keeps, the {@code for} loop (and {@code if}s) that makes
   * them, if its one {@code for} binds bare names nothing else in the function uses (a loop, unlike
   * a comprehension, binds them in the function), and its clauses are one line each, without
   * comments.
   */
  private Optional<String> loop(PrimaryContext display, ElementsContext elements) {
    if (elements.comprehension().comprehensionFor().size() != 1
        || hasCommentBetween(display.getStart(), display.getStop())) {
      return Optional.empty();
    }
    ComprehensionForContext clause = elements.comprehension().comprehensionFor(0);
    for (StarTargetContext target : clause.starTargets().starTarget()) {
      Optional<String> name =
          target.getChildCount() == 1 ? Statements.bareName(target.primary()) : Optional.empty();
      if (name.isEmpty()
          || !Names.onlyMentionedBy(
              context.model(),
              name.get(),
              function,
              mention -> within(mention, display) || comprehensionBinds(mention, name.get()))) {
        return Optional.empty();
      }
    }
    List<ParserRuleContext> parts = new ArrayList<>(clause.operation());
    parts.add(clause.starTargets());
    for (ParserRuleContext part : parts) {
      String text = context.text(part);
      if (text.contains("\n") || text.contains("\r")) {
        return Optional.empty();
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(newline)
        .append(inner)
        .append("for ")
        .append(context.text(clause.starTargets()))
        .append(" in ")
        .append(context.text(clause.operation(0)))
        .append(':');
    String at = inner + unit;
    for (OperationContext condition : clause.operation().subList(1, clause.operation().size())) {
      out.append(newline).append(at).append("if ").append(context.text(condition)).append(':');
      at = at + unit;
    }
    ExpressionContext element = elements.starNamedExpression(0).namedExpression().expression(0);
    String start = tg + ".create_task(";
    out.append(newline)
        .append(at)
        .append(start)
        .append(Lines.moved(context, element, at.length() + start.length(), at))
        .append(')');
    return Optional.of(out.toString());
  }

  /**
   * Whether a mention of a name is inside a comprehension that binds the name itself (in its own
   * scope): not in the iterable of its first {@code for}, which the enclosing scope evaluates.
   */
  private static boolean comprehensionBinds(PrimaryContext mention, String name) {
    for (ParseTree node = mention.getParent(); node != null; node = node.getParent()) {
      if (node instanceof FunctionDefContext) {
        return false;
      }
      ComprehensionContext comprehension =
          ((ParserRuleContext) node).getRuleContext(ComprehensionContext.class, 0);
      if (comprehension == null
          || within(mention, comprehension.comprehensionFor(0).operation(0))) {
        continue;
      }
      for (ComprehensionForContext clause : comprehension.comprehensionFor()) {
        for (StarTargetContext target : clause.starTargets().starTarget()) {
          if (Statements.bareName(target.primary()).equals(Optional.of(name))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean within(ParserRuleContext node, ParserRuleContext outer) {
    return RuleContext.start(node) >= RuleContext.start(outer)
        && RuleContext.end(node) <= RuleContext.end(outer);
  }

  private boolean hasCommentBetween(Token from, Token to) {
    List<Token> tokens = context.model().module().tokens();
    for (int i = from.getTokenIndex(); i < to.getTokenIndex(); i++) {
      if (tokens.get(i).getType() == PythonLexer.COMMENT) {
        return true;
      }
    }
    return false;
  }

  private StringBuilder header(Optional<String> comment) {
    StringBuilder out = new StringBuilder(BlockRewrite.asyncWith(taskGroup.name() + "() as " + tg));
    comment.ifPresent(out::append);
    return out;
  }

  private FixProposal fix(StringBuilder text) {
    List<Edit> edits = new ArrayList<>();
    edits.add(
        new Edit(
            RuleContext.start(statement.statement()),
            RuleContext.end(call.call()),
            text.toString()));
    taskGroup.importEdit().ifPresent(edits::add);
    return FixProposal.offer(
        new Fix(
            "Replace `gather()` with an `asyncio.TaskGroup` block",
            Applicability.UNSAFE,
            TaskGroups.NEEDS,
            edits));
  }

  /** The task name a call's callee suggests: {@code fetch_user_task} for {@code fetch_user()}. */
  private static String taskBase(CallSite call) {
    String name =
        call.calledName()
            .map(called -> called.replaceAll("([a-z0-9])([A-Z])", "$1_$2"))
            .map(called -> called.toLowerCase(Locale.ROOT).replaceAll("^_+|_+$", ""))
            .orElse("");
    return name.isEmpty() ? "task" : name + "_task";
  }

  /**
   * The comments inside gather's parentheses but outside its arguments, by where they go: one after
   * the opening parenthesis goes to the {@code async with} line, one at the end of an argument's
   * line stays with that argument, one on a line of its own goes before the next argument (or after
   * the last). Each carries the spaces before it when it ends a line.
   */
  private static final class Comments {

    private Optional<String> header = Optional.empty();
    private final List<List<Token>> leading = new ArrayList<>();
    private final List<Optional<String>> trailing = new ArrayList<>();
    private final List<Token> closing = new ArrayList<>();

    Comments(RuleContext context, CallSite call, List<? extends ParserRuleContext> arguments) {
      List<Token> tokens = context.model().module().tokens();
      for (int i = 0; i < arguments.size(); i++) {
        leading.add(new ArrayList<>());
        trailing.add(Optional.empty());
      }
      Token open = call.call().getStart();
      Token close = call.call().getStop();
      int next = 0;
      for (int i = open.getTokenIndex() + 1; i < close.getTokenIndex(); i++) {
        while (next < arguments.size() && arguments.get(next).getStop().getTokenIndex() < i) {
          next++;
        }
        if (next < arguments.size() && arguments.get(next).getStart().getTokenIndex() <= i) {
          i = arguments.get(next).getStop().getTokenIndex(); // inside an argument: moves with it
          continue;
        }
        Token token = tokens.get(i);
        if (token.getType() != PythonLexer.COMMENT) {
          continue;
        }
        if (startsLine(tokens, i)) {
          (next < arguments.size() ? leading.get(next) : closing).add(token);
          continue;
        }
        Token space = tokens.get(i - 1);
        String text =
            (space.getType() == PythonLexer.WS ? space.getText() : "  ") + token.getText();
        Optional<String> slot = next == 0 ? header : trailing.get(next - 1);
        if (slot.isPresent()) {
          // a second comment for the same line (after a comma on a line of its own): it keeps
          // a line of its own rather than getting lost
          (next < arguments.size() ? leading.get(next) : closing).add(token);
        } else if (next == 0) {
          header = Optional.of(text);
        } else {
          trailing.set(next - 1, Optional.of(text));
        }
      }
    }

    /** Whether only whitespace stands before the token on its line. */
    private static boolean startsLine(List<Token> tokens, int index) {
      for (int i = index - 1; i >= 0; i--) {
        int type = tokens.get(i).getType();
        if (type == PythonLexer.NL || type == PythonLexer.NEWLINE) {
          return true;
        }
        if (type != PythonLexer.WS) {
          return false;
        }
      }
      return true;
    }
  }
}
