package io.github.kpi4j.formulas;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Real measurement standards and indicator definitions from public Taiwanese government documents
 * (corpus/README.md says where each comes from), each as printed and in full-width, with the
 * formula a careful reader takes, or none.
 *
 * <p>{@code outcome} records what the finder does with each: {@code read} (found, and evaluates to
 * the value computed by hand), {@code none} (a standard without a formula, where nothing is found),
 * {@code two-readings} (a standard that prints several formulas: {@link
 * MeasurementStandards#find(String)} refuses and names two, {@link
 * MeasurementStandards#findAll(String)} holds the one of the row), or {@code missed} (a formula the
 * finder does not read, kept here as it is so that a change that reads it shows). No row expects a
 * formula to be invented: a found formula where the corpus has none fails.
 */
class RealStandardsCorpusTest {
  @ParameterizedTest(name = "{0} {1} {11}")
  @CsvFileSource(resources = "/io/github/kpi4j/formulas/corpus/standards.csv", numLinesToSkip = 1)
  void should_find_what_a_careful_reader_finds(
      String id,
      String width,
      String source,
      String standard,
      String formula,
      String variables,
      String values,
      Double expected,
      String printedValue,
      String defines,
      String kind,
      String outcome) {
    // GIVEN a real standard as printed
    // WHEN every formula in it is found
    List<FoundFormula> all = MeasurementStandards.findAll(standard);

    // THEN what happens is what the corpus records
    assertThat(outcome(standard, formula, values, expected, all)).as(id).isEqualTo(outcome);
    if (kind.endsWith("-none")) {
      assertThat(all).as("%s holds no formula: nothing may be found", id).isEmpty();
    }
  }

  /** What the finder does with a row, in the words of the {@code outcome} column. */
  static String outcome(
      String standard, String formula, String values, Double expected, List<FoundFormula> all) {
    if (formula == null) {
      return all.isEmpty() ? "none" : "invented";
    }
    FoundFormula match = null;
    for (FoundFormula found : all) {
      if (evaluatesTo(found.formula(), values, expected)) {
        match = found;
      }
    }
    if (match == null) {
      return "missed";
    }
    return all.size() > 1 ? "two-readings" : "read";
  }

  private static boolean evaluatesTo(Formula formula, String values, Double expected) {
    if (expected == null) {
      return false;
    }
    Map<String, Double> byName = new LinkedHashMap<>();
    if (values != null) {
      for (String pair : values.split(" \\| ")) {
        int equals = pair.lastIndexOf('=');
        byName.put(
            Normalizer.normalize(pair.substring(0, equals).strip(), Normalizer.Form.NFKC),
            Double.valueOf(pair.substring(equals + 1).strip()));
      }
    }
    double value;
    try {
      value = formula.evaluate(byName);
    } catch (FormulaException e) {
      // A numerator and a denominator read as descriptions are named by their text, the corpus
      // may name them 分子 and 分母: the values in order of first appearance.
      if (e.kind() != FormulaException.Kind.MISSING_VARIABLE
          || byName.size() != formula.variables().size()) {
        return false;
      }
      try {
        value =
            formula.evaluate(
                new ArrayList<>(byName.values()).stream().mapToDouble(d -> d).toArray());
      } catch (FormulaException again) {
        return false;
      }
    }
    return Math.abs(value - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
}
