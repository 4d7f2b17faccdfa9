package io.github.kpi4j.assessment;

import io.github.kpi4j.finding.DocumentPath;
import io.github.kpi4j.formulas.Formula;
import io.github.kpi4j.formulas.FormulaException;
import io.github.kpi4j.formulas.KpiFormula;
import io.github.kpi4j.internal.Decimals;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.KpiResult;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.quantity.Quantity;
import io.github.kpi4j.quantity.QuantityText;
import io.github.kpi4j.quantity.Unit;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one result: its given actual, the value its variables give through the KPI's formula, and
 * the findings about both.
 */
final class ResultEvaluator {
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final Unit PERCENT = Unit.of("%");

  /** Beyond the half unit of the last place, for values too large for the place to matter. */
  private static final BigDecimal RELATIVE_TOLERANCE = new BigDecimal("1E-9");

  private final FindingSink sink;

  ResultEvaluator(FindingSink sink) {
    this.sink = sink;
  }

  /** The actual a result gives, and where it came from. */
  record Evaluated(Optional<BigDecimal> actual, Optional<ActualSource> source) {}

  Evaluated evaluate(int index, KpiResult result, PlanKpi planKpi) {
    DocumentPath at = DocumentPath.root().property("results").index(index);
    Kpi kpi = planKpi.kpi();
    String id = planKpi.id().text();
    String name = kpi.name();

    Optional<Quantity> given = Optional.empty();
    if (result.actual().isPresent()) {
      QuantityText text = result.actual().get();
      given = text.quantity();
      if (given.isEmpty()) {
        sink.add(ResultRule.RESULT_ACTUAL_QUANTIFIED, at.property("actual"), id, name, text.text());
      }
    }
    Optional<BigDecimal> computed =
        result.variables().isEmpty()
            ? Optional.empty()
            : compute(at.property("variables"), result.variables(), kpi, id, name);

    if (given.isPresent() && computed.isPresent() && !agree(given.get(), computed.get())) {
      sink.add(
          ResultRule.RESULT_ACTUAL_CONSISTENT,
          at.property("actual"),
          id,
          name,
          result.actual().get().text(),
          computedText(computed.get(), given.get()));
    }

    Optional<QuantityText> target = kpi.target();
    Optional<Quantity> targetQuantity = target.flatMap(QuantityText::quantity);
    if (given.isPresent() && targetQuantity.isPresent()) {
      Unit actualUnit = given.get().unit();
      Unit targetUnit = targetQuantity.get().unit();
      // A plain number carries no claim about its unit; only two different units clash.
      if (!actualUnit.isNone() && !targetUnit.isNone() && !actualUnit.equals(targetUnit)) {
        sink.add(
            ResultRule.RESULT_UNIT_MATCHES,
            at.property("actual"),
            id,
            name,
            actualUnit.symbol(),
            target.get().text(),
            targetUnit.symbol());
      }
      if (looksLikePercentWithoutSign(given.get(), targetUnit)) {
        BigDecimal value = given.get().value();
        sink.add(
            ResultRule.RESULT_PERCENT_AS_NUMBER,
            at.property("actual"),
            id,
            name,
            result.actual().get().text(),
            target.get().text(),
            Quantity.of(value, PERCENT).text(),
            Quantity.of(value.movePointLeft(2), PERCENT).text(),
            Decimals.plainText(value.movePointLeft(2)));
      }
    }

    Optional<BigDecimal> actual = given.map(Quantity::value).or(() -> computed);
    Optional<ActualSource> source =
        given.isPresent()
            ? Optional.of(ActualSource.GIVEN)
            : computed.map(c -> ActualSource.COMPUTED);
    if (actual.isPresent() && targetQuantity.isEmpty()) {
      if (target.isPresent()) {
        sink.add(ResultRule.RESULT_TARGET_QUANTIFIED, at, id, name, target.get().text());
      } else {
        sink.addVariant(ResultRule.RESULT_TARGET_QUANTIFIED, ".absent", at, id, name);
      }
    }
    return new Evaluated(actual, source);
  }

  /**
   * A percentage is a fraction, so a plain number beyond ±1 against a percentage target is most
   * likely the percentage written without its sign ({@code 91} for 91%). Only a given actual can
   * be: a formula's value is whatever the formula makes it, and ×100% keeps a ratio a ratio.
   */
  static boolean looksLikePercentWithoutSign(Quantity given, Unit targetUnit) {
    return given.unit().isNone()
        && targetUnit.isPercent()
        && given.value().abs().compareTo(BigDecimal.ONE) > 0;
  }

  private Optional<BigDecimal> compute(
      DocumentPath at, Map<String, BigDecimal> variables, Kpi kpi, String id, String name) {
    Optional<KpiFormula> source = KpiFormula.of(kpi);
    if (source.isEmpty()) {
      sink.add(ResultRule.RESULT_FORMULA_PRESENT, at, id, name);
      return Optional.empty();
    }
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    Map<String, String> writtenAs = new LinkedHashMap<>();
    for (Map.Entry<String, BigDecimal> variable : variables.entrySet()) {
      String normal = normalise(variable.getKey());
      String first = writtenAs.putIfAbsent(normal, variable.getKey());
      if (first != null) {
        sink.add(
            ResultRule.RESULT_VARIABLES_DISTINCT,
            at.property(variable.getKey()),
            id,
            name,
            first,
            variable.getKey());
      } else {
        values.put(normal, variable.getValue());
      }
    }

    if (source.get().problem().isPresent()) {
      FormulaException e = source.get().problem().get();
      sink.addVariant(
          ResultRule.RESULT_FORMULA_EVALUATES,
          ".unreadable",
          at,
          id,
          name,
          source.get().text(),
          e.problem(sink.locale()),
          Math.max(1, e.character()));
      return Optional.empty();
    }
    Formula formula = source.get().compiled().orElseThrow();

    List<String> missing = new ArrayList<>();
    for (String needed : formula.variables()) {
      if (!values.containsKey(needed)) {
        missing.add(needed);
      }
    }
    for (Map.Entry<String, String> given : writtenAs.entrySet()) {
      if (!formula.variables().contains(given.getKey())) {
        sink.add(
            ResultRule.RESULT_VARIABLES_USED,
            at.property(given.getValue()),
            id,
            name,
            given.getValue(),
            source.get().text());
      }
    }
    if (!missing.isEmpty()) {
      sink.add(
          ResultRule.RESULT_VARIABLES_COMPLETE,
          at,
          id,
          name,
          String.join(sink.text("list.separator"), missing),
          source.get().text());
      return Optional.empty();
    }
    try {
      return Optional.of(Numbers.ofFormula(formula.evaluate(values)));
    } catch (FormulaException e) {
      sink.add(ResultRule.RESULT_FORMULA_EVALUATES, at, id, name, source.get().text(), cause(e));
      return Optional.empty();
    }
  }

  /** The cause in the report's language where it is known, else the formula module's words. */
  private String cause(FormulaException e) {
    String key = "cause." + e.kind().name();
    if (e.variable().isPresent() && sink.has(key + ".variable")) {
      return sink.text(key + ".variable", e.variable().get());
    }
    return sink.has(key) ? sink.text(key) : e.problem(sink.locale());
  }

  /**
   * A given actual agrees with the computed value when they differ by at most half a unit in the
   * actual's last decimal place (the agency rounded, whichever way), or by a billionth of the
   * actual (the formula's own floating-point error).
   */
  static boolean agree(Quantity given, BigDecimal computed) {
    BigDecimal actual = given.value();
    BigDecimal difference = actual.subtract(computed).abs();
    BigDecimal halfUnit = HALF.movePointLeft(Math.max(actual.scale(), 0));
    return difference.compareTo(halfUnit) <= 0
        || difference.compareTo(actual.abs().multiply(RELATIVE_TOLERANCE)) <= 0;
  }

  private static String computedText(BigDecimal computed, Quantity given) {
    return given.unit().isPercent()
        ? Quantity.of(computed, given.unit()).text() + " (" + computed.toPlainString() + ")"
        : computed.toPlainString();
  }

  /** Formula variables are compared as the formulas module compares them: in NFKC form. */
  static String normalise(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC);
  }
}
