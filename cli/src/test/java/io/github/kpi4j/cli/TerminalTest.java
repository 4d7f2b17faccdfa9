package io.github.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalTest {
  @Test
  void should_colour_on_a_terminal_by_default() {
    // GIVEN a terminal without NO_COLOR  WHEN auto  THEN colours
    assertThat(new Terminal(Map.of(), true).colours(ColorMode.AUTO)).isTrue();
  }

  @Test
  void should_not_colour_when_piped() {
    // GIVEN no terminal  WHEN auto  THEN no colours
    assertThat(new Terminal(Map.of(), false).colours(ColorMode.AUTO)).isFalse();
  }

  @Test
  void should_respect_no_color() {
    // GIVEN a terminal and NO_COLOR set  WHEN auto  THEN no colours
    assertThat(new Terminal(Map.of("NO_COLOR", "1"), true).colours(ColorMode.AUTO)).isFalse();
    // GIVEN NO_COLOR set but empty, which no-color.org says to ignore  THEN colours
    assertThat(new Terminal(Map.of("NO_COLOR", ""), true).colours(ColorMode.AUTO)).isTrue();
  }

  @Test
  void should_not_colour_a_dumb_terminal() {
    assertThat(new Terminal(Map.of("TERM", "dumb"), true).colours(ColorMode.AUTO)).isFalse();
  }

  @Test
  void should_obey_always_and_never() {
    // GIVEN a pipe with NO_COLOR  WHEN always  THEN colours: the user asked explicitly
    assertThat(new Terminal(Map.of("NO_COLOR", "1"), false).colours(ColorMode.ALWAYS)).isTrue();
    // GIVEN a terminal  WHEN never  THEN no colours
    assertThat(new Terminal(Map.of(), true).colours(ColorMode.NEVER)).isFalse();
  }

  @Test
  void should_take_the_width_from_columns() {
    assertThat(new Terminal(Map.of("COLUMNS", "132"), true).width()).isEqualTo(132);
    assertThat(new Terminal(Map.of(), true).width()).isEqualTo(Terminal.DEFAULT_WIDTH);
    assertThat(new Terminal(Map.of("COLUMNS", "wide"), true).width())
        .isEqualTo(Terminal.DEFAULT_WIDTH);
    assertThat(new Terminal(Map.of("COLUMNS", "10"), true).width()).isEqualTo(Terminal.MIN_WIDTH);
  }
}
