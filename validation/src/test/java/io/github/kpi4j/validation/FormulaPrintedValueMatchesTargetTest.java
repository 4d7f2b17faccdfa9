package io.github.kpi4j.validation;

import static io.github.kpi4j.validation.Plans.goal;
import static io.github.kpi4j.validation.Plans.kpi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.model.Kpi;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class FormulaPrintedValueMatchesTargetTest {
  private static final String RULE = "formula-printed-value-matches-target";
  private static final String YOUTH = "（當年度青年交流總人次－前1年度青年交流總人次）÷前1年度青年交流總人次＝";

  private static List<Finding> findingsFor(Kpi.Builder kpi) {
    return Plans.validate(Plans.withGoals(goal(1, "目標", kpi(1, "甲"), kpi))).findings(RULE);
  }

  @ParameterizedTest(name = "＝{0} vs target {1}: agree {2}")
  @CsvFileSource(resources = "printed-values.csv", numLinesToSkip = 2)
  void should_compare_printed_value_and_target_as_quantities(
      String printed, String target, boolean agree) {
    // GIVEN KPI 1.2 whose formula prints a value, and a target
    List<Finding> findings = findingsFor(kpi(2, "乙").formula(YOUTH + printed).target(target));
    // WHEN validated, THEN a disagreement is reported at the target
    if (agree) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings).extracting(Finding::path).containsExactly("/goals/0/kpis/1/target");
    }
  }

  @Test
  void should_check_a_formula_found_in_the_measurement_standard() {
    // GIVEN MAC's KPI 5.1, whose measurement standard is the formula, with a target of 3%
    List<Finding> findings =
        findingsFor(kpi(2, "擴大臺港澳青年交流").measurementStandard(YOUTH + "2%").target("3%"));
    // WHEN validated, THEN the disagreement is reported, quoting both
    assertThat(findings)
        .extracting(Finding::path, Finding::message)
        .containsExactly(
            tuple(
                "/goals/0/kpis/1/target",
                "The formula of KPI 1.2 prints 2%, but the KPI's target is 3%"));
  }

  @Test
  void should_prefer_the_explicit_formula_to_the_measurement_standard() {
    // GIVEN a measurement standard printing ＝2%, and an explicit formula printing ＝3%, target 3%
    List<Finding> findings =
        findingsFor(
            kpi(2, "乙").measurementStandard(YOUTH + "2%").formula(YOUTH + "3%").target("3%"));
    // WHEN validated, THEN the explicit formula is the one compared
    assertThat(findings).isEmpty();
  }

  @Test
  void should_not_concern_formulas_without_a_printed_value_or_kpis_without_a_target() {
    assertThat(findingsFor(kpi(2, "乙").formula("甲÷乙×100%").target("3%"))).isEmpty();
    assertThat(findingsFor(io.github.kpi4j.testing.Plans.kpi(2, "乙").formula(YOUTH + "2%")))
        .isEmpty();
  }
}
