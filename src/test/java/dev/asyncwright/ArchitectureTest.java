package dev.asyncwright;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of DESIGN.md sections 1 and 6, checked on the compiled main classes: the engine
 * knows nothing of JavaFX or Git, Git stays in {@code workspace} (and the front ends that drive
 * it), the two front ends are independent, and the parser stands on its own.
 *
 * <p>Packages that do not exist yet satisfy every rule about them.
 */
@AnalyzeClasses(packages = "dev.asyncwright", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] ENGINE = {
    "dev.asyncwright.python..",
    "dev.asyncwright.semantic..",
    "dev.asyncwright.rules..",
    "dev.asyncwright.fix..",
    "dev.asyncwright.config..",
    "dev.asyncwright.report.."
  };

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
  static final ArchRule guiDoesNotUseCli =
      noClasses()
          .that()
          .resideInAPackage("dev.asyncwright.gui..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.asyncwright.cli..")
          .because("the GUI and the CLI are two independent front ends on the same engine")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule cliDoesNotUseGui =
      noClasses()
          .that()
          .resideInAPackage("dev.asyncwright.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.asyncwright.gui..")
          .because("the GUI and the CLI are two independent front ends on the same engine")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule viewModelsHoldNoControls =
      noClasses()
          .that()
          .resideInAPackage("dev.asyncwright.gui.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.fxmisc..")
          .because("view models hold state and actions; only views touch controls (JabRef's rule)");

  @ArchTest
  static final ArchRule pythonStandsAlone =
      noClasses()
          .that()
          .resideInAPackage("dev.asyncwright.python..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("dev.asyncwright..")
                  .and(resideInAPackage("dev.asyncwright.python..").negate())
                  .as("are in dev.asyncwright outside dev.asyncwright.python"))
          .because("everything else is built on the parser, never the other way round");
}
