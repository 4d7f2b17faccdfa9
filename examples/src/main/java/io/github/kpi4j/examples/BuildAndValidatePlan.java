package io.github.kpi4j.examples;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.model.Agency;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.EvaluationMethod;
import io.github.kpi4j.model.EvaluationSystem;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.Programme;
import io.github.kpi4j.model.ProgrammeCategory;
import io.github.kpi4j.validation.PlanValidator;
import io.github.kpi4j.validation.ValidationReport;
import java.io.PrintStream;
import java.util.Locale;

/**
 * For a developer: build a plan in code, as a drafting tool would, and validate it while it is
 * being drafted. The draft has one slip, a programme that links a KPI by a shortened name, and the
 * validator says which KPI was probably meant.
 */
public final class BuildAndValidatePlan {
  private BuildAndValidatePlan() {}

  /**
   * Builds the draft and prints its findings.
   *
   * @param out where to print
   * @param locale the language of the messages
   * @return the report
   */
  public static ValidationReport run(PrintStream out, Locale locale) {
    AnnualPlan draft =
        AnnualPlan.builder()
            .agency(
                Agency.builder()
                    .code("MAC")
                    .name("大陸委員會")
                    .englishName("Mainland Affairs Council")
                    .build())
            .rocYear(107)
            .addGoals(
                Goal.builder()
                    .number(1)
                    .title("加強兩岸經貿政策溝通及臺商服務工作，提升臺灣經濟發展動能及產業競爭力")
                    .addStrategies("加強兩岸經貿政策諮詢與溝通，動態調整兩岸經貿政策。")
                    .addKpis(
                        Kpi.builder()
                            .number(1)
                            .name("提升臺灣整體競爭力，加強經貿政策的溝通")
                            .evaluationSystem(EvaluationSystem.EXISTING_ORGANISATION)
                            .evaluationMethod(EvaluationMethod.STATISTICAL_DATA)
                            .measurementStandard("就兩岸經貿政策及相關議題，與相關機關、學者、智庫、業者及民間團體進行政策研商、諮詢及溝通之次數")
                            .target("15次")
                            .build())
                    .build())
            .addProgrammes(
                Programme.builder()
                    .workProgramme("經濟業務")
                    .item("兩岸經濟政策之規劃及推動")
                    .category(ProgrammeCategory.OTHER)
                    .addContent("根據兩岸互動情勢，進行兩岸經貿政策及策略規劃。")
                    .addKpis("提升競爭力")
                    .build())
            .build();

    ValidationReport report = PlanValidator.builder().locale(locale).build().validate(draft);
    out.println(report.isValid() ? "The draft is valid." : "The draft has errors:");
    for (Finding finding : report.findings()) {
      out.printf(
          "  %-7s %-28s %s%n    %s%n",
          finding.severity().code(), finding.rule(), finding.path(), finding.message());
    }
    return report;
  }

  /**
   * @param args {@code zh-TW} for messages in Traditional Chinese
   */
  public static void main(String[] args) {
    run(System.out, args.length > 0 ? Locale.forLanguageTag(args[0]) : Locale.ENGLISH);
  }
}
