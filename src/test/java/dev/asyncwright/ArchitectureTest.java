package dev.asyncwright;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of DESIGN.md sections 1 and 6, checked on the compiled main classes: the layers in
 * order, each used only by those above it (so the parser stands on its own, the engine never reads
 * the configuration, the two front ends are independent), every package in one of them, the engine
 * knowing nothing of JavaFX or Git, and Git staying in {@code workspace} and the front ends that
 * drive it.
 */
@AnalyzeClasses(packages = "dev.asyncwright", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] ENGINE = {
    "dev.asyncwright.python..",
    "dev.asyncwright.tree..",
    "dev.asyncwright.semantic..",
    "dev.asyncwright.rules..",
    "dev.asyncwright.fix..",
    "dev.asyncwright.engine..",
    "dev.asyncwright.config..",
    "dev.asyncwright.report.."
  };

  private static final String LAUNCHER = "dev.asyncwright";

  /**
   * From the bottom up: the parser; typed views of its tree; what names mean; fixes as values; the
   * rules; the engine that runs rules over files; the configuration that chooses rules and target;
   * reports of results; the working tree (files to scan, Git); the bundled sample project; the two
   * front ends; the launcher that picks one. A layer may use any layer below it, never one beside
   * or above it.
   */
  @ArchTest
  static final ArchRule layersPointDownwards =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("python")
          .definedBy("dev.asyncwright.python..")
          .layer("tree")
          .definedBy("dev.asyncwright.tree..")
          .layer("semantic")
          .definedBy("dev.asyncwright.semantic..")
          .layer("fix")
          .definedBy("dev.asyncwright.fix..")
          .layer("rules")
          .definedBy("dev.asyncwright.rules..")
          .layer("engine")
          .definedBy("dev.asyncwright.engine..")
          .layer("config")
          .definedBy("dev.asyncwright.config..")
          .layer("report")
          .definedBy("dev.asyncwright.report..")
          .layer("workspace")
          .definedBy("dev.asyncwright.workspace..")
          .layer("sample")
          .definedBy("dev.asyncwright.sample..")
          .layer("cli")
          .definedBy("dev.asyncwright.cli..")
          .layer("gui")
          .definedBy("dev.asyncwright.gui..")
          .layer("launcher")
          .definedBy(LAUNCHER)
          .whereLayer("launcher")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("gui")
          .mayOnlyBeAccessedByLayers("launcher")
          .whereLayer("cli")
          .mayOnlyBeAccessedByLayers("launcher")
          .whereLayer("sample")
          .mayOnlyBeAccessedByLayers("cli", "gui", "launcher")
          .whereLayer("workspace")
          .mayOnlyBeAccessedByLayers("cli", "gui", "launcher")
          .whereLayer("report")
          .mayOnlyBeAccessedByLayers("cli", "gui", "launcher")
          .whereLayer("config")
          .mayOnlyBeAccessedByLayers("workspace", "cli", "gui", "launcher")
          .whereLayer("engine")
          .mayOnlyBeAccessedByLayers("report", "workspace", "cli", "gui", "launcher")
          .whereLayer("rules")
          .mayOnlyBeAccessedByLayers(
              "engine", "config", "report", "workspace", "cli", "gui", "launcher")
          .whereLayer("fix")
          .mayOnlyBeAccessedByLayers(
              "rules", "engine", "config", "report", "workspace", "cli", "gui", "launcher")
          .whereLayer("semantic")
          .mayOnlyBeAccessedByLayers(
              "fix", "rules", "engine", "config", "report", "workspace", "cli", "gui", "launcher")
          .whereLayer("tree")
          .mayOnlyBeAccessedByLayers(
              "semantic",
              "fix",
              "rules",
              "engine",
              "config",
              "report",
              "workspace",
              "cli",
              "gui",
              "launcher")
          .whereLayer("python")
          .mayOnlyBeAccessedByLayers(
              "tree",
              "semantic",
              "fix",
              "rules",
              "engine",
              "config",
              "report",
              "workspace",
              "sample",
              "cli",
              "gui",
              "launcher")
          .because("dependencies point one way (DESIGN.md section 1)");

  /** A new package must take its place in the order above, or the order checks nothing of it. */
  @ArchTest
  static final ArchRule everyPackageIsInALayer =
      classes()
          .should()
          .resideInAnyPackage(
              "dev.asyncwright.python..",
              "dev.asyncwright.tree..",
              "dev.asyncwright.semantic..",
              "dev.asyncwright.fix..",
              "dev.asyncwright.rules..",
              "dev.asyncwright.engine..",
              "dev.asyncwright.config..",
              "dev.asyncwright.report..",
              "dev.asyncwright.workspace..",
              "dev.asyncwright.sample..",
              "dev.asyncwright.cli..",
              "dev.asyncwright.gui..",
              LAUNCHER)
          .because("a package outside every layer escapes the layer check");

  @ArchTest
  static final ArchRule engineDoesNotUseJavaFx =
      noClasses()
          .that()
          .resideInAnyPackage(ENGINE)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx..")
          .because("the engine is a library that the CLI drives without a window");

  @ArchTest
  static final ArchRule engineDoesNotUseJGit =
      noClasses()
          .that()
          .resideInAnyPackage(ENGINE)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.eclipse.jgit..")
          .because("Git is the workspace's business");

  @ArchTest
  static final ArchRule workspaceDoesNotUseJavaFx =
      noClasses()
          .that()
          .resideInAPackage("dev.asyncwright.workspace..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx..")
          .because("nothing below gui imports JavaFX")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule onlyWorkspaceAndFrontEndsUseJGit =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "dev.asyncwright.workspace..", "dev.asyncwright.gui..", "dev.asyncwright.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.eclipse.jgit..")
          .because("nothing below workspace imports JGit");

  @ArchTest
  static final ArchRule viewModelsHoldNoControls =
      noClasses()
          .that()
          .resideInAPackage("dev.asyncwright.gui.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.fxmisc..")
          .because("view models hold state and actions; only views touch controls (JabRef's rule)");
}
