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
    ParameterException shown = unknownOptionFirst(ex);
    err.println("kpi4j: " + shown.getMessage());
    UnmatchedArgumentException.printSuggestions(shown, err);
    err.println(
        "Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitStatus.USAGE;
  }

  /**
   * picocli reports a missing parameter before an unknown option, so {@code validate -x} would say
   * that the file is missing when the real mistake is the option: the unknown option is named
   * first.
   *
   * @param ex what picocli found
   * @return an {@link UnmatchedArgumentException} for the arguments picocli could not place, if any
   *     of them looks like an option; else {@code ex}
   */
  private static ParameterException unknownOptionFirst(ParameterException ex) {
    if (ex instanceof UnmatchedArgumentException) {
      return ex;
    }
    ParseResult parsed = ex.getCommandLine().getParseResult();
    if (parsed == null) {
      return ex;
    }
    java.util.List<String> unmatched = parsed.unmatched();
    boolean optionLike =
        unmatched.stream().anyMatch(argument -> argument.startsWith("-") && argument.length() > 1);
    return optionLike ? new UnmatchedArgumentException(ex.getCommandLine(), unmatched) : ex;
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
    report(failure, err, Locale.ENGLISH);
  }

  /**
   * Writes the message for a failure that reached the top.
   *
   * @param failure what went wrong
   * @param err standard error
   * @param locale the language of a message kpi4j words itself
   */
  static void report(Throwable failure, PrintWriter err, Locale locale) {
    if (failure instanceof Kpi4jException) {
      err.println(failure.getMessage());
    } else if (failure instanceof OutOfMemoryError) {
      // Not a bug: the input needs more memory than Java was given.
      err.println("kpi4j: " + CliMessages.of(locale).format("error.outOfMemory"));
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
