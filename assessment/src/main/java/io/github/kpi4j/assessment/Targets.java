package io.github.kpi4j.assessment;

import io.github.kpi4j.model.Baseline;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.Milestone;
import io.github.kpi4j.model.Names;
import io.github.kpi4j.quantity.Quantity;
import io.github.kpi4j.quantity.QuantityText;
import io.github.kpi4j.quantity.RelativeTarget;
import io.github.kpi4j.quantity.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** What a KPI is assessed against, and which step of its ladder an actual names. */
final class Targets {
  private Targets() {}

  /**
   * @param kpi a KPI
   * @param resultBaseline the baseline its result gives, if any
   * @return the quantity it is assessed against: see {@link KpiAssessment#targetValue()}
   */
  static Optional<Quantity> of(Kpi kpi, Optional<QuantityText> resultBaseline) {
    Optional<QuantityText> target = kpi.target();
    if (target.isEmpty()) {
      return Optional.empty();
    }
    Optional<BigDecimal> progress = kpi.progressOf(target.get());
    if (progress.isPresent()) {
      return Optional.of(Quantity.of(progress.get(), Unit.PERCENT));
    }
    Optional<Quantity> printed = target.get().quantity();
    if (printed.isPresent()) {
      return printed;
    }
    Optional<RelativeTarget> relative = relative(kpi);
    Optional<Quantity> baseline =
        kpi.baseline()
            .map(Baseline::value)
            .or(() -> resultBaseline)
            .flatMap(QuantityText::quantity);
    return relative.flatMap(r -> baseline.map(r::applyTo));
  }

  /**
   * @return the KPI's target where it is relative to an earlier year
   */
  static Optional<RelativeTarget> relative(Kpi kpi) {
    return kpi.target().filter(t -> !t.isQuantified()).flatMap(t -> RelativeTarget.parse(t.text()));
  }

  /**
   * The milestone an actual names: by its number (a whole number without a unit) or its text; for a
   * progress (a percentage or a plain fraction), the last milestone whose progress it reaches.
   *
   * @param kpi a milestone KPI
   * @param actual the actual as reported
   * @return the milestone reached, or empty
   */
  static Optional<Milestone> reached(Kpi kpi, QuantityText actual) {
    Optional<BigDecimal> progress = kpi.progressOf(actual);
    if (progress.isEmpty()) {
      return Optional.empty();
    }
    Optional<Quantity> quantity = actual.quantity();
    List<Milestone> ladder = kpi.milestones();
    if (quantity.isEmpty()) {
      return ladder.stream().filter(m -> Names.same(m.text(), actual.text())).findFirst();
    }
    if (quantity.get().unit().isNone() && quantity.get().value().scale() <= 0) {
      BigDecimal number = quantity.get().value();
      return ladder.stream()
          .filter(m -> BigDecimal.valueOf(m.number()).compareTo(number) == 0)
          .findFirst();
    }
    Milestone last = null;
    for (Milestone milestone : ladder) {
      Optional<BigDecimal> worth =
          milestone.progress().quantity().filter(q -> q.unit().isPercent()).map(Quantity::value);
      if (worth.isPresent() && worth.get().compareTo(progress.get()) <= 0) {
        last = milestone;
      }
    }
    return Optional.ofNullable(last);
  }
}
