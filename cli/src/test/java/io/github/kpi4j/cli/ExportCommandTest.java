package io.github.kpi4j.cli;

import static io.github.kpi4j.cli.Cli.document;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ExportCommandTest {
  private static final String HEADINGS =
      "plan,agencyCode,agencyName,rocYear,year,goal,goalTitle,kpiId,kpiNumber,kpiName,"
          + "evaluationSystem,evaluationMethod,measurementStandard,formula,formulaSource,target,"
          + "targetValue,targetUnit,direction,weight,midTermProgrammes,linkedProgrammes,"
          + "agencyLevel,goalCommon,goalWeight,core,items,milestones,baseline,yearTargets";

  @Test
  void should_write_a_bom_a_heading_and_one_crlf_record_per_kpi() {
    // GIVEN a plan of 3 KPIs  WHEN exported as CSV
    Cli.Run run = Cli.run("export", document("tiny-plan.json"), "--csv");
    // THEN a byte order mark, the heading row and 3 records, each ended by CRLF
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("\uFEFF" + HEADINGS + "\r\n").endsWith("\r\n");
    assertThat(run.out().substring(1).split("\r\n", -1)).hasSize(1 + 3 + 1);
  }

  @Test
  void should_leave_out_the_bom_when_asked() {
    Cli.Run run = Cli.run("export", "--csv", "--no-bom", document("tiny-plan.json"));
    assertThat(run.out()).startsWith(HEADINGS + "\r\n");
  }

  @Test
  void should_write_csv_without_the_csv_option_too() {
    Cli.Run run = Cli.run("export", document("tiny-plan.json"));
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("\uFEFF" + HEADINGS);
  }

  @Test
  void should_write_each_kpi_with_its_plan_goal_and_parsed_target() {
    List<String> records = records(Cli.run("export", "--no-bom", document("tiny-plan.json")));
    // THEN the quoted goal title, the programmes as a JSON array, the links counted
    assertThat(records.get(1))
        .isEqualTo(
            document("tiny-plan.json")
                + ",TST,測試委員會,107,2018,1,\"提升效率, 並\"\"測試\"\"\",1.1,1,研究報告篇數,1,"
                + "statistical-data,研究報告篇數,,,408篇,408,篇,increase,,\"[\"\"甲計畫\"\", \"\"乙計畫\"\"]\",1,"
                + "central,false,,false,0,0,,");
    // THEN a percentage target is a fraction with the unit %, and the formula is the plan's
    assertThat(records.get(2)).contains(",（實支數＋應付未付數）÷預算數×100%,plan,91%,0.91,%,increase,6,,1");
    assertThat(records.get(3)).endsWith(",10件,10,件,decrease,,,1,central,false,,false,0,0,,");
  }

  @Test
  void should_find_the_formula_in_the_measurement_standard() {
    // GIVEN a KPI that states its formula only in its measurement standard, and one with none
    Cli.Run run = Cli.run("export", "--format", "json", document("formula-in-standard.json"));
    JsonNode rows = run.json().get("kpis");
    // THEN the first has the formula, without the trailing remark, found in the standard
    assertThat(rows.get(0).get("formula").asString())
        .isEqualTo("（本年度資本門實支數＋資本門應付未付數＋資本門賸餘數）÷（資本門預算數）×100%");
    assertThat(rows.get(0).get("formulaSource").asString()).isEqualTo("measurementStandard");
    // THEN the second has none
    assertThat(rows.get(1).get("formula").isNull()).isTrue();
    assertThat(rows.get(1).get("formulaSource").isNull()).isTrue();
  }

  @Test
  void should_say_a_formula_comes_from_the_plan() {
    JsonNode rows =
        Cli.run("export", "--format", "json", document("tiny-plan.json")).json().get("kpis");
    assertThat(rows.get(1).get("formulaSource").asString()).isEqualTo("plan");
  }

  @Test
  void should_write_rows_as_typed_json() {
    // GIVEN a plan  WHEN exported as JSON
    Cli.Run run = Cli.run("export", "--format", "json", document("tiny-plan.json"));
    // THEN {"kpis": [...]} with the CSV's columns as keys, numbers as numbers, lists as arrays
    assertThat(run.status()).isZero();
    assertThat(run.json().propertyNames()).containsExactly("kpis");
    JsonNode row = run.json().get("kpis").get(1);
    assertThat(String.join(",", row.propertyNames())).isEqualTo(HEADINGS);
    assertThat(row.get("rocYear").isInt()).isTrue();
    assertThat(row.get("targetValue").decimalValue()).isEqualByComparingTo("0.91");
    assertThat(row.get("weight").decimalValue()).isEqualByComparingTo("6");
    assertThat(row.get("midTermProgrammes").isArray()).isTrue();
    assertThat(run.json().get("kpis").get(0).get("midTermProgrammes")).hasSize(2);
    assertThat(row.get("formula").asString()).isEqualTo("（實支數＋應付未付數）÷預算數×100%");
    assertThat(row.get("linkedProgrammes").asInt()).isEqualTo(1);
  }

  @Test
  void should_write_the_kpis_of_every_plan_given() {
    List<String> records =
        records(
            Cli.run(
                "export", "--no-bom", document("tiny-plan.json"), document("invalid-plan.json")));
    assertThat(records).hasSize(1 + 3 + 1);
    assertThat(records.get(4)).startsWith(document("invalid-plan.json") + ",TST,");
  }

  @Test
  void should_refuse_csv_and_json_together() {
    Cli.Run run = Cli.run("export", "--csv", "--format", "json", document("tiny-plan.json"));
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--csv and --format json");
  }

  private static List<String> records(Cli.Run run) {
    assertThat(run.status()).isZero();
    String out = run.out();
    return List.of(out.substring(0, out.length() - 2).split("\r\n"));
  }

  @Test
  void should_keep_mid_term_programmes_apart_whatever_their_names_hold() {
    // GIVEN names that hold the separators a joined list would use
    List<String> names = List.of("a; b", "c", "d\", \"e");
    // WHEN they are made one CSV cell
    String cell = KpiColumn.text(names);
    // THEN the cell is a JSON array that reads back as the same names
    assertThat(cell).isEqualTo("[\"a; b\", \"c\", \"d\\\", \\\"e\"]");
    assertThat(
            tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readValue(cell, new tools.jackson.core.type.TypeReference<List<String>>() {}))
        .isEqualTo(names);
    assertThat(KpiColumn.text(List.of())).isNull();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "=HYPERLINK(\"http://x\")|`\"'=HYPERLINK(\"\"http://x\"\")\"`",
        "+1+cmd|'+1+cmd",
        "-2+3|'-2+3",
        "@SUM(A1)|'@SUM(A1)",
        "-12.5|-12.5",
        "+7|+7",
        "研究報告篇數|研究報告篇數",
        "a=b|a=b"
      })
  void should_keep_a_spreadsheet_from_running_a_cell_as_a_formula(String value, String written) {
    // GIVEN a text that begins as a formula does (or a number, which stays a number)
    // WHEN it is written as a CSV field THEN an apostrophe makes the formula text
    assertThat(Csv.field(value)).isEqualTo(written);
  }
}
