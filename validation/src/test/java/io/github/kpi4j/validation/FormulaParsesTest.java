package io.github.kpi4j.validation;

import static io.github.kpi4j.validation.Plans.goal;
import static io.github.kpi4j.validation.Plans.kpi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.Kpi;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaParsesTest {
  private static final String RULE = "formula-parses";

  private static List<Finding> findingsFor(Kpi.Builder kpi) {
    return Plans.validate(Plans.withGoals(goal(1, "目標", kpi(1, "甲"), kpi))).findings(RULE);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"（甲＋乙）÷", "甲＋乙）", "2甲", "甲÷÷乙", "100%%", "甲 乙", "（資 本門預算數）"})
  void should_report_an_explicit_formula_that_does_not_compile(String formula) {
    // GIVEN KPI 1.2 with a formula that is not one
    List<Finding> findings = findingsFor(kpi(2, "乙").formula(formula));
    // WHEN validated, THEN an error points at the formula
    assertThat(findings)
        .extracting(Finding::path, Finding::severity)
        .containsExactly(tuple("/goals/0/kpis/1/formula", Severity.ERROR));
  }

  @Test
  void should_report_a_blank_formula_as_blank_text_and_read_the_measurement_standard() {
    // GIVEN KPI 1.2 with a blank formula and a formula in its measurement standard
    List<Finding> all =
        Plans.validate(
                Plans.withGoals(
                    goal(
                        1,
                        "目標",
                        kpi(1, "甲"),
                        kpi(2, "乙").formula("  ").measurementStandard("甲÷乙"))))
            .findings();
    // WHEN validated, THEN the blank formula is blank text, not a formula that does not compile
    assertThat(all)
        .extracting(Finding::rule, Finding::path)
        .contains(tuple("text-not-blank", "/goals/0/kpis/1/formula"))
        .doesNotContain(tuple(RULE, "/goals/0/kpis/1/formula"));
  }

  @Test
  void should_say_where_reading_failed_counting_characters_from_1() {
    // GIVEN a closing bracket that closes nothing, the 4th character
    List<Finding> findings = findingsFor(kpi(2, "乙").formula("甲＋乙）"));
    // WHEN validated, THEN the message names the character and the formulas module's reason
    assertThat(findings.get(0).message())
        .startsWith("The formula of KPI 1.2 cannot be read at character 4: ")
        .endsWith("; the formula is 甲＋乙）");
  }

  @Test
  void should_count_a_character_outside_the_basic_multilingual_plane_once() {
    // GIVEN 𠀋 (two UTF-16 units) before a closing bracket that closes nothing, the 3rd character
    List<Finding> findings = findingsFor(kpi(2, "乙").formula("𠀋＋）"));
    // WHEN validated, THEN the 3rd character, as the formulas module's own message counts
    assertThat(findings.get(0).message())
        .startsWith("The formula of KPI 1.2 cannot be read at character 3: ");
  }

  @Test
  void should_name_two_variables_side_by_side_where_white_space_splits_a_name() {
    // GIVEN a name split as a PDF extraction splits it: 資 本門預算數
    List<Finding> findings = findingsFor(kpi(2, "乙").formula("（本年度資本門實支數）÷（資 本門預算數）×100%"));
    // WHEN validated, THEN the second part, the 16th character, and why
    assertThat(findings.get(0).message())
        .startsWith(
            "The formula of KPI 1.2 cannot be read at character 16: two variables side by side,"
                + " '資' and '本門預算數': white space ends a name");
  }

  @Test
  void should_report_in_traditional_chinese_without_english() {
    // GIVEN a validator reporting in Traditional Chinese
    PlanValidator validator =
        PlanValidator.builder().clock(Plans.CLOCK).locale(Locale.TAIWAN).build();
    // WHEN a formula that does not compile is validated
    List<Finding> findings =
        validator
            .validate(Plans.withGoals(goal(1, "目標", kpi(1, "甲").formula("甲＋乙）"))))
            .findings(RULE);
    // THEN the message, the formulas module's reason included, is Chinese
    assertThat(findings.get(0).message())
        .isEqualTo("關鍵績效指標1.1的公式在第4個字元處無法解讀：多出的 '）'：沒有待閉合的括號；公式為甲＋乙）")
        .doesNotContainPattern("[A-Za-z]");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "補助辦展數/計畫補助辦展數*100%",
        "（當年度青年交流總人次－前1年度青年交流總人次）÷前1年度青年交流總人次＝2%",
        "【(本年度歲出概算編報數 - 本年度中程歲出概算額度核列數)÷本年度中程歲出概算額度核列數】 ×100%"
      })
  void should_accept_a_formula_that_compiles(String formula) {
    assertThat(findingsFor(kpi(2, "乙").formula(formula).target("2%"))).isEmpty();
  }

  @Test
  void should_not_take_prose_in_a_measurement_standard_for_a_broken_formula() {
    // GIVEN measurement standards that are prose or a list of milestones, with no formula given
    List<Finding> findings =
        findingsFor(kpi(2, "乙").measurementStandard("1.與擬爭取參與之國際組織洽談次數。2.參與會議（含視訊）次數"));
    // WHEN validated, THEN nothing: there is no formula to read
    assertThat(findings).isEmpty();
  }
}
