package io.github.kpi4j.report;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.Agency;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Programme;
import io.github.kpi4j.model.ProgrammeCategory;
import io.github.kpi4j.testing.Plans;
import io.github.kpi4j.validation.PlanRule;
import io.github.kpi4j.validation.PlanValidator;
import io.github.kpi4j.validation.RuleContext;

/**
 * A plan whose every text tries to break out of where a report puts it; what is not hostile comes
 * from the shared fixtures ({@link Plans}).
 */
final class HostilePlan {
  /** Script in the agency's name. */
  static final String AGENCY = "<script>window.kpi4jPwned = 1</script>部會";

  /** A style sheet's end in a measurement standard, and markup with an event handler. */
  static final String STANDARD =
      "</style><style>body { display: none }</style>"
          + "\"'><img src=x onerror=\"window.kpi4jPwned = 2\">";

  /** 20,000 characters without a space or a break opportunity. */
  static final String LONG_NAME = "指".repeat(10_000) + "x".repeat(10_000);

  /**
   * The model refuses lone surrogates; a rule of the user's own may still write one into a
   * finding's message, which the report shows beside the KPI.
   */
  static final String FINDING = "lone surrogates \uD800 and \uDC00 and </li></ul><script>";

  private HostilePlan() {}

  /**
   * @return a validator with a rule whose findings hold lone surrogates and markup
   */
  static PlanValidator validator() {
    return PlanValidator.builder()
        .add(
            new PlanRule() {
              @Override
              public String id() {
                return "x-hostile";
              }

              @Override
              public Severity defaultSeverity() {
                return Severity.WARNING;
              }

              @Override
              public void check(AnnualPlan plan, RuleContext context) {
                context.report("/goals/0/kpis/0/name", FINDING);
              }
            })
        .build();
  }

  static AnnualPlan plan() {
    return AnnualPlan.builder()
        .agency(Agency.builder().code("EVIL").name(AGENCY).build())
        .rocYear(107)
        .title("</title><script>window.kpi4jPwned = 3</script>")
        .addPreamble("<!-- unclosed comment", "]]><![CDATA[")
        .addGoals(
            Goal.builder()
                .number(1)
                .title("\"><svg onload=\"window.kpi4jPwned = 4\">")
                .addStrategies("an emoji 😀 kept whole, and <b>no bold</b>")
                .addKpis(
                    Plans.kpi(1, LONG_NAME)
                        .measurementStandard(STANDARD)
                        .target("<b>10</b>")
                        .build())
                .build())
        .addProgrammes(
            Programme.builder()
                .workProgramme("</textarea><iframe src=\"javascript:alert(1)\"></iframe>")
                .item("' onmouseover='window.kpi4jPwned = 5")
                .category(ProgrammeCategory.OTHER)
                .addContent("&lt;already escaped&gt; & <u>raw</u>")
                .addKpis("1.1", "<script>")
                .build())
        .build();
  }
}
