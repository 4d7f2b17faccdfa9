package io.github.kpi4j.cli;

import static io.github.kpi4j.cli.Cli.document;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ratings in colour on a terminal, plain text when piped, and JSON never coloured. */
class ColourTest {
  private static final String GREEN = "\u001B[32m";
  private static final String RED = "\u001B[31m";
  private static final Terminal TTY = new Terminal(Map.of(), true);

  private static Cli.Run evaluate(Terminal terminal, String... more) {
    String[] args = new String[3 + more.length];
    args[0] = "evaluate";
    args[1] = document("tiny-plan.json");
    args[2] = document("tiny-results.json");
    System.arraycopy(more, 0, args, 3, more.length);
    return Cli.run(terminal, args);
  }

  @Test
  void should_colour_ratings_on_a_terminal() {
    Cli.Run run = evaluate(TTY);
    assertThat(run.out()).contains(GREEN + "achieved").contains(RED + "not achieved");
  }

  @Test
  void should_not_colour_when_no_color_is_set() {
    Cli.Run run = evaluate(new Terminal(Map.of("NO_COLOR", "1"), true));
    assertThat(run.out()).doesNotContain("\u001B[");
  }

  @Test
  void should_colour_when_piped_if_asked_to() {
    Cli.Run run = evaluate(new Terminal(Map.of(), false), "--color", "always");
    assertThat(run.out()).contains(GREEN + "achieved");
  }

  @Test
  void should_never_colour_json() {
    Cli.Run run = evaluate(TTY, "--format", "json", "--color", "always");
    assertThat(run.out()).doesNotContain("\u001B[");
  }
}
