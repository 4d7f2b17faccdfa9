package io.github.kpi4j.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.Agency;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Baseline;
import io.github.kpi4j.model.EvaluationMethod;
import io.github.kpi4j.model.EvaluationSystem;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.KpiItem;
import io.github.kpi4j.model.Milestone;
import io.github.kpi4j.model.Programme;
import io.github.kpi4j.model.ProgrammeCategory;
import io.github.kpi4j.validation.CollectedReports;
import io.github.kpi4j.validation.PlanValidator;
import io.github.kpi4j.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Any plan the model can hold is validated without an exception, into well-formed findings. */
class ValidatorRobustnessTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneId.of("Asia/Taipei"));

  /** Few, short texts, so that names collide, references half resolve and blanks occur. */
  private static Gen<String> texts() {
    return Generate.oneOf(
        Generate.pick(
            List.of(
                "",
                " ",
                "　",
                "甲",
                "乙",
                "甲乙",
                "（甲）",
                "(甲)",
                "1.1",
                "2.1",
                "９.９",
                // the common indicators, in two wordings and widths each
                "機關年度資本門預算執行率",
                "資本門預算執行率",
                "機關於中程歲出概算額度內編報情形",
                "中程歲出概算額度內編報情形 ")),
        charsOf("甲乙丙 （）()＋+÷×%＝=.0123456789", 0, 12));
  }

  /** Strings of the given characters in any order. */
  private static Gen<String> charsOf(String alphabet, int minLength, int maxLength) {
    return Generate.intArrays(
            integers().between(minLength, maxLength), integers().between(0, alphabet.length() - 1))
        .map(
            indices -> {
              StringBuilder text = new StringBuilder(indices.length);
              for (int i : indices) {
                text.append(alphabet.charAt(i));
              }
              return text.toString();
            });
  }

  /** Null in about {@code percent} of the values, as an absent optional field. */
  private static <T> Gen<T> orNull(Gen<T> values, int percent) {
    return values.toOptionals(percent).map(value -> value.orElse(null));
  }

  private static Gen<Kpi> kpis() {
    Gen<Integer> numbers = integers().between(1, 4);
    Gen<String> names = texts();
    Gen<EvaluationMethod> methods = Generate.enumValues(EvaluationMethod.class);
    Gen<String> standards = texts();
    Gen<String> formulas = orNull(texts(), 30);
    Gen<String> targets =
        orNull(Generate.pick(List.of("10次", "86%", "4.5分", "較前年度增加10%", " ", "2%")), 20);
    Gen<Integer> weights = orNull(integers().between(0, 120), 70);
    Gen<Integer> counts = integers().between(0, 3);
    Gen<String> progress = Generate.pick(List.of("30%", "60%", "100%", "120%", "過半"));
    Gen<String> baselines = orNull(Generate.pick(List.of("1,200次", "80%")), 60);
    return in -> {
      Kpi.Builder kpi =
          Kpi.builder()
              .number(numbers.generate(in))
              .name(names.generate(in))
              .evaluationSystem(EvaluationSystem.EXISTING_ORGANISATION)
              .evaluationMethod(methods.generate(in))
              .measurementStandard(standards.generate(in));
      String formula = formulas.generate(in);
      if (formula != null) {
        kpi.formula(formula);
      }
      String target = targets.generate(in);
      if (target != null) {
        kpi.target(target);
      }
      Integer weight = weights.generate(in);
      if (weight != null) {
        kpi.weight(BigDecimal.valueOf(weight));
      }
      // Items and milestones, numbered and progressing in order or not, and a baseline
      for (int i = 1, n = counts.generate(in); i <= n; i++) {
        kpi.addItems(KpiItem.of(numbers.generate(in), "分項" + i, "1項"));
      }
      for (int i = 1, n = counts.generate(in); i <= n; i++) {
        kpi.addMilestones(Milestone.of(numbers.generate(in), "階段" + i, progress.generate(in)));
      }
      String baseline = baselines.generate(in);
      if (baseline != null) {
        kpi.baseline(Baseline.of(baseline));
      }
      return kpi.build();
    };
  }

  private static Gen<AnnualPlan> plans() {
    Gen<Integer> goalNumbers = integers().between(1, 4);
    Gen<String> titles = texts();
    Gen<List<Kpi>> kpiLists = lists().of(kpis()).ofSizeBetween(0, 4);
    Gen<Goal> goals =
        in ->
            Goal.builder()
                .number(goalNumbers.generate(in))
                .title(titles.generate(in))
                .addAllKpis(kpiLists.generate(in))
                .build();
    Gen<String> works = texts();
    Gen<String> items = texts();
    Gen<List<String>> references = lists().of(texts()).ofSizeBetween(0, 3);
    Gen<Programme> programmes =
        in ->
            Programme.builder()
                .workProgramme(works.generate(in))
                .item(items.generate(in))
                .category(ProgrammeCategory.OTHER)
                .addAllKpis(references.generate(in))
                .build();
    Gen<String> agencies = texts();
    Gen<Integer> years = integers().between(1, 300);
    Gen<List<Goal>> goalLists = lists().of(goals).ofSizeBetween(0, 4);
    Gen<List<Programme>> programmeLists = lists().of(programmes).ofSizeBetween(0, 3);
    return in -> {
      String agency = agencies.generate(in);
      return AnnualPlan.builder()
          .agency(Agency.of(agency, agency))
          .rocYear(years.generate(in))
          .goals(goalLists.generate(in))
          .programmes(programmeLists.generate(in))
          .build();
    };
  }

  @Test
  void should_validate_any_plan_into_well_formed_findings_in_document_order() {
    qt().withExamples(300)
        .forAll(plans())
        .checkAssert(
            plan -> {
              // GIVEN any plan, WHEN validated in English and in Traditional Chinese
              for (Locale locale : List.of(Locale.ENGLISH, Locale.TAIWAN)) {
                ValidationReport report =
                    PlanValidator.builder().locale(locale).build().validate(plan);
                // THEN every finding names a built-in rule, a JSON Pointer and a filled message
                List<String> ids = PlanValidator.ofDefaults().ruleIds();
                for (Finding finding : report.findings()) {
                  assertThat(ids).contains(finding.rule());
                  assertThat(finding.path()).matches("(/[A-Za-z0-9]+)*");
                  assertThat(finding.message()).isNotBlank().doesNotContain("{");
                }
                // AND the findings come in document order, and the report is valid exactly
                // without errors
                assertThat(report.findings())
                    .isSortedAccordingTo(
                        (a, b) -> DocumentOrder.INSTANCE.compare(a.path(), b.path()));
                // AND errors() holds exactly the findings of severity error, in their order, so
                // that a plan is valid exactly when none of its findings is an error
                List<Finding> errors =
                    report.findings().stream()
                        .filter(f -> f.severity() == Severity.ERROR)
                        .collect(Collectors.toList());
                assertThat(report.errors()).containsExactlyElementsOf(errors);
                assertThat(report.isValid()).isEqualTo(errors.isEmpty());
              }
            });
  }

  @Test
  void should_find_what_its_rules_find_one_after_another() {
    PlanValidator validator = PlanValidator.builder().clock(CLOCK).build();
    qt().withExamples(300)
        .forAll(plans())
        .checkAssert(
            plan -> {
              // GIVEN any plan; WHEN each built-in rule checks it alone, one after another in rule
              // order, each walking the KPIs itself
              List<Finding> oneByOne = new ArrayList<>();
              for (BuiltInRule rule : BuiltInRules.builtIn()) {
                CollectedReports reports = new CollectedReports();
                rule.check(
                    plan, new BuiltInRule.Reporter(rule.id(), reports, new ValidationRun(CLOCK)));
                for (int i = 0; i < reports.paths().size(); i++) {
                  oneByOne.add(
                      Finding.of(
                          rule.id(),
                          rule.defaultSeverity(),
                          reports.paths().get(i),
                          reports.messages().get(i)));
                }
              }
              // AND the findings are put in document order, then by severity, keeping the order
              // of the rules and of their reports
              oneByOne.sort(
                  Comparator.comparing(Finding::path, DocumentOrder.INSTANCE)
                      .thenComparing(Finding::severity));
              // THEN the validator, which walks the KPIs once for all the rules that check each
              // KPI, finds the same, in the same order
              assertThat(validator.validate(plan).findings()).containsExactlyElementsOf(oneByOne);
            });
  }
}
