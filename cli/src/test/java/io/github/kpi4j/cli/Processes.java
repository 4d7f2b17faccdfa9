package io.github.kpi4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Runs the packaged command line in a process of its own, the way a user does. */
final class Processes {
  /** Generous: the build machine may be busy, and a first launcher run also writes an archive. */
  private static final long TIMEOUT_SECONDS = 180;

  /** What a process left: its exit status and what it wrote, decoded as UTF-8. */
  record Run(int status, String out, String err) {}

  private Processes() {}

  /**
   * @return the packaged jar, {@code cli/target/kpi4j.jar}
   */
  static Path jar() {
    return Path.of(System.getProperty("kpi4j.jar", "target/kpi4j.jar"));
  }

  /**
   * @return the launcher built beside the jar, {@code cli/target/kpi4j}
   */
  static Path launcher() {
    return jar().resolveSibling("kpi4j");
  }

  /**
   * @return the {@code java} of the JVM running the tests
   */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * Runs a command to its end.
   *
   * @param command the program and its arguments
   * @param environment changes to the inherited environment: a {@code null} value removes the
   *     variable
   * @param directory where it runs
   * @param stdin what the process reads on standard input
   * @return what the process left
   */
  static Run run(
      List<String> command, Map<String, String> environment, Path directory, byte[] stdin)
      throws IOException, InterruptedException, ExecutionException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    Map<String, String> env = builder.environment();
    env.remove("NO_COLOR");
    environment.forEach(
        (name, value) -> {
          if (value == null) {
            env.remove(name);
          } else {
            env.put(name, value);
          }
        });
    Process process = builder.start();
    CompletableFuture<String> out =
        CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
    CompletableFuture<String> err =
        CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    write(process.getOutputStream(), stdin);
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not finish in " + TIMEOUT_SECONDS + " s");
    }
    return new Run(process.exitValue(), out.get(), err.get());
  }

  /**
   * Starts a command without waiting for it, with nothing on its standard input.
   *
   * @param command the program and its arguments
   * @param environment as for {@link #run}
   * @return the running process
   */
  static CompletableFuture<Run> start(List<String> command, Map<String, String> environment) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return run(command, environment, Path.of("."), new byte[0]);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private static void write(OutputStream stdin, byte[] bytes) {
    try (stdin) {
      stdin.write(bytes);
    } catch (IOException e) {
      // The process may end without reading it all: what it then did is what is checked.
    }
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
