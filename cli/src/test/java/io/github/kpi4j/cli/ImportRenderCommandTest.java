package io.github.kpi4j.cli;

import static io.github.kpi4j.cli.Cli.document;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.json.KpiJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code kpi4j import} and {@code kpi4j render}, as docs/spec/cli.md says. */
class ImportRenderCommandTest {
  @TempDir Path folder;

  @Test
  void should_import_the_plain_text_seed_with_its_findings_on_standard_error() {
    // GIVEN the MAC 107 seed text
    // WHEN it is imported
    Cli.Run run = Cli.run("import", document("mac-107.txt"));

    // THEN the plan document goes to standard output, the findings as FILE:WHERE: SEVERITY:
    // MESSAGE to standard error, and the import exits 0 (warnings allowed)
    assertThat(run.status()).isEqualTo(0);
    JsonNode plan = run.json();
    assertThat(plan.get("format").asString()).isEqualTo("kpi-plan/1");
    assertThat(plan.get("agency").get("code").asString()).isEqualTo("MAC");
    assertThat(plan.get("goals")).hasSize(7);
    assertThat(run.errLines())
        .first()
        .asString()
        .startsWith(document("mac-107.txt") + ":1:1: warning: the document has no title naming");
  }

  @Test
  void should_write_findings_as_json_in_the_language_asked_for() {
    // GIVEN the MAC 107 seed text
    // WHEN it is imported with --format json --lang zh-TW
    Cli.Run run = Cli.run("import", document("mac-107.txt"), "--format", "json", "--lang", "zh-TW");

    // THEN standard error holds {"findings": [...]} in validate's shape, in Chinese
    assertThat(run.status()).isEqualTo(0);
    JsonNode findings = new Cli.Run(0, run.err(), "").json().get("findings");
    assertThat(findings).hasSize(4);
    assertThat(findings.get(0).get("rule").asString()).isEqualTo("agency-from-preamble");
    assertThat(findings.get(0).get("severity").asString()).isEqualTo("warning");
    assertThat(findings.get(0).get("path").asString()).isEqualTo("/agency");
    assertThat(findings.get(0).get("where").asString()).isEqualTo("1:1");
    assertThat(findings.get(0).get("message").asString()).contains("前言提及 大陸委員會（MAC）");
  }

  @Test
  void should_render_a_plan_that_import_reads_back_equal() throws IOException {
    // GIVEN the MAC plan imported from its seed text
    Path json = folder.resolve("mac.json");
    assertThat(Cli.run("import", document("mac-107.txt"), "-o", json.toString()).status())
        .isEqualTo(0);

    for (String kind : new String[] {"docx", "odt"}) {
      // WHEN it is rendered, and the document imported again
      Path rendered = folder.resolve("mac." + kind);
      Cli.Run render = Cli.run("render", json.toString(), "--to", kind, "-o", rendered.toString());
      Cli.Run again = Cli.run("import", rendered.toString());

      // THEN the same plan document comes back, without a finding
      assertThat(render.status()).isEqualTo(0);
      assertThat(again.status()).isEqualTo(0);
      assertThat(again.err()).isEmpty();
      assertThat(again.out()).isEqualTo(Files.readString(json, StandardCharsets.UTF_8));
    }
  }

  @Test
  void should_render_a_plan_whose_standards_print_several_lines_that_import_reads_back_equal() {
    // GIVEN the 臺中市政府經濟發展局 103 plan, two of whose standards are ladders one step a line
    Path plan = Path.of("../examples/plans/tcedb-103.json");

    for (String kind : new String[] {"docx", "odt"}) {
      // WHEN it is rendered, and the document imported
      Path rendered = folder.resolve("tcedb-103." + kind);
      Path imported = folder.resolve("tcedb-103-" + kind + ".json");
      Cli.Run render = Cli.run("render", plan.toString(), "--to", kind, "-o", rendered.toString());
      Cli.Run again = Cli.run("import", rendered.toString(), "-o", imported.toString());

      // THEN the plan read back is the plan, its standards on their lines
      assertThat(render.status()).isEqualTo(0);
      assertThat(again.status()).isEqualTo(0);
      assertThat(KpiJson.create().readPlan(imported)).isEqualTo(KpiJson.create().readPlan(plan));
    }
  }

  @Test
  void should_exit_2_for_a_document_that_is_not_a_plan() throws IOException {
    // GIVEN a file that starts as a zip archive and is not one
    Path broken = folder.resolve("broken.docx");
    Files.write(broken, "PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1));

    // WHEN it is imported THEN the import exits 2 with one line saying why, no stack trace
    Cli.Run run = Cli.run("import", broken.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            broken + ": not a plan document: neither a .docx, nor an .odt, nor UTF-8 text");
  }

  @Test
  void should_exit_1_when_something_could_not_be_placed() throws IOException {
    // GIVEN a plan whose only KPI row has an evaluation system no plan prints
    Path text = folder.resolve("plan.txt");
    Files.writeString(
        text,
        "大陸委員會 107 年度施政計畫\n壹、年度施政目標及策略\n一、推動兩岸交流\n貳、年度關鍵績效指標\n"
            + "\t一\n\t推動兩岸交流\n\t1\n\t交流人次\n\t9\n\t統計數據\n\t人次\n\t100人次\n\t無\n\n",
        StandardCharsets.UTF_8);

    // WHEN it is imported
    Cli.Run run = Cli.run("import", text.toString());

    // THEN the plan holds the rest, the error names the cell, and the import exits 1
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.json().get("goals").get(0).get("title").asString()).isEqualTo("推動兩岸交流");
    assertThat(run.errLines())
        .contains(
            text
                + ":9:2: error: KPI 交流人次: cannot read the evaluation system (評估體制, a code 1–5)"
                + " in 9");
  }

  @Test
  void should_refuse_a_kind_it_cannot_render() {
    // GIVEN a plan  WHEN it is rendered as pdf  THEN that is bad usage
    Cli.Run run = Cli.run("render", document("tiny-plan.json"), "--to", "pdf");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("expected docx or odt, got 'pdf'");
  }
}
