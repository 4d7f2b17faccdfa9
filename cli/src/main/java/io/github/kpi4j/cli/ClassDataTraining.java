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
import java.util.Set;

/**
 * The training run of the {@code kpi4j} launcher: runs the commands on the bundled examples, with
 * their output discarded, so that the class list the launcher has the JVM write ({@code
 * -XX:DumpLoadedClassList}), and the class-data-sharing archive dumped from it, hold the classes
 * the commands load, whatever command a user happened to run first. Not a command: it reads nothing
 * and prints nothing.
 *
 * <p>The launcher keeps two archives. The {@value #FULL} one holds every command's classes and
 * serves the {@link #FULL_COMMANDS commands that read or write office documents and HTML}, which
 * load POI, the ODF Toolkit and the template engine besides the rest. The {@value #BASE} one holds
 * the classes of the other commands only, about three fifths the size: the JVM maps and relocates
 * an archive whole when it starts, so {@code validate} starts sooner from the smaller one.
 */
public final class ClassDataTraining {
  /** The argument that trains every command. */
  static final String FULL = "full";

  /** The argument that trains the commands outside {@link #FULL_COMMANDS} only. */
  static final String BASE = "base";

  /**
   * The commands the launcher runs with the {@value #FULL} archive; its {@code case} names the same
   * (a test compares them).
   */
  static final Set<String> FULL_COMMANDS = Set.of("import", "render", "report");

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
   * Runs the training commands of one archive; whatever they print is discarded.
   *
   * @param args {@value #BASE} for the commands outside {@link #FULL_COMMANDS}; {@value #FULL}, or
   *     nothing, for every command
   */
  public static void main(String[] args) {
    Terminal terminal = new Terminal(Map.of(), false);
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    for (List<String> run : runs(args.length > 0 ? args[0] : FULL)) {
      Main.run(
          terminal,
          stdin(run.get(0)),
          OutputStream.nullOutputStream(),
          none,
          none,
          run.subList(1, run.size()).toArray(String[]::new));
    }
  }

  /**
   * @param archive {@value #BASE} or {@value #FULL}
   * @return the runs that train that archive
   */
  static List<List<String>> runs(String archive) {
    if (!archive.equals(BASE)) {
      return RUNS;
    }
    return RUNS.stream().filter(run -> !FULL_COMMANDS.contains(run.get(1))).toList();
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
