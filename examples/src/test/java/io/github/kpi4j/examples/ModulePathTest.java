package io.github.kpi4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The library modules work on the module path, not only on the class path where the other tests
 * run: their descriptors resolve, export only the API packages, and a plan can be read, validated
 * and assessed through them (Jackson's reflection and the message resources included).
 */
class ModulePathTest {
  /** The library modules' folders, and the names their jars start with; then their dependencies. */
  private static final List<String> LIBRARY =
      List.of("core", "formulas", "validation", "assessment", "io-json");

  private static final List<String> THIRD_PARTY =
      List.of("exp4j-", "jackson-", "value-annotations-");

  private static boolean onModulePath(String entry) {
    Path path = Path.of(entry);
    String name = path.getFileName().toString();
    // Within a reactor build a module's classes are its jar (after package) or its classes folder.
    return LIBRARY.stream()
            .anyMatch(
                m ->
                    name.startsWith("kpi4j-" + m + "-") && name.endsWith(".jar")
                        || path.endsWith(Path.of(m, "target", "classes")))
        || THIRD_PARTY.stream().anyMatch(name::startsWith);
  }

  private static ModuleLayer layer() {
    Path[] entries =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(ModulePathTest::onModulePath)
            .map(Path::of)
            .filter(Files::exists)
            .toArray(Path[]::new);
    Configuration configuration =
        ModuleLayer.boot()
            .configuration()
            .resolve(
                ModuleFinder.of(entries),
                ModuleFinder.of(),
                Set.of(
                    "io.github.kpi4j.json",
                    "io.github.kpi4j.validation",
                    "io.github.kpi4j.assessment"));
    return ModuleLayer.boot()
        .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
  }

  @Test
  void should_export_only_the_api_packages() {
    // GIVEN the library modules resolved on a module path
    ModuleLayer layer = layer();
    // THEN each exports its API packages and nothing internal
    assertThat(exports(layer, "io.github.kpi4j.core"))
        .containsExactlyInAnyOrder(
            "io.github.kpi4j",
            "io.github.kpi4j.model",
            "io.github.kpi4j.quantity",
            "io.github.kpi4j.finding");
    assertThat(exports(layer, "io.github.kpi4j.formulas"))
        .containsExactly("io.github.kpi4j.formulas");
    assertThat(exports(layer, "io.github.kpi4j.validation"))
        .containsExactly("io.github.kpi4j.validation");
    assertThat(exports(layer, "io.github.kpi4j.assessment"))
        .containsExactly("io.github.kpi4j.assessment");
    assertThat(exports(layer, "io.github.kpi4j.json"))
        .containsExactlyInAnyOrder("io.github.kpi4j.json", "io.github.kpi4j.json.jackson");
    // AND the internals the library modules share are exported to those modules alone
    for (Module module : layer.modules()) {
      for (ModuleDescriptor.Exports shared : module.getDescriptor().exports()) {
        if (shared.isQualified()) {
          assertThat(shared.source()).as(module.getName()).isEqualTo("io.github.kpi4j.internal");
          assertThat(shared.targets()).allMatch(target -> target.startsWith("io.github.kpi4j."));
        }
      }
    }
    assertThat(layer.findModule("io.github.kpi4j.json").orElseThrow().getDescriptor().provides())
        .extracting(ModuleDescriptor.Provides::service)
        .containsExactly("tools.jackson.databind.JacksonModule");
  }

  @Test
  void should_read_validate_and_assess_a_plan_on_the_module_path() throws Exception {
    // GIVEN the MAC plan and results as text, and the modules in their own layer
    ModuleLayer layer = layer();
    String plan = Files.readString(Path.of("plans", "mac-107.json"));
    String results = Files.readString(Path.of("plans", "mac-107-results.json"));
    ClassLoader loader = layer.findLoader("io.github.kpi4j.json");
    // WHEN they are read, validated and assessed through the modules' public API
    Class<?> kpiJson = loader.loadClass("io.github.kpi4j.json.KpiJson");
    Object json = kpiJson.getMethod("create").invoke(null);
    Object model = kpiJson.getMethod("readPlan", String.class).invoke(json, plan);
    Object reported = kpiJson.getMethod("readResults", String.class).invoke(json, results);
    Class<?> validatorType = loader.loadClass("io.github.kpi4j.validation.PlanValidator");
    Object validator = validatorType.getMethod("standard").invoke(null);
    Method validate =
        validatorType.getMethod("validate", loader.loadClass("io.github.kpi4j.model.AnnualPlan"));
    Object report = validate.invoke(validator, model);
    Class<?> assessorType = loader.loadClass("io.github.kpi4j.assessment.Assessor");
    Object assessor = assessorType.getMethod("standard").invoke(null);
    Object assessment =
        assessorType
            .getMethod(
                "assess",
                loader.loadClass("io.github.kpi4j.model.AnnualPlan"),
                loader.loadClass("io.github.kpi4j.model.PlanResults"))
            .invoke(assessor, model, reported);
    // THEN the plan is valid and its KPIs are rated as on the class path
    assertThat(model.getClass().getModule().getName()).isEqualTo("io.github.kpi4j.core");
    // (through the exported interfaces: the implementations are rightly out of reach)
    Class<?> reportType = loader.loadClass("io.github.kpi4j.validation.ValidationReport");
    Class<?> assessmentType = loader.loadClass("io.github.kpi4j.assessment.Assessment");
    assertThat((List<?>) reportType.getMethod("findings").invoke(report)).isEmpty();
    assertThat((List<?>) assessmentType.getMethod("kpis").invoke(assessment)).hasSize(15);
    assertThat(assessmentType.getMethod("summary").invoke(assessment).toString()).contains("=10");
  }

  @Test
  void should_need_no_automatic_module_so_that_the_modules_can_be_published() {
    // GIVEN the library modules resolved on a module path, with all they require
    ModuleLayer layer = layer();
    // THEN none of them is an automatic module (a name taken from a file name is no contract)
    assertThat(layer.modules())
        .filteredOn(m -> m.getDescriptor().isAutomatic())
        .extracting(Module::getName)
        .isEmpty();
  }

  @Test
  void should_give_the_users_of_validation_and_assessment_the_formulas() throws Exception {
    // GIVEN the library modules on a module path
    ModuleLayer layer = layer();
    // THEN validation and assessment require formulas transitively, as their users evaluate
    // formulas
    for (String module : List.of("io.github.kpi4j.validation", "io.github.kpi4j.assessment")) {
      assertThat(layer.findModule(module).orElseThrow().getDescriptor().requires())
          .filteredOn(r -> r.name().equals("io.github.kpi4j.formulas"))
          .singleElement()
          .satisfies(
              r ->
                  assertThat(r.modifiers())
                      .contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
    }
    // AND WHEN a formula is compiled and evaluated there, exp4j inside the module does the work
    Class<?> formula =
        layer.findLoader("io.github.kpi4j.formulas").loadClass("io.github.kpi4j.formulas.Formula");
    Object compiled = formula.getMethod("compile", String.class).invoke(null, "（甲－乙）÷乙×100%");
    Object value =
        formula
            .getMethod("evaluate", java.util.Map.class)
            .invoke(compiled, java.util.Map.of("甲", 12, "乙", 10));
    assertThat((Double) value).isCloseTo(0.2, org.assertj.core.api.Assertions.within(1e-12));
  }

  /** The packages a module exports to everyone: its API. */
  private static Set<String> exports(ModuleLayer layer, String module) {
    return layer.findModule(module).orElseThrow().getDescriptor().exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
  }
}
