package io.github.kpi4j.validation;

import static io.github.kpi4j.validation.Plans.goal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommonBudgetIndicatorsTest {
  private static final String RULE = "common-budget-indicators";

  @Test
  void should_warn_of_a_plan_without_one_of_the_common_indicators() {
    // GIVEN a budget goal with only the capital budget indicator
    List<Finding> findings =
        Plans.validate(
                Plans.withGoals(
                    Plans.goal1(), Plans.goal2(), goal(3, "妥適配置預算資源", Plans.capitalBudget(1))))
            .findings(RULE);
    // WHEN validated, THEN the missing one is named, at /goals
    assertThat(findings)
        .extracting(Finding::path, Finding::severity, Finding::message)
        .containsExactly(
            tuple(
                "/goals",
                Severity.WARNING,
                "The plan lacks the KPI 機關於中程歲出概算額度內編報情形, one of the two common"
                    + " indicators of budget execution that every agency's plan carries"));
  }

  @Test
  void should_warn_of_each_missing_indicator() {
    // GIVEN a plan without a budget goal
    List<Finding> findings =
        Plans.validate(Plans.withGoals(Plans.goal1(), Plans.goal2())).findings(RULE);
    // WHEN validated, THEN both are reported, in the order plans print them
    assertThat(findings).hasSize(2);
    assertThat(findings.get(0).message()).contains(Plans.CAPITAL_BUDGET);
    assertThat(findings.get(1).message()).contains(Plans.CEILING);
  }

  @Test
  void should_find_the_indicators_by_name_in_any_goal_and_width() {
    // GIVEN the indicators under goal 1, one printed with spaces
    List<Finding> findings =
        Plans.validate(
                Plans.withGoals(
                    goal(1, "預算", Plans.capitalBudget(1).name("機關年度 資本門預算執行率"), Plans.ceiling(2))))
            .findings(RULE);
    // WHEN validated, THEN both are found
    assertThat(findings).isEmpty();
  }

  @Test
  void should_warn_of_a_changed_formula_in_the_measurement_standard() {
    // GIVEN the capital budget indicator without 資本門賸餘數 in its formula
    List<Finding> findings =
        Plans.validate(
                Plans.withGoals(
                    Plans.goal1(),
                    goal(
                        2,
                        "預算",
                        Plans.capitalBudget(1)
                            .measurementStandard("（本年度資本門實支數＋資本門應付未付數）÷（資本門預算數）×100%"),
                        Plans.ceiling(2))))
            .findings(RULE);
    // WHEN validated, THEN the measurement standard is reported, with the standard formula
    assertThat(findings)
        .extracting(Finding::path, Finding::message)
        .containsExactly(
            tuple(
                "/goals/1/kpis/0/measurementStandard",
                "KPI 2.1 機關年度資本門預算執行率 does not compute the common indicator's standard"
                    + " formula "
                    + Plans.CAPITAL_BUDGET_FORMULA));
  }

  @Test
  void should_warn_of_a_changed_explicit_formula_at_the_formula() {
    // GIVEN the ceiling indicator with an explicit formula that drops the square brackets' ×100%
    List<Finding> findings =
        Plans.validate(
                Plans.withGoals(
                    goal(
                        1,
                        "預算",
                        Plans.capitalBudget(1),
                        Plans.ceiling(2).formula("（本年度歲出概算編報數－本年度中程歲出概算額度核列數）÷本年度中程歲出概算額度核列數"))))
            .findings(RULE);
    // WHEN validated, THEN the formula is reported
    assertThat(findings).extracting(Finding::path).containsExactly("/goals/0/kpis/1/formula");
  }

  @Test
  void should_warn_of_an_indicator_whose_measurement_standard_holds_no_formula() {
    // GIVEN the ceiling indicator measured by prose
    List<Finding> findings =
        Plans.validate(
                Plans.withGoals(
                    goal(
                        1,
                        "預算",
                        Plans.capitalBudget(1),
                        Plans.ceiling(2).measurementStandard("依中程歲出概算額度編報之情形"))))
            .findings(RULE);
    // WHEN validated, THEN its measurement standard is reported
    assertThat(findings)
        .extracting(Finding::path)
        .containsExactly("/goals/0/kpis/1/measurementStandard");
  }

  @Test
  void should_accept_the_standard_formulas_in_ascii_with_spaces_between_tokens() {
    // GIVEN the formulas in the MOFA extraction's ASCII, with its stray spaces between tokens and
    // a printed value on one
    List<Finding> findings =
        Plans.validate(
                Plans.withGoals(
                    goal(
                        1,
                        "預算",
                        Plans.capitalBudget(1)
                            .formula("(本年度資本門實支數 +資本門應付未付數+ 資本門賸餘數)÷(資本門預算數)×100%"),
                        Plans.ceiling(2)
                            .formula(
                                "【(本年度歲出概算編報數-本年度中程歲出概算額度核列數)÷本年度中程歲出概算額度核列數】" + " ×100%＝5%"))))
            .findings(RULE);
    // WHEN validated, THEN they are the standard formulas
    assertThat(findings).isEmpty();
  }

  @Test
  void should_warn_of_a_formula_whose_name_is_split_by_white_space() {
    // GIVEN the capital budget indicator's formula exactly as the MOFA extraction prints it, with
    // 資 本門預算數 split where the PDF wrapped the cell
    List<Finding> findings =
        Plans.validate(
                Plans.withGoals(
                    goal(
                        1,
                        "預算",
                        Plans.capitalBudget(1)
                            .formula("(本年度資本門實支數 +資本門應付未付數+ 資本門賸餘數)÷(資 本門預算數)×100%"),
                        Plans.ceiling(2))))
            .findings(RULE);
    // WHEN validated, THEN it is not the standard formula: it does not even compile (formula-parses
    // says why), as 資 and 本門預算數 are two variables
    assertThat(findings)
        .extracting(Finding::path, Finding::severity)
        .containsExactly(tuple("/goals/0/kpis/0/formula", Severity.WARNING));
  }
}
