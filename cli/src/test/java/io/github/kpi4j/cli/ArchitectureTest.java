package io.github.kpi4j.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module layering and the third-party boundaries, stated once so that a change cannot quietly
 * break them: core depends on no other module; formulas on core alone; validation and assessment on
 * core and formulas; the readers and writers (io-json, io-document) on core; the CLI on all of
 * them, and nothing on the CLI. Jackson stays in io-json (and the CLI's own JSON output), exp4j in
 * formulas, Apache POI in io-document.
 */
class ArchitectureTest {
  private static final String FORMULAS = "io.github.kpi4j.formulas..";
  private static final String VALIDATION = "io.github.kpi4j.validation..";
  private static final String ASSESSMENT = "io.github.kpi4j.assessment..";
  private static final String JSON = "io.github.kpi4j.json..";
  private static final String DOCUMENT = "io.github.kpi4j.document..";
  private static final String REPORT = "io.github.kpi4j.report..";
  private static final String CLI = "io.github.kpi4j.cli..";
  private static final String[] CORE = {
    "io.github.kpi4j",
    "io.github.kpi4j.model..",
    "io.github.kpi4j.quantity..",
    "io.github.kpi4j.finding..",
    "io.github.kpi4j.internal.."
  };
  private static final String[] JACKSON = {"tools.jackson..", "com.fasterxml.jackson.."};
  private static final String[] EXP4J = {
    "net.objecthunter.exp4j..", "io.github.kpi4j.formulas.internal.exp4j.."
  };

  private static final JavaClasses KPI4J =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.kpi4j");

  @Test
  void should_keep_the_core_free_of_every_other_module_and_library() {
    noClasses()
        .that()
        .resideInAnyPackage(CORE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            FORMULAS,
            VALIDATION,
            ASSESSMENT,
            JSON,
            DOCUMENT,
            REPORT,
            CLI,
            "tools.jackson..",
            "com.fasterxml.jackson..",
            "net.objecthunter..",
            "org.apache.poi..",
            "gg.jte..")
        .because("the core is the model every module shares, and depends on nothing at run time")
        .check(KPI4J);
  }

  @Test
  void should_keep_the_document_modules_internals_to_itself() {
    // kpi4j-io-document is an automatic module (see its package-info), so the module system does
    // not hide its internal package: this rule does.
    noClasses()
        .that()
        .resideOutsideOfPackage(DOCUMENT)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.kpi4j.document.internal..")
        .because("only io.github.kpi4j.document is the API of kpi4j-io-document")
        .check(KPI4J);
  }

  @Test
  void should_build_formulas_on_the_core_alone() {
    noClasses()
        .that()
        .resideInAPackage(FORMULAS)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(VALIDATION, ASSESSMENT, JSON, DOCUMENT, REPORT, CLI)
        .check(KPI4J);
  }

  @Test
  void should_build_validation_and_assessment_on_the_core_and_formulas() {
    noClasses()
        .that()
        .resideInAnyPackage(VALIDATION, ASSESSMENT)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(JSON, DOCUMENT, REPORT, CLI)
        .check(KPI4J);
  }

  @Test
  void should_keep_the_readers_and_writers_apart_from_the_rules_and_from_each_other() {
    noClasses()
        .that()
        .resideInAPackage(JSON)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FORMULAS, VALIDATION, ASSESSMENT, DOCUMENT, REPORT, CLI)
        .check(KPI4J);
    noClasses()
        .that()
        .resideInAPackage(DOCUMENT)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(JSON, REPORT, CLI)
        .check(KPI4J);
  }

  @Test
  void should_let_no_library_module_depend_on_the_cli() {
    noClasses()
        .that()
        .resideOutsideOfPackage(CLI)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(CLI)
        .check(KPI4J);
  }

  @Test
  void should_keep_jackson_inside_io_json_and_the_clis_json_output() {
    noClasses()
        .that()
        .resideOutsideOfPackages(JSON, CLI)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(JACKSON)
        .because("Jackson is io-json's choice: no other module, and no public signature, shows it")
        .check(KPI4J);
  }

  @Test
  void should_keep_exp4j_inside_formulas() {
    noClasses()
        .that()
        .resideOutsideOfPackage(FORMULAS)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(EXP4J)
        .because("exp4j is the formulas module's engine, hidden behind Formula")
        .check(KPI4J);
  }
}
