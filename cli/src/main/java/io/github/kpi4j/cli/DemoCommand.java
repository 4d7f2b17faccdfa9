package io.github.kpi4j.cli;

import io.github.kpi4j.assessment.Assessment;
import io.github.kpi4j.assessment.Assessor;
import io.github.kpi4j.internal.Messages;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.validation.PlanValidator;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code kpi4j demo}: validates and assesses the bundled example plans, with no input. */
final class DemoCommand extends CommandBase {
  /** The bundled plans, in the order the demo shows them. */
  static final List<String> PLANS = List.of("mac-107.json", "mofa-107.json");

  /** The bundled plan that has results, and its results. */
  static final String ASSESSED_PLAN = "mac-107.json";

  /** The bundled results of {@link #ASSESSED_PLAN}. */
  static final String RESULTS = "mac-107-results.json";

  @Override
  void describeOwn(CommandSpecs.Builder command) {
    command
        .header("Validate and assess the bundled example plans, with no input.")
        .description(
            "Validate the example plans bundled with kpi4j (大陸委員會 and 外交部, ROC year 107) and"
                + " assess the example results of 大陸委員會 against its plan.",
            "With --format json: {\"reports\": [as validate], \"assessments\": [as evaluate, with"
                + " \"plan\" and \"results\" naming the documents]}.")
        .exitCodes("0:the demo ran: the findings it shows are its output, not its failure");
  }

  @Override
  public Integer call() {
    Documents documents = documents();
    PlanValidator validator = PlanValidator.builder().locale(options.language().locale()).build();
    List<ValidationOutput.FileReport> reports = new ArrayList<>();
    for (String name : PLANS) {
      reports.add(
          new ValidationOutput.FileReport(name, validator.validate(documents.examplePlan(name))));
    }
    AnnualPlan plan = documents.examplePlan(ASSESSED_PLAN);
    Assessment assessment =
        Assessor.builder()
            .locale(options.language().locale())
            .build()
            .assess(plan, documents.exampleResults(RESULTS));
    if (json()) {
      ObjectNode document = Json.object();
      document.set("reports", ValidationOutput.jsonReports(reports));
      ArrayNode assessments = document.putArray("assessments");
      ObjectNode node = assessments.addObject().put("plan", ASSESSED_PLAN).put("results", RESULTS);
      node.setAll(AssessmentOutput.json(assessment));
      Json.print(document, out());
    } else {
      text(reports, assessment);
    }
    return ExitStatus.OK;
  }

  private void text(List<ValidationOutput.FileReport> reports, Assessment assessment) {
    Messages messages = messages();
    Style style = style();
    PrintWriter out = out();
    out.println(style.paint(messages.format("demo.title"), Style.Colour.BOLD));
    out.println();
    heading(messages.format("demo.validation"), style, out);
    ValidationOutput.text(reports, messages, style, out);
    out.println();
    heading(messages.format("demo.assessment"), style, out);
    AssessmentOutput.text(assessment, ASSESSED_PLAN, RESULTS, messages, style, width(), out);
    out.println();
    out.println(style.paint(messages.format("demo.report"), Style.Colour.GREY));
    out.println(style.paint(messages.format("demo.next"), Style.Colour.GREY));
  }

  private static void heading(String title, Style style, PrintWriter out) {
    out.println(style.paint("== " + title + " ==", Style.Colour.BOLD));
    out.println();
  }
}
