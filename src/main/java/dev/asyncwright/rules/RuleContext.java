package dev.asyncwright.rules;

import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.ProjectIndex;
import dev.asyncwright.semantic.Qualified;
import dev.asyncwright.semantic.types.ApiKnowledge;
import dev.asyncwright.semantic.types.ValueTypes;
import dev.asyncwright.tree.Expression;
import dev.asyncwright.tree.ValueUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** What a rule sees of one module, and where it reports. */
public final class RuleContext {

  private final ModuleModel model;
  private final PythonVersion target;
  private final ProjectIndex project;
  private final Consumer<Finding> sink;
  private final Imports imports;
  private final String moduleName;
  private boolean consultedProject;
  private ValueTypes types;

  public RuleContext(
      ModuleModel model, PythonVersion target, ProjectIndex project, Consumer<Finding> sink) {
    this(model, target, project, null, sink);
  }

  /**
   * @param moduleName the module's dotted name in the scanned tree (null when unknown: its own
   *     classes then have no qualified name)
   */
  public RuleContext(
      ModuleModel model,
      PythonVersion target,
      ProjectIndex project,
      String moduleName,
      Consumer<Finding> sink) {
    this.model = model;
    this.target = target;
    this.project = project;
    this.moduleName = moduleName;
    this.sink = sink;
    this.imports = new Imports(model);
  }

  /**
   * The qualified name of what a call calls, relative imports made absolute with the module's name
   * ({@code from . import tasks} then {@code tasks.sleep()} in {@code asyncio.base_events} is
   * {@code asyncio.tasks.sleep}).
   */
  public Optional<String> qualifiedCallee(CallSite call) {
    Optional<String> plain = model.calleeName(call);
    if (plain.isPresent() && !plain.get().startsWith(".")) {
      return plain;
    }
    return Qualified.name(model, moduleName, call.primary(), call.callIndex());
  }

  /** The module's dotted name in the scanned tree, or null when unknown. */
  public String moduleName() {
    return moduleName;
  }

  /** The classes of values, as far as the code says (made on first use). */
  public ValueTypes types() {
    if (types == null) {
      types =
          new ValueTypes(
              model, project, ApiKnowledge.bundled(), moduleName, () -> consultedProject = true);
    }
    return types;
  }

  public ModuleModel model() {
    return model;
  }

  public SourceFile source() {
    return model.module().source();
  }

  public PythonVersion target() {
    return target;
  }

  /** The project's index of coroutine functions, as filled so far. */
  public ProjectIndex project() {
    return project;
  }

  /**
   * Whether a qualified name is a coroutine function of the scanned tree. A no about a module not
   * indexed yet is noted (see {@link #consultedProject()}): the file is checked again once every
   * module is.
   */
  public boolean isProjectCoroutineFunction(String qualifiedName) {
    boolean known = project.isCoroutineFunction(qualifiedName);
    if (!known && project.mayStillDefine(qualifiedName, moduleName)) {
      consultedProject = true;
    }
    return known;
  }

  /**
   * Whether a qualified name is a class of the scanned tree. A no about a module not indexed yet is
   * noted, as {@link #isProjectCoroutineFunction} notes it.
   */
  public boolean isProjectClass(String qualifiedName) {
    boolean known = project.isClass(qualifiedName);
    if (!known && project.mayStillDeclare(qualifiedName, moduleName)) {
      consultedProject = true;
    }
    return known;
  }

  /**
   * Whether a rule got an answer from the project index that modules not indexed yet could change.
   */
  public boolean consultedProject() {
    return consultedProject;
  }

  public Imports imports() {
    return imports;
  }

  /** Reports a finding without a fix. */
  public void report(Finding finding) {
    sink.accept(finding);
  }

  /**
   * Reports a finding with its fix, unless the fix needs a newer Python than the project targets:
   * then the finding says which version it needs and comes without the fix.
   */
  public void report(Finding finding, Fix fix) {
    if (fix.requires() != null && !target.atLeast(fix.requires())) {
      sink.accept(
          finding.withheld(
              "the fix needs Python " + fix.requires() + " (the target is " + target + ")"));
    } else {
      sink.accept(finding.withFix(fix));
    }
  }

  /** The node's first token of one of these types, if it holds one. */
  public Optional<Token> firstToken(ParserRuleContext node, int... types) {
    List<Token> tokens = model.module().tokens();
    for (int i = node.getStart().getTokenIndex(); i <= node.getStop().getTokenIndex(); i++) {
      for (int type : types) {
        if (tokens.get(i).getType() == type) {
          return Optional.of(tokens.get(i));
        }
      }
    }
    return Optional.empty();
  }

  /** Code-point offset where a node starts. */
  public static int start(ParserRuleContext node) {
    return node.getStart().getStartIndex();
  }

  /** Code-point offset just past a node's end. */
  public static int end(ParserRuleContext node) {
    Token stop = node.getStop();
    return stop == null ? start(node) : stop.getStopIndex() + 1;
  }

  /** The source text of a node, comments and line breaks inside it included. */
  public String text(ParserRuleContext node) {
    return text(start(node), end(node));
  }

  /** The source text between two code-point offsets. */
  public String text(int start, int end) {
    return source().slice(start, end);
  }

  /** Whether {@code await} stands right before the primary ({@code await f()}). */
  public boolean isAwaited(PrimaryContext primary) {
    return Expression.of(primary).use() instanceof ValueUse.Awaited;
  }

  /**
   * Edits that make a fix: the base edits plus any import the fix needs. An import that would go
   * right before or after text the fix removes (the fix takes out an import next to where the new
   * one sorts) joins that removal: the new line takes the old one's place, and the fix's edits do
   * not touch.
   */
  public static List<Edit> with(Optional<Edit> importEdit, Edit... edits) {
    List<Edit> all = new ArrayList<>(List.of(edits));
    if (importEdit.isEmpty()) {
      return all;
    }
    Edit insertion = importEdit.get();
    for (int i = 0; i < all.size(); i++) {
      Edit edit = all.get(i);
      if (edit.start() < edit.end() && edit.end() == insertion.start()) {
        all.set(i, new Edit(edit.start(), edit.end(), edit.content() + insertion.content()));
        return all;
      }
      if (edit.start() < edit.end() && edit.start() == insertion.start()) {
        // the new import sorts where the removed one stood
        all.set(i, new Edit(edit.start(), edit.end(), insertion.content() + edit.content()));
        return all;
      }
    }
    all.add(insertion);
    return all;
  }
}
