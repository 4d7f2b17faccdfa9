package io.github.kpi4j.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The table {@code formulas.csv}: each row a formula, the values of its variables ({@code
 * name=value;…}), and either its value (and printed value) or the kind, position and variable of
 * the error it raises, whether compiling or evaluating.
 */
class FormulaCasesTest {
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvFileSource(
      resources = "/io/github/kpi4j/formulas/formulas.csv",
      delimiter = '|',
      numLinesToSkip = 1,
      ignoreLeadingAndTrailingWhitespace = false)
  void should_evaluate_or_reject_as_the_table_says(
      String formula,
      String values,
      Double expected,
      String printed,
      FormulaException.Kind kind,
      Integer position,
      String variable) {
    // GIVEN
    // \n in the table stands for a line break (a wrapped table cell)
    String text = formula == null ? "" : formula.replace("\\n", "\n");
    Map<String, Double> given = parse(values);

    if (kind == null) {
      // WHEN
      Formula compiled = Formula.compile(text);
      double value = compiled.evaluate(given);

      // THEN
      assertThat(value).isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected))));
      assertThat(compiled.printedValue()).isEqualTo(java.util.Optional.ofNullable(printed));
    } else {
      // WHEN
      FormulaException e =
          catchThrowableOfType(FormulaException.class, () -> Formula.compile(text).evaluate(given));

      // THEN
      assertThat(e).as("a FormulaException").isNotNull();
      assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
      assertThat(e.position()).as(e.getMessage()).isEqualTo(position);
      assertThat(e.formula()).isEqualTo(text);
      if (variable != null) {
        assertThat(e.variable()).as(e.getMessage()).contains(variable);
      }
    }
  }

  private static Map<String, Double> parse(String values) {
    Map<String, Double> parsed = new LinkedHashMap<>();
    if (values != null) {
      for (String pair : values.split(";")) {
        String[] nameValue = pair.split("=", 2);
        parsed.put(nameValue[0], Double.parseDouble(nameValue[1]));
      }
    }
    return parsed;
  }
}
