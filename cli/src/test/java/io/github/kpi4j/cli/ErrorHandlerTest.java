package io.github.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.DocumentException;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Whatever escapes a command ends with status 2 and a message, never a stack trace. */
class ErrorHandlerTest {
  private final StringWriter err = new StringWriter();

  private int handle(Exception failure) {
    CommandLine commandLine =
        Main.commandLine(
            new Terminal(Map.of(), false),
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(new StringWriter()),
            new PrintWriter(err, true));
    return new ErrorHandler().handleExecutionException(failure, commandLine, null);
  }

  @Test
  void should_report_a_bug_on_one_line_with_status_2() {
    // GIVEN an exception no command expects, with a message over two lines
    int status = handle(new IllegalStateException("the sky\nfell"));
    // THEN status 2 and one line that says it is a bug, naming the exception
    assertThat(status).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "kpi4j: internal error: java.lang.IllegalStateException: the sky fell"
                + " (this is a bug in kpi4j: please report it)"
                + System.lineSeparator());
  }

  @Test
  void should_report_bad_input_by_its_message() {
    // GIVEN bad input that a command let through
    int status =
        handle(new DocumentException("plan.json", 3, 7, "/rocYear", "expected an integer", null));
    // THEN status 2 and the message, which says where
    assertThat(status).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo("plan.json:3:7 at /rocYear: expected an integer" + System.lineSeparator());
  }

  @Test
  void should_make_any_message_one_line() {
    assertThat(ErrorHandler.oneLine("  a\r\n  b\nc  ")).isEqualTo("a b c");
  }
}
