package io.github.kpi4j.cli;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/**
 * The {@code kpi4j} command line: {@code java -jar kpi4j.jar COMMAND ...}. Run {@code kpi4j --help}
 * for the commands; the module's README documents them, their exit status and their JSON output.
 */
public final class Main {
  private Main() {}

  /**
   * Runs a command and exits with its status.
   *
   * @param args the command and its arguments
   */
  public static void main(String[] args) {
    // Apache POI logs through the Log4j API; without a provider the API complains on standard
    // error. The CLI's messages are its own: POI's log stays silent unless the user asks for it.
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty(
          "log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      System.setProperty("log4j2.simplelogLevel", "OFF");
    }
    // JSON, CSV and Chinese text are UTF-8 whatever the platform's default charset.
    PrintWriter out = writer(System.out);
    PrintWriter err = writer(System.err);
    System.exit(run(Terminal.system(), System.in, System.out, out, err, args));
  }

  /**
   * Runs a command.
   *
   * @param terminal where the output goes
   * @param stdin standard input, where a document named {@code -} is read from
   * @param out standard output
   * @param err standard error
   * @param args the command and its arguments
   * @return the exit status: 0, 1 or 2
   */
  static int run(
      Terminal terminal, InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
    // Bytes written for standard output (a rendered document) reach the writer one char per byte.
    OutputStream bytes =
        new OutputStream() {
          @Override
          public void write(int b) {
            out.write(b & 0xFF);
          }
        };
    return run(terminal, stdin, bytes, out, err, args);
  }

  /**
   * Runs a command.
   *
   * @param terminal where the output goes
   * @param stdin standard input, where a document named {@code -} is read from
   * @param binaryOut standard output for bytes, such as a rendered document
   * @param out standard output
   * @param err standard error
   * @param args the command and its arguments
   * @return the exit status: 0, 1 or 2
   */
  static int run(
      Terminal terminal,
      InputStream stdin,
      OutputStream binaryOut,
      PrintWriter out,
      PrintWriter err,
      String... args) {
    try {
      return commandLine(terminal, stdin, binaryOut, out, err).execute(args);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // Failures outside a command's execution (picocli's own, or a handler's) end the same way.
      ErrorHandler.report(e, err);
      return ExitStatus.USAGE;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * @param terminal where the output goes
   * @param stdin standard input
   * @param out standard output
   * @param err standard error
   * @return the command line, ready to execute
   */
  static CommandLine commandLine(
      Terminal terminal, InputStream stdin, PrintWriter out, PrintWriter err) {
    return commandLine(terminal, stdin, OutputStream.nullOutputStream(), out, err);
  }

  /**
   * @param terminal where the output goes
   * @param stdin standard input
   * @param binaryOut standard output for bytes
   * @param out standard output
   * @param err standard error
   * @return the command line, ready to execute
   */
  static CommandLine commandLine(
      Terminal terminal,
      InputStream stdin,
      OutputStream binaryOut,
      PrintWriter out,
      PrintWriter err) {
    ErrorHandler handler = new ErrorHandler();
    CommandLine commandLine = new CommandLine(new Kpi4jCommand(terminal, stdin, binaryOut));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(handler);
    commandLine.setExecutionExceptionHandler(handler);
    commandLine.setColorScheme(
        Help.defaultColorScheme(terminal.colours(ColorMode.AUTO) ? Help.Ansi.ON : Help.Ansi.OFF));
    return commandLine;
  }

  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), false);
  }
}
