package io.github.kpi4j.assessment;

import io.github.kpi4j.finding.DocumentPath;
import io.github.kpi4j.formulas.Formula;
import io.github.kpi4j.formulas.FormulaException;
import io.github.kpi4j.formulas.KpiFormula;
import io.github.kpi4j.internal.Decimals;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.ItemResult;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.KpiItem;
import io.github.kpi4j.model.KpiResult;
import io.github.kpi4j.model.Milestone;
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
final class ResultReader {
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final Unit PERCENT = Unit.of("%");

  /** Beyond the half unit of the last place, for values too large for the place to matter. */
  private static final BigDecimal RELATIVE_TOLERANCE = new BigDecimal("1E-9");

  private final FindingSink sink;
  private final Bands bands;

  ResultReader(FindingSink sink, Bands bands) {
    this.sink = sink;
    this.bands = bands;
  }

  /**
   * The actual a result gives and where it came from, the target it is assessed against, the
   * milestone it names and its items assessed.
   */
  record Evaluated(
      Optional<BigDecimal> actual,
      Optional<ActualSource> source,
      Optional<Quantity> target,
      Optional<Milestone> milestone,
      List<ItemAssessment> items) {}

  /** A KPI without a result: its target, and its items not assessed. */
  Evaluated unreported(PlanKpi kpi) {
    return new Evaluated(
        Optional.empty(),
        Optional.empty(),
        Targets.of(kpi.kpi(), Optional.empty()),
        Optional.empty(),
        items(kpi.kpi(), Map.of()));
  }

  Evaluated evaluate(int index, KpiResult result, PlanKpi planKpi) {
    DocumentPath at = DocumentPath.root().property("results").index(index);
    Kpi kpi = planKpi.kpi();
    String id = planKpi.id().text();
    String name = kpi.name();
    boolean ladder = !kpi.milestones().isEmpty();

    Optional<Quantity> given = Optional.empty();
    Optional<Milestone> milestone = Optional.empty();
    if (result.actual().isPresent()) {
      QuantityText text = result.actual().get();
      if (ladder) {
        // The step reached, by number, text or progress: its progress is the actual.
        given = kpi.progressOf(text).map(p -> Quantity.of(p, PERCENT));
        milestone = Targets.reached(kpi, text);
        if (given.isEmpty()) {
          sink.add(
              ResultRule.RESULT_MILESTONE_RESOLVES,
              at.property("actual"),
              id,
              name,
              text.text(),
              kpi.milestones().size());
        }
      } else {
        given = text.quantity();
        if (given.isEmpty()) {
          sink.add(
              ResultRule.RESULT_ACTUAL_QUANTIFIED, at.property("actual"), id, name, text.text());
        }
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

    Map<Integer, BigDecimal> itemActuals = itemActuals(at, result, kpi, id, name);
    List<ItemAssessment> items = items(kpi, itemActuals);
    Optional<Quantity> targetQuantity = Targets.of(kpi, result.baseline());
    checkBaseline(at, result, kpi, id, name);

    Optional<QuantityText> target = kpi.target();
    if (given.isPresent() && targetQuantity.isPresent() && !ladder) {
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
        // 415% against 408篇 is no achievement of anything: the given actual is not rated (the
        // variables still are, if the result has them).
        given = Optional.empty();
      }
      if (given.isPresent() && looksLikePercentWithoutSign(given.get(), targetUnit)) {
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

    Optional<BigDecimal> counted =
        result.items().isEmpty() || kpi.items().isEmpty()
            ? Optional.empty()
            : Optional.of(BigDecimal.valueOf(items.stream().filter(ItemAssessment::met).count()));
    Optional<BigDecimal> actual = given.map(Quantity::value).or(() -> computed).or(() -> counted);
    Optional<ActualSource> source =
        given.isPresent()
            ? Optional.of(ActualSource.GIVEN)
            : computed.isPresent()
                ? Optional.of(ActualSource.COMPUTED)
                : counted.map(c -> ActualSource.ITEMS);
    if (actual.isPresent() && targetQuantity.isEmpty()) {
      if (target.isEmpty()) {
        sink.addVariant(ResultRule.RESULT_TARGET_QUANTIFIED, ".absent", at, id, name);
      } else {
        // A relative target without a baseline is reported as before: it states no quantity.
        sink.add(ResultRule.RESULT_TARGET_QUANTIFIED, at, id, name, target.get().text());
      }
    }
    return new Evaluated(actual, source, targetQuantity, milestone, items);
  }

  /**
   * The quantified actuals of a composite KPI's items, by item number; each item result that names
   * no item of the KPI, repeats one, or is not a quantity is reported and left out.
   */
  private Map<Integer, BigDecimal> itemActuals(
      DocumentPath at, KpiResult result, Kpi kpi, String id, String name) {
    Map<Integer, BigDecimal> actuals = new LinkedHashMap<>();
    for (int m = 0; m < result.items().size(); m++) {
      ItemResult reported = result.items().get(m);
      DocumentPath itemAt = at.property("items").index(m);
      boolean known = kpi.items().stream().anyMatch(i -> i.number() == reported.item());
      if (!known) {
        sink.add(
            ResultRule.RESULT_ITEM_RESOLVES,
            itemAt.property("item"),
            id,
            name,
            reported.item(),
            kpi.items().size());
      } else if (actuals.containsKey(reported.item())) {
        sink.addVariant(
            ResultRule.RESULT_ITEM_RESOLVES,
            ".twice",
            itemAt.property("item"),
            id,
            name,
            reported.item());
      } else {
        Optional<Quantity> quantity = reported.actual().quantity();
        if (quantity.isEmpty()) {
          sink.addVariant(
              ResultRule.RESULT_ACTUAL_QUANTIFIED,
              ".item",
              itemAt.property("actual"),
              id,
              name,
              reported.item(),
              reported.actual().text());
        } else {
          actuals.put(reported.item(), quantity.get().value());
        }
      }
    }
    return actuals;
  }

  /** Each item of a composite KPI against its own target, as any KPI is assessed. */
  private List<ItemAssessment> items(Kpi kpi, Map<Integer, BigDecimal> actuals) {
    List<ItemAssessment> assessed = new ArrayList<>();
    for (KpiItem item : kpi.items()) {
      Optional<BigDecimal> actual = Optional.ofNullable(actuals.get(item.number()));
      Optional<Quantity> target = item.target().flatMap(QuantityText::quantity);
      Achievement.Outcome outcome = Achievement.Outcome.NOT_ASSESSED;
      boolean met = false;
      if (actual.isPresent() && target.isPresent()) {
        BigDecimal value = target.get().value();
        outcome = Achievement.of(item.direction(), value, actual.get(), bands);
        int side = actual.get().compareTo(value);
        met = item.direction() == Direction.DECREASE ? side <= 0 : side >= 0;
      }
      assessed.add(
          new ItemAssessmentValue(item, actual, met, outcome.achievement(), outcome.rating()));
    }
    return assessed;
  }

  /** A result's baseline is for a relative target whose plan gives none. */
  private void checkBaseline(DocumentPath at, KpiResult result, Kpi kpi, String id, String name) {
    if (result.baseline().isEmpty()) {
      return;
    }
    String written = result.baseline().get().text();
    DocumentPath baselineAt = at.property("baseline");
    if (Targets.relative(kpi).isEmpty()) {
      sink.addVariant(
          ResultRule.RESULT_BASELINE_USED,
          ".not-relative",
          baselineAt,
          id,
          name,
          written,
          kpi.target().map(QuantityText::text).orElse("-"));
    } else if (kpi.baseline().isPresent()) {
      sink.add(
          ResultRule.RESULT_BASELINE_USED,
          baselineAt,
          id,
          name,
          written,
          kpi.baseline().get().value().text());
    } else if (!result.baseline().get().isQuantified()) {
      sink.addVariant(
          ResultRule.RESULT_ACTUAL_QUANTIFIED, ".baseline", baselineAt, id, name, written);
    }
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
