package io.github.kpi4j.assessment;

import io.github.kpi4j.finding.DocumentPath;
import io.github.kpi4j.internal.Assert;
import io.github.kpi4j.internal.Messages;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.KpiResult;
import io.github.kpi4j.model.Names;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.model.PlanResults;
import io.github.kpi4j.quantity.Quantity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The implementation of {@link Assessor}. */
final class DefaultAssessor implements Assessor {
  /**
   * How many unknown KPI references of one results document get a "did you mean": each compares the
   * reference with every KPI name, and a generated document of thousands of unknown references
   * would otherwise keep the assessor busy for hours.
   */
  static final int SUGGESTIONS = 50;

  private final Bands bands;
  private final Locale locale;
  private final Messages messages;

  DefaultAssessor(Bands bands, Locale locale) {
    this.bands = bands;
    this.locale = locale;
    this.messages = AssessmentMessages.of(locale);
  }

  @Override
  public Bands bands() {
    return bands;
  }

  @Override
  public Locale locale() {
    return locale;
  }

  @Override
  public Assessment assess(AnnualPlan plan, PlanResults results) {
    Assert.notNull(plan, "plan");
    Assert.notNull(results, "results");
    FindingSink sink = new FindingSink(messages);
    DocumentPath root = DocumentPath.root();

    if (!sameAgency(results.agency(), plan.agency().code())) {
      sink.add(
          ResultRule.RESULTS_AGENCY_MATCHES,
          root.property("agency"),
          results.agency(),
          plan.agency().code(),
          plan.agency().name());
    }
    if (results.rocYear() != plan.rocYear()) {
      sink.add(
          ResultRule.RESULTS_YEAR_MATCHES,
          root.property("rocYear"),
          results.rocYear(),
          plan.rocYear());
    }

    ResultReader evaluator = new ResultReader(sink, bands);
    Map<PlanKpi, Integer> resultIndex = new HashMap<>();
    Map<PlanKpi, ResultReader.Evaluated> evaluated = new HashMap<>();
    List<KpiResult> reported = results.results();
    int unresolved = 0;
    for (int i = 0; i < reported.size(); i++) {
      KpiResult result = reported.get(i);
      DocumentPath reference = root.property("results").index(i).property("kpi");
      Optional<PlanKpi> kpi = plan.resolve(result.kpi());
      if (kpi.isEmpty()) {
        reportUnresolved(sink, plan, reference, result.kpi(), unresolved++ < SUGGESTIONS);
        continue;
      }
      // PlanKpi is equal by position: a cheap key.
      Integer first = resultIndex.putIfAbsent(kpi.get(), i);
      if (first != null) {
        sink.add(
            ResultRule.RESULT_UNIQUE,
            reference,
            kpi.get().id().text(),
            kpi.get().kpi().name(),
            DocumentPath.root().property("results").index(first).toString());
        continue;
      }
      evaluated.put(kpi.get(), evaluator.evaluate(i, result, kpi.get()));
    }

    List<KpiAssessment> kpis = new ArrayList<>();
    for (PlanKpi kpi : plan.kpis()) {
      Optional<Integer> index = Optional.ofNullable(resultIndex.get(kpi));
      ResultReader.Evaluated result = evaluated.get(kpi);
      if (result == null) {
        result = evaluator.unreported(kpi);
      }
      Optional<Quantity> target = result.target();
      // A milestone KPI's progress only rises, whatever its direction says.
      Direction direction =
          kpi.kpi().milestones().isEmpty() ? kpi.kpi().direction() : Direction.INCREASE;
      Achievement.Outcome outcome =
          result.actual().isPresent() && target.isPresent()
              ? Achievement.of(direction, target.get().value(), result.actual().get(), bands)
              : Achievement.Outcome.NOT_ASSESSED;
      kpis.add(
          new KpiAssessmentValue(
              kpi,
              target,
              result.milestone(),
              result.items(),
              index.map(reported::get),
              index,
              result.actual(),
              result.source(),
              outcome.achievement(),
              outcome.rating()));
    }
    return AssessmentValue.of(plan, kpis, sink.findings());
  }

  private static void reportUnresolved(
      FindingSink sink, AnnualPlan plan, DocumentPath reference, String written, boolean suggest) {
    Optional<PlanKpi> guess = suggest ? plan.closestKpi(written) : Optional.empty();
    if (guess.isPresent()) {
      sink.addVariant(
          ResultRule.RESULT_KPI_RESOLVES,
          ".suggestion",
          reference,
          written,
          guess.get().id().text(),
          guess.get().kpi().name());
    } else {
      sink.add(ResultRule.RESULT_KPI_RESOLVES, reference, written);
    }
  }

  /** Agency codes are identifiers: width, spacing and case are not what tells two apart. */
  private static boolean sameAgency(String reported, String planned) {
    return Names.normalise(reported).equalsIgnoreCase(Names.normalise(planned));
  }

  @Override
  public String toString() {
    return "Assessor[" + bands + ", " + messages.locale().toLanguageTag() + "]";
  }
}
