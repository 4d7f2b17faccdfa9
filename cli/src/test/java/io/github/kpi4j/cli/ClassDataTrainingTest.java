package io.github.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The launcher's training run exercises what a user's commands load: each run must do its work, not
 * stop early on a mistake of its own, or the archive would miss the classes of that command.
 */
class ClassDataTrainingTest {
  @Test
  void should_run_every_command_to_its_end() {
    for (List<String> run : ClassDataTraining.RUNS) {
      // GIVEN a training run and its standard input
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      String[] args = run.subList(1, run.size()).toArray(String[]::new);
      // WHEN it runs
      int status =
          Main.run(
              new Terminal(Map.of(), false),
              ClassDataTraining.stdin(run.get(0)),
              bytes,
              new PrintWriter(out),
              new PrintWriter(err),
              args);
      // THEN it succeeds, or fails the way it is meant to (the broken document, the missing file)
      boolean meantToFail =
          run.get(0).startsWith("{") || List.of("validate").equals(run.subList(1, run.size()));
      assertThat(err.toString()).as("%s", run).doesNotContain("internal error");
      if (meantToFail) {
        assertThat(status).as("%s", run).isEqualTo(ExitStatus.USAGE);
      } else {
        assertThat(status).as("%s: %s", run, err).isIn(ExitStatus.OK, ExitStatus.FINDINGS);
        assertThat(out.toString().length() + bytes.size()).as("%s output", run).isPositive();
      }
    }
  }

  @Test
  void should_train_the_base_archive_on_every_command_but_import_render_and_report() {
    // GIVEN the runs of the two archives
    List<List<String>> full = ClassDataTraining.runs(ClassDataTraining.FULL);
    List<List<String>> base = ClassDataTraining.runs(ClassDataTraining.BASE);
    // THEN the full archive trains every run, the base one every run of the other commands
    assertThat(full.stream().map(run -> run.get(1)))
        .contains("validate", "export", "formula", "demo", "import", "render", "report");
    assertThat(ClassDataTraining.RUNS).containsAll(base);
    assertThat(base.stream().map(run -> run.get(1)))
        .contains("validate", "export", "formula", "demo", "--help")
        .doesNotContain("import", "render", "report");
  }

  @Test
  void should_name_the_full_archive_commands_as_both_launchers_do() throws Exception {
    // GIVEN the launchers' choice of archive: the shell's case, the Windows file's ifs
    String shell = Files.readString(Path.of("src/main/launcher/kpi4j"));
    String windows = Files.readString(Path.of("src/main/launcher/kpi4j.cmd"));
    Matcher chosen = Pattern.compile("\\n  ([a-z |]+)\\) set=full ;;").matcher(shell);
    assertThat(chosen.find()).as("the launcher's case of the full archive").isTrue();
    List<String> windowsCommands =
        Pattern.compile("if \"%~1\"==\"([a-z]+)\" set \"KPI4J_SET=full\"")
            .matcher(windows)
            .results()
            .map(found -> found.group(1))
            .toList();
    // THEN they name the commands the training knows for it
    assertThat(chosen.group(1).split(" \\| "))
        .containsExactlyInAnyOrderElementsOf(ClassDataTraining.FULL_COMMANDS);
    assertThat(windowsCommands)
        .containsExactlyInAnyOrderElementsOf(ClassDataTraining.FULL_COMMANDS);
  }
}
