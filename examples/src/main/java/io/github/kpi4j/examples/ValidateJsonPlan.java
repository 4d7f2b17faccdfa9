package io.github.kpi4j.examples;

import io.github.kpi4j.DocumentException;
import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.json.KpiJson;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.validation.PlanValidator;
import io.github.kpi4j.validation.ValidationReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * For another system: read a plan document, validate it, and act on the findings, as a publishing
 * pipeline would: refuse a plan with errors, publish one with warnings but pass them on to the
 * drafters, and log the rest.
 */
public final class ValidateJsonPlan {
  /** The plan can be published. */
  public static final int PUBLISH = 0;

  /** The plan has errors: it goes back to its drafters. */
  public static final int SEND_BACK = 1;

  /** The document cannot be read at all. */
  public static final int UNREADABLE = 2;

  private ValidateJsonPlan() {}

  /**
   * @param plan the plan, already read
   * @param out where to print the decision and the findings
   * @return {@link #PUBLISH} or {@link #SEND_BACK}
   */
  public static int decide(AnnualPlan plan, PrintStream out) {
    ValidationReport report = PlanValidator.ofDefaults().validate(plan);
    String who = plan.agency().code() + " " + plan.rocYear();
    List<Finding> errors = report.findings(Severity.ERROR);
    List<Finding> warnings = report.findings(Severity.WARNING);
    out.printf(
        "%s: %d errors, %d warnings, %d notes%n",
        who, errors.size(), warnings.size(), report.findings(Severity.INFO).size());
    if (!report.isValid()) {
      out.println("  send back to the drafters; fix first:");
      errors.forEach(f -> out.println("    " + f.path() + ": " + f.message()));
      return SEND_BACK;
    }
    out.println("  publish" + (warnings.isEmpty() ? "" : ", and pass these warnings on:"));
    warnings.forEach(f -> out.println("    " + f.path() + ": " + f.message()));
    return PUBLISH;
  }

  /**
   * @param file a plan document
   * @param out where to print the decision
   * @param err where to print why a document cannot be read
   * @return {@link #PUBLISH}, {@link #SEND_BACK} or {@link #UNREADABLE}
   */
  public static int run(Path file, PrintStream out, PrintStream err) {
    AnnualPlan plan;
    try {
      plan = KpiJson.create().readPlan(file);
    } catch (DocumentException e) {
      // The message says where: file:line:column at /json/pointer: what was expected.
      err.println(e.getMessage());
      return UNREADABLE;
    }
    return decide(plan, out);
  }

  /**
   * @param args plan documents; with none, the bundled seed plans
   */
  public static void main(String[] args) {
    int worst = PUBLISH;
    if (args.length == 0) {
      for (AnnualPlan plan : BundledPlans.plans()) {
        worst = Math.max(worst, decide(plan, System.out));
      }
    }
    for (String file : args) {
      worst = Math.max(worst, run(Path.of(file), System.out, System.err));
    }
    System.exit(worst);
  }
}
