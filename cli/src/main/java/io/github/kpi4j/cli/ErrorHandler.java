package io.github.kpi4j.cli;

import io.github.kpi4j.Kpi4jException;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into exit status 2 and a message on standard error, never a stack trace: bad
 * usage gets picocli's message and a hint; bad input its message, which says where; anything else
 * is a bug in kpi4j and says so on one line.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("kpi4j: " + ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println(
        "Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitStatus.USAGE;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
    report(ex, command.getErr());
    return ExitStatus.USAGE;
  }

  /**
   * Writes the message for a failure that reached the top.
   *
   * @param failure what went wrong
   * @param err standard error
   */
  static void report(Throwable failure, PrintWriter err) {
    if (failure instanceof Kpi4jException) {
      err.println(failure.getMessage());
    } else {
      String what = failure.getClass().getName();
      if (failure.getMessage() != null) {
        what += ": " + oneLine(failure.getMessage());
      }
      err.println("kpi4j: " + CliMessages.of(Locale.ENGLISH).format("error.internal", what));
    }
  }

  /**
   * @param message a message
   * @return it on one line: line breaks become spaces
   */
  static String oneLine(String message) {
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
