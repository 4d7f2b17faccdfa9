package io.github.kpi4j.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.model.Agency;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.EvaluationMethod;
import io.github.kpi4j.model.EvaluationSystem;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.Programme;
import io.github.kpi4j.model.ProgrammeCategory;
import io.github.kpi4j.validation.PlanValidator;
import io.github.kpi4j.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any plan the model can hold is validated without an exception, into well-formed findings. */
class ValidatorRobustnessTest {
  /** Few, short texts, so that names collide, references half resolve and blanks occur. */
  private static Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.of("", " ", "　", "甲", "乙", "甲乙", "（甲）", "(甲)", "1.1", "2.1", "９.９"),
        Arbitraries.strings().withChars("甲乙丙 （）()＋+÷×%＝=.0123456789").ofMaxLength(12));
  }

  private static Arbitrary<Kpi> kpis() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 4),
            texts(),
            Arbitraries.of(EvaluationMethod.class),
            texts(),
            texts().injectNull(0.3),
            Arbitraries.of("10次", "86%", "4.5分", "較前年度增加10%", " ", "2%").injectNull(0.2),
            Arbitraries.integers().between(0, 120).injectNull(0.7))
        .as(
            (number, name, method, standard, formula, target, weight) -> {
              Kpi.Builder kpi =
                  Kpi.builder()
                      .number(number)
                      .name(name)
                      .evaluationSystem(EvaluationSystem.EXISTING_ORGANISATION)
                      .evaluationMethod(method)
                      .measurementStandard(standard);
              if (formula != null) {
                kpi.formula(formula);
              }
              if (target != null) {
                kpi.target(target);
              }
              if (weight != null) {
                kpi.weight(BigDecimal.valueOf(weight));
              }
              return kpi.build();
            });
  }

  @Provide
  Arbitrary<AnnualPlan> plans() {
    Arbitrary<Goal> goals =
        Combinators.combine(
                Arbitraries.integers().between(1, 4), texts(), kpis().list().ofMaxSize(4))
            .as((n, title, kpis) -> Goal.builder().number(n).title(title).addAllKpis(kpis).build());
    Arbitrary<Programme> programmes =
        Combinators.combine(texts(), texts(), texts().list().ofMaxSize(3))
            .as(
                (work, item, refs) ->
                    Programme.builder()
                        .workProgramme(work)
                        .item(item)
                        .category(ProgrammeCategory.OTHER)
                        .addAllKpis(refs)
                        .build());
    return Combinators.combine(
            texts(), Arbitraries.integers().between(1, 300), goals.list().ofMaxSize(4),
            programmes.list().ofMaxSize(3))
        .as(
            (agency, year, goalList, programmeList) ->
                AnnualPlan.builder()
                    .agency(Agency.of(agency, agency))
                    .rocYear(year)
                    .goals(goalList)
                    .programmes(programmeList)
                    .build());
  }

  @Property(tries = 300)
  void should_validate_any_plan_into_well_formed_findings_in_document_order(
      @ForAll("plans") AnnualPlan plan) {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.TAIWAN)) {
      ValidationReport report = PlanValidator.builder().locale(locale).build().validate(plan);
      List<String> ids = PlanValidator.standard().ruleIds();
      for (Finding finding : report.findings()) {
        assertThat(ids).contains(finding.rule());
        assertThat(finding.path()).matches("(/[A-Za-z0-9]+)*");
        assertThat(finding.message()).isNotBlank().doesNotContain("{");
      }
      assertThat(report.findings()).isSortedAccordingTo(
          (a, b) -> DocumentOrder.INSTANCE.compare(a.path(), b.path()));
      assertThat(report.isValid()).isEqualTo(report.errors().isEmpty());
    }
  }
}
