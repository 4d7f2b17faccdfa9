package io.github.kpi4j.cli;

import io.github.kpi4j.DocumentException;
import io.github.kpi4j.assessment.Assessment;
import io.github.kpi4j.assessment.Assessor;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanResults;
import java.util.ArrayList;
import java.util.List;

/** {@code kpi4j evaluate PLAN RESULTS}: assesses a results document against its plan. */
final class EvaluateCommand extends CommandBase {
  private final Arg<String> planFile = Arg.of(String.class, null);
  private final Arg<String> resultsFile = Arg.of(String.class, null);

  @Override
  void describeOwn(CommandSpecs.Builder command) {
    command
        .header("Assess a results document against its plan.")
        .description(
            "Assess a results document (kpi-results/1) against its plan (kpi-plan/1): every KPI of"
                + " the plan, in plan order, with its target, actual, achievement and rating.",
            "Ratings: achieved (100%% or more), nearly-achieved (90%% or more), not-achieved"
                + " (below), not-assessed (no result or no quantified target).")
        .exitCodes(
            "0:the results document has no finding of severity error",
            "1:the results document has at least one finding of severity error",
            "2:bad usage, or a file that cannot be read (the message says where)")
        .add(
            CommandSpecs.parameter(planFile)
                .index("0")
                .paramLabel("PLAN")
                .description("The plan document (kpi-plan/1); - reads standard input."))
        .add(
            CommandSpecs.parameter(resultsFile)
                .index("1")
                .paramLabel("RESULTS")
                .description("The results document (kpi-results/1); - reads standard input."));
  }

  @Override
  public Integer call() {
    String planFile = this.planFile.value();
    String resultsFile = this.resultsFile.value();
    Documents documents = documents();
    AnnualPlan plan = null;
    PlanResults results = null;
    List<DocumentException> unreadable = new ArrayList<>();
    try {
      plan = documents.plan(planFile);
    } catch (DocumentException e) {
      unreadable.add(e);
    }
    try {
      results = documents.results(resultsFile);
    } catch (DocumentException e) {
      unreadable.add(e);
    }
    if (!unreadable.isEmpty()) {
      unreadable.forEach(e -> err().println(ErrorHandler.oneLine(e.getMessage())));
      return ExitStatus.USAGE;
    }
    Assessment assessment =
        Assessor.builder().locale(options.language().locale()).build().assess(plan, results);
    if (json()) {
      Json.print(AssessmentOutput.json(assessment), out());
    } else {
      AssessmentOutput.text(assessment, planFile, resultsFile, messages(), style(), width(), out());
    }
    return assessment.hasErrors() ? ExitStatus.FINDINGS : ExitStatus.OK;
  }
}
