package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.formulas.Formula;
import io.github.kpi4j.formulas.KpiFormula;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Names;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.quantity.Quantity;
import io.github.kpi4j.quantity.QuantityText;
import java.util.Optional;

/**
 * {@code formula-printed-value-matches-target}: where a KPI's formula prints a value ({@code
 * …÷前1年度青年交流總人次＝2%}), it agrees with the KPI's target.
 *
 * <p>The two agree when both are quantities of equal value whose units are equal, or one of which
 * has none ({@code 2%} and {@code 2％} are both 0.02; {@code 0.02} agrees with {@code 2%}); when
 * either is not a quantity, when their texts are the same {@link Names name}. A missing target is
 * {@code kpi-target-present}'s concern, a formula that does not compile {@code formula-parses}'s.
 */
final class FormulaPrintedValueMatchesTarget extends KpiRule {
  static final String ID = "formula-printed-value-matches-target";

  FormulaPrintedValueMatchesTarget() {
    super(ID, Severity.ERROR);
  }

  @Override
  void check(AnnualPlan plan, PlanKpi kpi, Reporter reporter) {
    Optional<String> target = kpi.kpi().target().map(QuantityText::text).filter(t -> !t.isBlank());
    Optional<String> printed =
        reporter.formula(kpi).flatMap(KpiFormula::compiled).flatMap(Formula::printedValue);
    if (target.isPresent() && printed.isPresent() && !agree(printed.get(), target.get())) {
      reporter.report(
          Paths.kpi(kpi, "target"), kpi.id().text(), printed.get(), target.get().strip());
    }
  }

  static boolean agree(String printed, String target) {
    Optional<Quantity> p = Quantity.parse(printed);
    Optional<Quantity> t = Quantity.parse(target);
    if (p.isPresent() && t.isPresent()) {
      return p.get().value().compareTo(t.get().value()) == 0
          && (p.get().unit().isNone()
              || t.get().unit().isNone()
              || p.get().unit().equals(t.get().unit()));
    }
    return Names.same(printed, target);
  }
}
