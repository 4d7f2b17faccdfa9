package io.github.kpi4j.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The training run of the {@code kpi4j} launcher: runs the commands on the bundled examples, with
 * their output discarded, so that the class list the launcher has the JVM write ({@code
 * -XX:DumpLoadedClassList}), and the class-data-sharing archive dumped from it, hold the classes
 * every command loads, whatever command a user happened to run first. Not a command: it reads
 * nothing and prints nothing.
 */
public final class ClassDataTraining {
  /**
   * The command lines run, each after what its standard input holds: a bundled document's name, a
   * bundled plan rendered ({@code mac-107.json.docx}: the plan as {@code render} writes it), the
   * text itself (a broken document, for the error path), or nothing.
   */
  static final List<List<String>> RUNS =
      List.of(
          List.of("", "demo"),
          List.of("", "demo", "--format", "json", "--lang", "zh-TW"),
          List.of("mac-107.json", "validate", "-"),
          List.of("mofa-107.json", "validate", "-", "--format", "json"),
          List.of("mac-107.json", "export", "-", "--csv"),
          List.of("", "formula", "【（甲－乙）÷乙】×100%", "--var", "甲=10450", "--var", "乙=10200"),
          List.of("", "formula", "（甲－乙）÷乙", "--var", "甲=1", "--var", "乙=2", "--format", "json"),
          List.of("", "formula", "--find", "達成率＝實際完成數÷目標數×100%"),
          List.of("mac-107.json", "render", "-", "--to", "docx"),
          List.of("mac-107.json", "render", "-", "--to", "odt"),
          List.of("mac-107.json.docx", "import", "-"),
          List.of("mac-107.json.odt", "import", "-", "--format", "json"),
          List.of("mac-107.json", "report", "-", "-o", "-"),
          List.of("{\"format\": \"kpi-plan/1\",,}", "validate", "-"),
          List.of("", "validate"),
          List.of("", "--help"),
          List.of("", "validate", "--help"));

  private ClassDataTraining() {}

  /**
   * Runs every training command; whatever they print is discarded.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Terminal terminal = new Terminal(Map.of(), false);
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    for (List<String> run : RUNS) {
      Main.run(
          terminal,
          stdin(run.get(0)),
          OutputStream.nullOutputStream(),
          none,
          none,
          run.subList(1, run.size()).toArray(String[]::new));
    }
  }

  static InputStream stdin(String document) {
    for (String kind : List.of("docx", "odt")) {
      if (document.endsWith(".json." + kind)) {
        String plan = document.substring(0, document.length() - kind.length() - 1);
        ByteArrayOutputStream rendered = new ByteArrayOutputStream();
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        Main.run(
            new Terminal(Map.of(), false),
            stdin(plan),
            rendered,
            none,
            none,
            "render",
            "-",
            "--to",
            kind);
        return new ByteArrayInputStream(rendered.toByteArray());
      }
    }
    if (document.endsWith(".json")) {
      return new ByteArrayInputStream(Documents.bundled(document));
    }
    return new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8));
  }
}
