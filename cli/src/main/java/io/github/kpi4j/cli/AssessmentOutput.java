package io.github.kpi4j.cli;

import io.github.kpi4j.assessment.ActualSource;
import io.github.kpi4j.assessment.Assessment;
import io.github.kpi4j.assessment.ItemAssessment;
import io.github.kpi4j.assessment.KpiAssessment;
import io.github.kpi4j.assessment.Rating;
import io.github.kpi4j.internal.Messages;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Milestone;
import io.github.kpi4j.quantity.Quantity;
import io.github.kpi4j.quantity.QuantityText;
import io.github.kpi4j.quantity.Unit;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The output of {@code evaluate}, in text and in JSON; {@code demo} shows its assessment so too.
 */
final class AssessmentOutput {
  /** The fewest columns the KPI names keep when the table is shortened to fit. */
  private static final int MIN_NAME_WIDTH = 16;

  private AssessmentOutput() {}

  /**
   * @param assessment the assessment
   * @return {@code {"agency", "rocYear", "kpis", "summary", "findings"}} as the CLI documents it
   */
  static ObjectNode json(Assessment assessment) {
    ObjectNode document = Json.object();
    document.put("agency", assessment.agencyCode()).put("rocYear", assessment.rocYear());
    ArrayNode kpis = document.putArray("kpis");
    for (KpiAssessment kpi : assessment.kpis()) {
      ObjectNode node = kpis.addObject().put("id", kpi.id().text()).put("name", kpi.name());
      Json.putTarget(node, "target", kpi.target(), kpi.targetValue());
      Json.putNumber(node, "actual", kpi.actual());
      // Already rounded to two decimals by the assessor, which rates that value: printed as is.
      Json.putNumber(node, "achievement", kpi.achievement());
      node.put("rating", kpi.rating().code());
      // The additions' keys appear only on the KPIs that use them, so other output is unchanged.
      if (!kpi.kpi().kpi().milestones().isEmpty()) {
        Optional<Milestone> reached = kpi.milestone();
        if (reached.isEmpty()) {
          node.putNull("milestone");
        } else {
          node.putObject("milestone")
              .put("number", reached.get().number())
              .put("text", reached.get().text())
              .put("progress", reached.get().progress().text());
        }
      }
      if (!kpi.items().isEmpty()) {
        ArrayNode items = node.putArray("items");
        for (ItemAssessment item : kpi.items()) {
          ObjectNode itemNode = items.addObject().put("number", item.number());
          Json.putTarget(itemNode, "target", item.target());
          Json.putNumber(itemNode, "actual", item.actual());
          Json.putNumber(itemNode, "achievement", item.achievement());
          itemNode.put("rating", item.rating().code());
        }
      }
    }
    ObjectNode summary = document.putObject("summary");
    for (Map.Entry<Rating, Integer> entry : assessment.summary().entrySet()) {
      summary.put(entry.getKey().code(), entry.getValue().intValue());
    }
    document.set("findings", Json.findings(assessment.findings()));
    return document;
  }

  /**
   * Prints a heading, one row per KPI, the summary and the findings.
   *
   * @param assessment the assessment
   * @param planFile the plan's file, as the user named it
   * @param resultsFile the results' file, as the user named it
   * @param messages the CLI's words
   * @param style the colours
   * @param width the columns a line may take
   * @param out where to write
   */
  static void text(
      Assessment assessment,
      String planFile,
      String resultsFile,
      Messages messages,
      Style style,
      int width,
      PrintWriter out) {
    AnnualPlan plan = assessment.plan();
    out.println(
        style.paint(
            messages.format(
                "evaluate.heading",
                plan.agency().name(),
                plan.agency().code(),
                String.valueOf(plan.rocYear()),
                String.valueOf(plan.gregorianYear()),
                planFile,
                resultsFile),
            Style.Colour.BOLD));
    out.println();
    TextTable table =
        new TextTable()
            .column(messages.format("evaluate.column.id"), TextTable.Align.LEFT)
            .shrinkingColumn(messages.format("evaluate.column.kpi"))
            .column(messages.format("evaluate.column.target"), TextTable.Align.RIGHT)
            .column(messages.format("evaluate.column.actual"), TextTable.Align.RIGHT)
            .column(messages.format("evaluate.column.achievement"), TextTable.Align.RIGHT)
            .column(messages.format("evaluate.column.rating"), TextTable.Align.LEFT);
    for (KpiAssessment kpi : assessment.kpis()) {
      table.row(
          TextTable.Cell.of(kpi.id().text()),
          TextTable.Cell.of(kpi.name()),
          TextTable.Cell.of(target(kpi)),
          TextTable.Cell.of(actual(kpi)),
          TextTable.Cell.of(kpi.achievement().map(Display::percent).orElse("-")),
          new TextTable.Cell(label(kpi.rating(), messages), colour(kpi.rating())));
      // A composite KPI's items, each under its KPI, indented.
      for (ItemAssessment item : kpi.items()) {
        Unit unit =
            item.target().flatMap(QuantityText::quantity).map(Quantity::unit).orElse(Unit.NONE);
        table.row(
            TextTable.Cell.of(""),
            TextTable.Cell.of("  " + item.number() + ". " + item.item().text()),
            TextTable.Cell.of(item.target().map(QuantityText::text).orElse("-")),
            TextTable.Cell.of(item.actual().map(a -> Display.quantity(a, unit)).orElse("-")),
            TextTable.Cell.of(item.achievement().map(Display::percent).orElse("-")),
            new TextTable.Cell(label(item.rating(), messages), colour(item.rating())));
      }
    }
    table.render(width, MIN_NAME_WIDTH, style).forEach(out::println);
    out.println();
    List<String> counts = new ArrayList<>();
    for (Map.Entry<Rating, Integer> entry : assessment.summary().entrySet()) {
      counts.add(
          style.paint(label(entry.getKey(), messages), colour(entry.getKey()))
              + " "
              + entry.getValue());
    }
    out.println(
        style.paint(messages.format("evaluate.summary"), Style.Colour.BOLD)
            + messages.format("punctuation.colon")
            + String.join(messages.format("punctuation.listSeparator"), counts));
    out.println();
    if (assessment.findings().isEmpty()) {
      out.println(messages.format("evaluate.noFindings", resultsFile));
    } else {
      out.println(
          messages.format(
              "evaluate.findings",
              resultsFile,
              FindingsText.counts(assessment.findings(), messages)));
      FindingsText.print(assessment.findings(), 2, messages, style, out);
    }
  }

  /**
   * The target as printed, and where it stands for another quantity than it states (a relative
   * target's baseline, a milestone named), that quantity: {@code 較前年度增加10% (1,320次)}.
   */
  private static String target(KpiAssessment kpi) {
    if (kpi.target().isEmpty()) {
      return "-";
    }
    String printed = kpi.target().get().text();
    Optional<Quantity> stated = kpi.target().get().quantity();
    Optional<Quantity> value = kpi.targetValue();
    if (value.isEmpty() || value.equals(stated)) {
      return printed;
    }
    return printed + " (" + Display.quantity(value.get().value(), value.get().unit()) + ")";
  }

  /**
   * An actual written with a unit as the results document wrote it ({@code 415%} against {@code
   * 408篇} stays {@code 415%}, rated or not); a plain number, or a value computed from variables, in
   * the target's unit, so that 0.88 against 86% reads 88%; for a milestone KPI, the progress
   * reached and the milestone after it: {@code 70% (4. 第一期工程開工)}.
   */
  static String actual(KpiAssessment kpi) {
    Optional<QuantityText> written = kpi.result().flatMap(r -> r.actual());
    if (written.isPresent()
        && kpi.milestone().isEmpty()
        && kpi.actualSource().orElse(null) != ActualSource.COMPUTED
        && written.get().quantity().map(q -> !q.unit().isNone()).orElse(true)) {
      return written.get().text().strip();
    }
    Optional<BigDecimal> actual = kpi.actual();
    if (actual.isEmpty()) {
      return "-";
    }
    Unit unit = kpi.targetValue().map(Quantity::unit).orElse(Unit.NONE);
    String shown = Display.quantity(actual.get(), unit);
    return kpi.milestone()
        .map(m -> shown + " (" + m.number() + ". " + m.text() + ")")
        .orElse(shown);
  }

  /**
   * @param rating a rating
   * @param messages the CLI's words
   * @return the rating in the chosen language
   */
  static String label(Rating rating, Messages messages) {
    return messages.format("rating." + rating.code());
  }

  /**
   * @param rating a rating
   * @return the colour reviewers give it; white shows grey, so that it reads on a white terminal
   */
  static Style.Colour colour(Rating rating) {
    switch (rating) {
      case ACHIEVED:
        return Style.Colour.GREEN;
      case NEARLY_ACHIEVED:
        return Style.Colour.YELLOW;
      case NOT_ACHIEVED:
        return Style.Colour.RED;
      default:
        return Style.Colour.GREY;
    }
  }
}
