package io.github.kpi4j.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of finding a formula in a measurement standard: it does not depend on the width of the
 * characters, on where a wrapped line breaks, or on the label in front; no text makes it throw
 * anything but {@link FormulaException}; and what it finds reads as the text it found.
 */
class FindingPropertiesTest {
  private static final List<String> NAMES =
      List.of("實際執行數", "應執行數", "資本門預算數", "65歲以上人口數", "0-14歲人口數", "當月（年）日數", "A", "售電量");

  private static final List<String> OPERATORS = List.of("＋", "－", "×", "÷", "/", "*", "+");

  private static final List<String> LABELS =
      List.of("", "公式：", "計算公式：", "計算方式為", "（3）執行率：", "3.", "每戶平均人口數，為", "執行率＝");

  private static final List<String> REMARKS =
      List.of("", "。", "（超過100%以100%計算）", "（3%~5%）", "，若分母為0則不予計算。", "(單位:場數)");

  /** A formula of two to four names, with ×100% or not. */
  private static Gen<String> formulas() {
    Gen<String> name = Generate.pick(NAMES);
    Gen<String> operator = Generate.pick(OPERATORS);
    Gen<Integer> count = integers().between(2, 4);
    Gen<Boolean> percent = Generate.booleans();
    return in -> {
      StringBuilder formula = new StringBuilder(name.generate(in));
      for (int i = count.generate(in); i > 1; i--) {
        formula.append(operator.generate(in)).append(name.generate(in));
      }
      if (percent.generate(in)) {
        formula.append("×100%");
      }
      return formula.toString();
    };
  }

  @Test
  void should_find_the_same_formula_behind_any_label_and_before_any_remark() {
    qt().withExamples(300)
        .forAll(formulas(), Generate.pick(LABELS), Generate.pick(REMARKS))
        .checkAssert(
            (formula, label, remark) -> {
              // GIVEN a formula as a standard prints it, with a label in front and a remark after
              String standard = label + formula + remark;

              // WHEN it is found
              Optional<FoundFormula> found = MeasurementStandards.find(standard);

              // THEN it is the formula, standing where the label leaves it
              assertThat(found).as(standard).isPresent();
              assertThat(found.get().text()).isEqualTo(formula);
              assertThat(found.get().spans().get(0).start()).isEqualTo(label.length());
            });
  }

  @Test
  void should_find_the_same_formula_in_full_width_and_in_ascii() {
    qt().withExamples(300)
        .forAll(formulas(), Generate.pick(LABELS), Generate.pick(REMARKS))
        .checkAssert(
            (formula, label, remark) -> {
              // GIVEN a standard, and the same with every ASCII character in full width
              String standard = label + formula + remark;
              String wide = fullWidth(standard);

              // WHEN the formula is found in both
              FoundFormula ascii = MeasurementStandards.find(standard).orElseThrow();
              FoundFormula full = MeasurementStandards.find(wide).orElseThrow();

              // THEN they are one formula, at one place
              assertThat(full.formula().variables()).isEqualTo(ascii.formula().variables());
              assertThat(full.spans()).isEqualTo(ascii.spans());
              assertThat(full.text()).isEqualTo(fullWidth(ascii.text()));
            });
  }

  @Test
  void should_find_the_same_formula_wherever_a_wrapped_line_breaks() {
    qt().withExamples(300)
        .forAll(
            formulas(),
            Generate.pick(LABELS),
            integers().between(0, 1000),
            Generate.pick(List.of("\n", "\r\n", "\n    ", "\n\n")))
        .checkAssert(
            (formula, label, at, lineBreak) -> {
              // GIVEN a formula wrapped at any character inside it, as a table cell wraps
              int cut = 1 + at % (formula.length() - 1);
              if (Character.isLowSurrogate(formula.charAt(cut))) {
                cut--;
              }
              String wrapped =
                  label + formula.substring(0, cut) + lineBreak + formula.substring(cut);

              // WHEN the formula is found
              FoundFormula found = MeasurementStandards.find(wrapped).orElseThrow();

              // THEN it has the variables and the value of the formula unwrapped
              Formula whole = Formula.compile(formula);
              assertThat(found.formula().variables()).as(wrapped).isEqualTo(whole.variables());
              double[] values = new double[whole.variables().size()];
              for (int i = 0; i < values.length; i++) {
                values[i] = 3 + i;
              }
              assertThat(found.formula().evaluate(values)).isEqualTo(whole.evaluate(values));
            });
  }

  @Test
  void should_raise_nothing_but_a_formula_exception_and_read_what_it_finds_as_found() {
    qt().withExamples(2000)
        .forAll(standards())
        .checkAssert(
            standard -> {
              // GIVEN any text
              List<FoundFormula> all;
              try {
                // WHEN formulas are found in it
                MeasurementStandards.find(standard);
              } catch (FormulaException e) {
                // THEN only two readings are refused, at a place in the text
                assertThat(e.kind()).isEqualTo(FormulaException.Kind.TWO_READINGS);
                assertThat(e.position()).isBetween(0, standard.length());
              }
              all = MeasurementStandards.findAll(standard);
              for (FoundFormula found : all) {
                // AND each found formula stands where it says, and reads as its text does
                for (FoundFormula.Span span : found.spans()) {
                  assertThat(span.end()).isLessThanOrEqualTo(standard.length());
                }
                if (found.spans().size() == 1) {
                  FoundFormula.Span span = found.spans().get(0);
                  assertThat(standard.substring(span.start(), span.end())).isEqualTo(found.text());
                  Formula read = Formula.compile(found.text());
                  assertThat(read.variables()).isEqualTo(found.formula().variables());
                  double[] values = new double[read.variables().size()];
                  java.util.Arrays.fill(values, 7);
                  assertThat(value(read, values)).isEqualTo(value(found.formula(), values));
                }
              }
            });
  }

  private static Object value(Formula formula, double[] values) {
    try {
      return formula.evaluate(values);
    } catch (FormulaException e) {
      return e.kind();
    }
  }

  /** Texts made of the pieces standards are made of, in any order, and stray characters. */
  private static Gen<String> standards() {
    List<String> pieces = new ArrayList<>();
    pieces.addAll(NAMES);
    pieces.addAll(OPERATORS);
    pieces.addAll(LABELS);
    pieces.addAll(REMARKS);
    pieces.addAll(
        List.of(
            "分子：", "分母：", "\n", " ", "「", "」", "（", "）", "＝", "≒", "100%", "1,000", "x", "為", "即",
            "，", "。", "1/4", "2.5", "①"));
    Gen<String> piece = Generate.pick(pieces);
    Gen<String> stray = strings().allPossible().ofLengthBetween(0, 2);
    Gen<Integer> count = integers().between(0, 12);
    return in -> {
      StringBuilder text = new StringBuilder();
      for (int i = count.generate(in); i > 0; i--) {
        text.append(piece.generate(in));
        if (i % 5 == 0) {
          text.append(stray.generate(in));
        }
      }
      return text.toString();
    };
  }

  private static String fullWidth(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(c > 0x20 && c < 0x7F ? (char) (c + 0xFEE0) : (char) c));
    return out.toString();
  }
}
