package io.github.kpi4j.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
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
    // JSON, CSV and Chinese text are UTF-8 whatever the platform's default charset. Standard output
    // is the file descriptor itself, not System.out: a PrintStream would swallow a failed write (a
    // full disk, /dev/full, a closed pipe) where the writer on top must see it.
    PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), false);
    PrintWriter out = writer(stdout);
    PrintWriter err = writer(System.err);
    System.exit(run(Terminal.system(), System.in, stdout, out, err, args));
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
    int status;
    try {
      status = commandLine(terminal, stdin, binaryOut, out, err, args).execute(args);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // Failures outside a command's execution (picocli's own, or a handler's) end the same way.
      ErrorHandler.report(e, err, Language.of(args).locale());
      status = ExitStatus.USAGE;
    }
    // Output that did not reach its file is no result: a truncated CSV must not end with 0.
    boolean failed = out.checkError();
    if (binaryOut instanceof PrintStream) {
      failed |= ((PrintStream) binaryOut).checkError();
    }
    if (failed) {
      err.println("kpi4j: " + CliMessages.of(Language.of(args).locale()).format("error.stdout"));
      status = ExitStatus.USAGE;
    }
    err.flush();
    return status;
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
   * @param args the arguments it will execute, which tell which commands it needs; none for all
   * @return the command line, ready to execute
   */
  static CommandLine commandLine(
      Terminal terminal,
      InputStream stdin,
      OutputStream binaryOut,
      PrintWriter out,
      PrintWriter err,
      String... args) {
    ErrorHandler handler = new ErrorHandler();
    Kpi4jCommand root = new Kpi4jCommand(terminal, stdin, binaryOut);
    CommandLine commandLine = new CommandLine(root.describe(), CommandSpecs.FACTORY);
    // A command line that starts with a command's name gets that command alone; any other (none,
    // a typo, --help) gets them all, for the list of commands and the suggestions.
    String named = args.length > 0 && Kpi4jCommand.COMMANDS.containsKey(args[0]) ? args[0] : null;
    Kpi4jCommand.COMMANDS.forEach(
        (name, command) -> {
          if (named == null || named.equals(name)) {
            commandLine.addSubcommand(name, command.get().describe(root, name));
          }
        });
    // Set after the commands are added: picocli passes these settings on to the commands it has.
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
