package io.github.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
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
}
