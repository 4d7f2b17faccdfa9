package io.github.kpi4j.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The formulas of the two seed plans (大陸委員會 and 外交部, 107) and of the format's specification, as
 * printed there, evaluate to values computed by hand.
 */
class SeedFormulasTest {
  private static final String CAPITAL_EXECUTION_MAC = "（本年度資本門實支數＋資本門應付未付數＋資本門賸餘數）÷（資本門預算數）×100%";
  private static final String CEILING_MAC = "【（本年度歲出概算編報數－本年度中程歲出概算額度核列數）÷本年度中程歲出概算額度核列數】×100%";
  private static final String YOUTH_EXCHANGE_MAC = "（當年度青年交流總人次－前1年度青年交流總人次）÷前1年度青年交流總人次＝2%";

  /** As extracted from the 外交部 PDF: ASCII brackets, stray spaces, one inside a name. */
  private static final String CAPITAL_EXECUTION_MOFA_STANDARD =
      "(本年度資本門實支數 +資本門應付未付數+ 資本門賸餘數)÷(資 本門預算數)×100% (以上各數均含本年度" + " 原預算、追加預算及以 前年度保留數)";

  /** The formula examples/plans/mofa-107.json gives KPI 7.1: the split name mended. */
  private static final String CAPITAL_EXECUTION_MOFA = "(本年度資本門實支數+資本門應付未付數+資本門賸餘數)÷(資本門預算數)×100%";

  /** As extracted from the 外交部 PDF, a name split where the PDF wrapped the cell. */
  private static final String CEILING_MOFA_EXTRACTED =
      "【(本年度歲出概算編報數-本年度中程歲出概算額度核列數)÷本年度中程歲出概算額度 核列數】×100%";

  /** The formula examples/plans/mofa-107.json gives KPI 7.2: the split name mended. */
  private static final String CEILING_MOFA = "【(本年度歲出概算編報數-本年度中程歲出概算額度核列數)÷本年度中程歲出概算額度核列數】×100%";

  private static final String EXHIBITIONS_SPEC = "補助辦展數/計畫補助辦展數*100%";

  private static final Map<String, Double> CAPITAL =
      Map.of(
          "本年度資本門實支數", 80_000_000.0,
          "資本門應付未付數", 5_000_000.0,
          "資本門賸餘數", 6_000_000.0,
          "資本門預算數", 100_000_000.0);

  @Test
  void should_evaluate_mac_7_1_capital_budget_execution_rate() {
    // GIVEN 80M spent, 5M payable, 6M surplus of a 100M capital budget
    Formula formula = Formula.compile(CAPITAL_EXECUTION_MAC);

    // WHEN / THEN (80 + 5 + 6) ÷ 100 × 100% = 0.91
    assertThat(formula.evaluate(CAPITAL)).isCloseTo(0.91, within(1e-12));
    assertThat(formula.variables()).containsExactly("本年度資本門實支數", "資本門應付未付數", "資本門賸餘數", "資本門預算數");
    assertThat(formula.printedValue()).isEmpty();
  }

  @Test
  void should_evaluate_mac_7_2_mid_term_ceiling_excess() {
    // GIVEN a request of 1,050 against a ceiling of 1,000
    Formula formula = Formula.compile(CEILING_MAC);

    // WHEN
    double value = formula.evaluate(Map.of("本年度歲出概算編報數", 1050, "本年度中程歲出概算額度核列數", 1000));

    // THEN (1050 − 1000) ÷ 1000 × 100% = 0.05
    assertThat(value).isCloseTo(0.05, within(1e-12));
  }

  @Test
  void should_evaluate_mac_5_1_youth_exchange_growth_and_keep_its_printed_target() {
    // GIVEN 10,200 exchanges this year after 10,000 the year before
    Formula formula = Formula.compile(YOUTH_EXCHANGE_MAC);

    // WHEN
    double value = formula.evaluate(10_200, 10_000);

    // THEN (10200 − 10000) ÷ 10000 = 0.02, and ＝2% is the printed target, not arithmetic
    assertThat(value).isCloseTo(0.02, within(1e-12));
    assertThat(formula.variables()).containsExactly("當年度青年交流總人次", "前1年度青年交流總人次");
    assertThat(formula.printedValue()).contains("2%");
    assertThat(formula.expression()).isEqualTo("（當年度青年交流總人次－前1年度青年交流總人次）÷前1年度青年交流總人次");
  }

  @Test
  void should_find_no_formula_in_mofa_7_1_as_extracted_since_a_name_is_split() {
    // GIVEN the 外交部 measurement standard as the PDF extraction prints it, 資 本門預算數 split
    // WHEN / THEN it holds no formula: 資 and 本門預算數 are two variables side by side
    assertThat(MeasurementStandards.find(CAPITAL_EXECUTION_MOFA_STANDARD)).isEmpty();
  }

  @Test
  void should_evaluate_mofa_7_1_with_the_name_mended_like_its_mac_twin() {
    // GIVEN the formula the MOFA transcription gives KPI 7.1, in ASCII brackets
    Formula formula = Formula.compile(CAPITAL_EXECUTION_MOFA);

    // WHEN / THEN the variables of the MAC formula, and its value
    assertThat(formula.variables())
        .containsExactlyElementsOf(Formula.compile(CAPITAL_EXECUTION_MAC).variables());
    assertThat(formula.evaluate(CAPITAL)).isCloseTo(0.91, within(1e-12));
  }

  @Test
  void should_point_at_the_split_name_of_mofa_7_2_as_extracted() {
    // GIVEN / WHEN the 外交部 formula as extracted, 額度 核列數 split where the cell wrapped
    FormulaException e =
        catchThrowableOfType(FormulaException.class, () -> Formula.compile(CEILING_MOFA_EXTRACTED));

    // THEN a syntax error at 核列數, the second of two names side by side
    assertThat(e.kind()).isEqualTo(FormulaException.Kind.SYNTAX);
    assertThat(e.position()).isEqualTo(CEILING_MOFA_EXTRACTED.indexOf(" 核列數") + 1);
    assertThat(e.problem()).startsWith("two variables side by side, '本年度中程歲出概算額度' and '核列數'");
  }

  @Test
  void should_evaluate_mofa_7_2_with_the_name_mended() {
    // GIVEN a request of 950 against a ceiling of 1,000
    Formula formula = Formula.compile(CEILING_MOFA);

    // WHEN
    double value = formula.evaluate(Map.of("本年度歲出概算編報數", 950, "本年度中程歲出概算額度核列數", 1000));

    // THEN (950 − 1000) ÷ 1000 × 100% = −0.05
    assertThat(value).isCloseTo(-0.05, within(1e-12));
    assertThat(formula.variables()).containsExactly("本年度歲出概算編報數", "本年度中程歲出概算額度核列數");
  }

  @Test
  void should_evaluate_the_specification_example_in_ascii() {
    // GIVEN 45 exhibitions of 50 planned
    Formula formula = Formula.compile(EXHIBITIONS_SPEC);

    // WHEN / THEN 45 ÷ 50 × 100% = 0.9
    assertThat(formula.evaluate(45, 50)).isCloseTo(0.9, within(1e-12));
  }
}
